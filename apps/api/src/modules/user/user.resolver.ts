import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Authenticated, Roles } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { CreateUserArgs } from './dto/create-user.args.js';
import { SetUserStatusArgs } from './dto/set-user-status.args.js';
import { UserConnection, UserObject } from './dto/user.object.js';
import { UsersArgs } from './dto/users.args.js';
import { Role } from './user.entity.js';
import { UserService } from './user.service.js';

@Resolver(() => UserObject)
export class UserResolver {
  constructor(private readonly userService: UserService) {}

  @Query(() => UserObject, { nullable: true, description: 'The logged-in user.' })
  @Authenticated()
  viewer(@CurrentViewer() viewer: Viewer): Promise<UserObject | null> {
    return this.userService.find(viewer.id);
  }

  @Query(() => UserObject, { nullable: true })
  @Authenticated()
  user(@Args('id', { type: () => ID }) id: string): Promise<UserObject | null> {
    return this.userService.find(id);
  }

  @Query(() => UserConnection, { description: 'The people directory, by name.' })
  @Authenticated()
  users(@Args() args: UsersArgs): Promise<UserConnection> {
    return this.userService.list(args.search, args.first, args.after);
  }

  @Mutation(() => UserObject)
  @Roles(Role.ADMIN)
  createUser(@Args() args: CreateUserArgs): Promise<UserObject> {
    return this.userService.create(args);
  }

  @Mutation(() => UserObject, { description: 'Suspended and departed users cannot log in; their credit stays.' })
  @Roles(Role.ADMIN)
  setUserStatus(@CurrentViewer() viewer: Viewer, @Args() args: SetUserStatusArgs): Promise<UserObject> {
    return this.userService.setStatus(viewer, args.userId, args.status);
  }
}
