import { Module } from '@nestjs/common';
import { AssetModule } from '../asset/asset.module.js';
import { DealModule } from '../deal/deal.module.js';
import { WinLossAnalysisModule } from './win-loss-analysis.module.js';
import { AssetWinLossResolver, DealAnalysesResolver, WinLossAnalysisResolver } from './win-loss-analysis.resolver.js';
import { WinLossLoader } from './win-loss.loader.js';
import { ContentInfluenceResolver, WinLossResolver } from './win-loss.resolver.js';
import { WinLossRepository } from './win-loss.repository.js';
import { WinLossService } from './win-loss.service.js';

/**
 * Win/loss: analytics over deals (win rates, top loss reasons, content influence) and the read side of win/loss
 * analyses (Asset.winLoss, Deal.analyses, the reasons list). Analyses are written with their asset, through
 * WinLossAnalysisModule.
 */
@Module({
  imports: [AssetModule, DealModule, WinLossAnalysisModule],
  providers: [
    WinLossService,
    WinLossRepository,
    WinLossResolver,
    ContentInfluenceResolver,
    WinLossLoader,
    WinLossAnalysisResolver,
    AssetWinLossResolver,
    DealAnalysesResolver,
  ],
  exports: [WinLossService, WinLossLoader],
})
export class WinLossModule {}
