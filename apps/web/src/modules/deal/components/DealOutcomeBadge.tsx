import { Badge } from '@mantine/core';
import type { DealOutcome } from '../../../generated/graphql';
import { DEAL_OUTCOME_COLORS, DEAL_OUTCOME_LABELS } from '../deal-labels';

export function DealOutcomeBadge({ outcome, size = 'sm' }: { outcome: DealOutcome; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  return (
    <Badge
      color={DEAL_OUTCOME_COLORS[outcome]}
      variant={outcome === 'OPEN' ? 'light' : 'filled'}
      radius="sm"
      size={size}
      data-testid="deal-outcome"
      // Never squeezed by a long title beside it.
      style={{ flexShrink: 0 }}
    >
      {DEAL_OUTCOME_LABELS[outcome]}
    </Badge>
  );
}
