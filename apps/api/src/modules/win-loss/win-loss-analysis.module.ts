import { Module } from '@nestjs/common';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { WinLossAnalysisRepository } from './win-loss-analysis.repository.js';
import { WinLossAnalysisService } from './win-loss-analysis.service.js';
import { WinLossReasonRepository } from './win-loss-reason.repository.js';
import { WinLossReasonService } from './win-loss-reason.service.js';

/**
 * The write side of win/loss analyses and the reasons list, with no resolvers and no dependency on the asset
 * module, so the asset write path can store an analysis in its own transaction without a module cycle.
 */
@Module({
  imports: [TaxonomyModule],
  providers: [WinLossAnalysisService, WinLossAnalysisRepository, WinLossReasonService, WinLossReasonRepository],
  exports: [WinLossAnalysisService, WinLossReasonService],
})
export class WinLossAnalysisModule {}
