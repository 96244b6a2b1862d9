import {
  Args,
  Context,
  Field,
  GraphQLISODateTime,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Authenticated, Roles } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { UserObject } from '../user/dto/user.object.js';
import { Role } from '../user/user.entity.js';
import { UserLoader } from '../user/user.loader.js';
import { CreditPolicyService } from './credit-policy.service.js';

@ObjectType('ScoringPolicyVersion', { description: 'One version of the scoring policy.' })
export class ScoringPolicyVersionObject {
  @Field(() => Int)
  version: number;

  @Field({ description: 'Every value of this version, as JSON.' })
  policy: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it took effect; null for the built-in version 1.',
  })
  createdAt: Date | null;

  createdById: string | null;
}

/** The scoring policy: reading it, its versions, and publishing a new one. */
@Resolver(() => ScoringPolicyVersionObject)
export class CreditPolicyResolver {
  constructor(
    private readonly policies: CreditPolicyService,
    private readonly userLoader: UserLoader,
  ) {}

  @Query(() => String, { description: 'The scoring policy in force, as JSON (every entry records its version).' })
  @Authenticated()
  async scoringPolicy(): Promise<string> {
    return JSON.stringify(await this.policies.current());
  }

  @Query(() => [ScoringPolicyVersionObject], {
    description: 'Every version of the scoring policy, newest first, down to the built-in version 1.',
  })
  @Roles(Role.ADMIN)
  async scoringPolicyHistory(): Promise<ScoringPolicyVersionObject[]> {
    return (await this.policies.history()).map((v) => ({
      version: v.policy.version,
      policy: JSON.stringify(v.policy),
      createdAt: v.createdAt,
      createdById: v.createdById,
    }));
  }

  @Mutation(() => String, {
    description: 'Publishes a new scoring policy version from JSON; it applies to events from now on.',
  })
  @Roles(Role.ADMIN)
  async updateScoringPolicy(@CurrentViewer() viewer: Viewer, @Args('policy') json: string): Promise<string> {
    let values: unknown;
    try {
      values = JSON.parse(json);
    } catch {
      values = undefined;
    }
    return JSON.stringify(await this.policies.publish(viewer, values));
  }

  @ResolveField(() => UserObject, { nullable: true, description: 'The admin who published it.' })
  createdBy(@Parent() version: ScoringPolicyVersionObject, @Context() ctx: GqlContext) {
    return version.createdById ? ctx.loaders.load(this.userLoader.byId, version.createdById) : null;
  }
}
