import { Badge, Tooltip } from '@mantine/core';
import { creditCapLabel, creditReasonStyle } from '../credit-labels';

export function CreditReasonBadge({ reason }: { reason: string }) {
  const style = creditReasonStyle(reason);
  return (
    <Badge
      color={style.color}
      variant="light"
      radius="sm"
      size="sm"
      tt="none"
      style={{ flexShrink: 0, overflow: 'visible' }}
      data-testid="credit-reason"
    >
      {style.label}
    </Badge>
  );
}

interface CapMarkerProps {
  cap: string;
  grossPoints: number;
  points: number;
}

/** A capped entry: what it would have been, and which limit held it back. */
export function CapMarker({ cap, grossPoints, points }: CapMarkerProps) {
  return (
    <Tooltip
      label={`Limited from ${grossPoints} to ${points} points by a cap: ${creditCapLabel(cap).toLowerCase()}.`}
      withArrow
      multiline
      w={260}
    >
      <Badge color="orange" variant="outline" radius="sm" size="sm" tt="none" data-testid="cap-marker">
        Capped · {grossPoints}
      </Badge>
    </Tooltip>
  );
}
