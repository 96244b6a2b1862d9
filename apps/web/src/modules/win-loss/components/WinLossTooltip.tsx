import { Paper, Stack, Text } from '@mantine/core';
import { formatAmount } from '../../deal/deal-labels';
import { formatDays, formatRate } from '../win-loss-labels';
import type { WinLossGroup } from '../hooks/useWinLoss';
import { MIN_CLOSED_DEALS, dealCount } from '../win-loss-sample';

interface WinLossTooltipProps {
  group: WinLossGroup | undefined;
  /** A label other than the group's key (e.g. a shortened quarter). */
  title?: string;
}

/** What a bar or point stands for: the group's win rate with its counts, amounts and cycle time. */
export function WinLossTooltip({ group, title }: WinLossTooltipProps) {
  if (!group) {
    return null;
  }
  const closed = group.won + group.lost;
  return (
    <Paper px="sm" py={8} shadow="md" radius="md" withBorder data-testid="chart-tooltip">
      <Stack gap={2}>
        <Text size="sm" fw={650}>
          {title ?? group.key}
        </Text>
        {closed >= MIN_CLOSED_DEALS ? (
          <Text size="sm">
            Win rate <b>{formatRate(group.winRate, true)}</b> of {dealCount(closed)}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            Too few deals to rate (under {MIN_CLOSED_DEALS} closed)
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {group.won.toLocaleString()} won · {group.lost.toLocaleString()} lost · {closed.toLocaleString()} closed
        </Text>
        <Text size="xs" c="dimmed">
          Won {formatAmount(group.wonAmount)}
          {group.lostAmount > 0 ? ` · lost ${formatAmount(group.lostAmount)}` : ''}
        </Text>
        <Text size="xs" c="dimmed">
          Average cycle {formatDays(group.avgCycleDays)}
        </Text>
      </Stack>
    </Paper>
  );
}

/** The group a recharts tooltip payload points at (its data row carries the group under `group`). */
export function tooltipGroup(payload: readonly { payload?: unknown }[] | undefined): WinLossGroup | undefined {
  const datum = payload?.[0]?.payload as { group?: WinLossGroup } | undefined;
  return datum?.group;
}
