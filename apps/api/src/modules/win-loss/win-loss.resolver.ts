import { Args, Query, Resolver } from '@nestjs/graphql';
import { Authenticated } from '../../core/auth/permissions.decorator.js';
import { WinLossArgs } from './dto/win-loss.args.js';
import { WinLossRowObject } from './dto/win-loss-row.object.js';
import { WinLossService } from './win-loss.service.js';

@Resolver()
export class WinLossResolver {
  constructor(private readonly winLossService: WinLossService) {}

  @Query(() => [WinLossRowObject], {
    description:
      'Win rate, won and lost amounts and cycle time of closed deals, grouped by a dimension and sorted by key. Any signed-in user may see the organisation\'s win/loss analytics.',
  })
  @Authenticated()
  winLoss(@Args() args: WinLossArgs): Promise<WinLossRowObject[]> {
    return this.winLossService.winLoss(args.groupBy, args.filter);
  }
}
