import { Badge, Tooltip } from '@mantine/core';

type BadgeSize = 'xs' | 'sm' | 'md';

/** The "may be out of date" mark of an asset whose review is overdue. */
export function OutOfDateBadge({ outOfDate, size = 'sm' }: { outOfDate: boolean; size?: BadgeSize }) {
  if (!outOfDate) return null;
  return (
    <Tooltip
      label="Its review is overdue: its verifier has been asked to check it is still right."
      withArrow
      multiline
      w={240}
    >
      <Badge color="orange" variant="light" radius="sm" size={size} tt="none" data-testid="out-of-date">
        May be out of date
      </Badge>
    </Tooltip>
  );
}
