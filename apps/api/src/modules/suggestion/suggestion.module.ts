import { Module } from '@nestjs/common';
import { AssetModule } from '../asset/asset.module.js';
import { DealModule } from '../deal/deal.module.js';
import { SuggestionRepository } from './suggestion.repository.js';
import { SuggestionResolver } from './suggestion.resolver.js';
import { SuggestionService } from './suggestion.service.js';

/** "Be inspired": assets suggested for a deal, ranked by a score that says why. */
@Module({
  imports: [AssetModule, DealModule],
  providers: [SuggestionRepository, SuggestionService, SuggestionResolver],
})
export class SuggestionModule {}
