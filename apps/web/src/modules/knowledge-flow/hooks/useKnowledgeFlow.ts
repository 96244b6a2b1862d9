import { useQuery } from '@apollo/client/react';
import { KnowledgeFlowDocument } from '../../../generated/graphql';
import type { KnowledgeFlowQuery } from '../../../generated/graphql';
import type { FlowPeriod } from '../flow-params';

export type KnowledgeFlow = KnowledgeFlowQuery['knowledgeFlow'];

/** The dashboard for a period and, optionally, one team. */
export function useKnowledgeFlow(period: FlowPeriod, teamId: string | null) {
  const { data, previousData, loading, error, refetch } = useQuery(KnowledgeFlowDocument, {
    variables: { from: period.from, to: period.to, teamId, first: 20 },
  });
  // The previous answer stays on screen while another period loads, so the page does not jump.
  return { flow: (data ?? previousData)?.knowledgeFlow ?? null, loading, error, refetch };
}
