import { Module } from '@nestjs/common';
import { KnowledgeFlowRepository } from './knowledge-flow.repository.js';
import { KnowledgeFlowResolver } from './knowledge-flow.resolver.js';
import { KnowledgeFlowService } from './knowledge-flow.service.js';
import { SearchGapService } from './search-gap.service.js';

/** The knowledge-flow dashboard, and the record of searches that found nothing it reads. */
@Module({
  providers: [KnowledgeFlowRepository, KnowledgeFlowService, KnowledgeFlowResolver, SearchGapService],
  // The header search counts its empty answers here.
  exports: [SearchGapService],
})
export class KnowledgeFlowModule {}
