import {
  Args,
  ArgsType,
  Context,
  Field,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Authenticated } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { PageArgs } from '../../core/graphql/connection.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { UserObject } from '../user/dto/user.object.js';
import { UserLoader } from '../user/user.loader.js';
import { CreditReadService } from './credit-read.service.js';
import { CreditEntryConnection, CreditEntryObject, PeriodInput, PeriodObject } from './dto/credit.objects.js';

@ArgsType()
class CreditEntriesArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId does not name a user' })
  userId: string;

  @Field(() => PeriodInput, { nullable: true, description: 'Default: all time.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PeriodInput)
  period?: PeriodInput;
}

@ObjectType('CreditPoint')
class CreditPointObject {
  @Field(() => GraphQLISODateTime)
  periodStart: Date;

  @Field(() => Int)
  value: number;
}

@Resolver(() => CreditEntryObject)
export class CreditResolver {
  constructor(
    private readonly reads: CreditReadService,
    private readonly userLoader: UserLoader,
  ) {}

  @Query(() => CreditEntryConnection, {
    description: "A person's credit statement for a period: every entry, explained; sum is the total.",
  })
  @Authenticated()
  async creditEntries(
    @CurrentViewer() viewer: Viewer,
    @Args() args: CreditEntriesArgs,
  ): Promise<CreditEntryConnection> {
    await this.reads.assertMayRead(viewer, args.userId);
    const period = this.reads.period(args.period?.kind ?? 'ALL_TIME', args.period?.at);
    return this.reads.statement(args.userId, period, args.first ?? 50, args.after);
  }

  @Query(() => PeriodObject, { description: 'Resolves a period: its bounds, label and whether it is closed.' })
  @Authenticated()
  period(@Args('period', { type: () => PeriodInput }) input: PeriodInput): Promise<PeriodObject> {
    return this.reads.periodObject(this.reads.period(input.kind, input.at));
  }

  @Query(() => [CreditPointObject], { description: 'Credit per month over the last two years, for charts.' })
  @Authenticated()
  async creditHistory(
    @CurrentViewer() viewer: Viewer,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<CreditPointObject[]> {
    await this.reads.assertMayRead(viewer, userId);
    return this.reads.history(userId);
  }

  @ResolveField(() => UserObject)
  beneficiary(@Parent() entry: CreditEntryObject, @Context() ctx: GqlContext) {
    return ctx.loaders.load(this.userLoader.byId, entry.beneficiaryId);
  }

  @ResolveField(() => UserObject, { nullable: true })
  actor(@Parent() entry: CreditEntryObject, @Context() ctx: GqlContext) {
    return ctx.loaders.load(this.userLoader.byId, entry.actorId);
  }

  // CreditEntry.asset is resolved in the asset module, which owns assets and their visibility.
}
