import { Injectable, Logger } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer.js';
import { KnowledgeFlowRepository } from './knowledge-flow.repository.js';
import { normaliseGapQuery } from './knowledge-flow.util.js';

/** New gap rows a day may take; after that only the day's existing rows count on. */
export const GAP_ROWS_PER_DAY = 2000;

/** Records searches that found nothing, the dashboard's content gaps. */
@Injectable()
export class SearchGapService {
  private readonly logger = new Logger(SearchGapService.name);

  constructor(private readonly flow: KnowledgeFlowRepository) {}

  /**
   * Counts a search of a signed-in person that found no asset. Never throws: a search must not fail because its
   * gap could not be counted.
   */
  async searchFoundNothing(viewer: Viewer | null | undefined, text: string): Promise<void> {
    try {
      // Never for anonymous callers, nor for the CRM panel's narrowed sessions (not a search of the library).
      if (!viewer?.id || viewer.scope) return;
      const query = normaliseGapQuery(text);
      if (query) await this.flow.recordGap(query, viewer.teamId, GAP_ROWS_PER_DAY);
    } catch (error) {
      this.logger.warn(`A search that found nothing was not counted: ${(error as Error).message}`);
    }
  }
}
