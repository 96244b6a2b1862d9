import { ActionIcon, Badge, Group, Skeleton, Stack, Text, Tooltip } from '@mantine/core';
import type { PeriodFieldsFragment, PeriodKind } from '../../../generated/graphql';
import { ChevronLeftIcon, ChevronRightIcon } from '../../../ui/icons';
import {
  PERIOD_KIND_LABELS,
  PERIOD_KINDS,
  formatPeriodRange,
  periodLabel,
  nextPeriodDay,
  previousPeriodDay,
} from '../credit-period';
import type { PeriodChoice } from '../credit-period';
import { ChoiceControl } from '../../../ui/ChoiceControl';

interface PeriodPickerProps {
  choice: PeriodChoice;
  /** The period the server resolved for the choice; null while it loads. */
  period: PeriodFieldsFragment | null | undefined;
  onChange: (choice: PeriodChoice) => void;
}

export function PeriodKindControl({ value, onChange }: { value: PeriodKind; onChange: (kind: PeriodKind) => void }) {
  return (
    <ChoiceControl
      aria-label="Period"
      phoneWidth={140}
      value={value}
      onChange={onChange}
      data={PERIOD_KINDS.map((kind) => ({ value: kind, label: PERIOD_KIND_LABELS[kind] }))}
    />
  );
}

/** Badge for a period: closed quarters are frozen; open ones still move. */
export function PeriodStatusBadge({ closed }: { closed: boolean }) {
  return closed ? (
    <Tooltip label="A closed quarter is frozen: its entries and ranking never change." withArrow>
      <Badge color="gray" variant="filled" radius="sm" data-testid="period-closed">
        Closed
      </Badge>
    </Tooltip>
  ) : (
    <Tooltip label="This period is open: new credit shows up as it happens." withArrow>
      <Badge color="teal" variant="light" radius="sm">
        Open
      </Badge>
    </Tooltip>
  );
}

/** Kind of period (week … all time) and, for all but all time, stepping back and forth between periods. */
export function PeriodPicker({ choice, period, onChange }: PeriodPickerProps) {
  const stepping = choice.kind !== 'ALL_TIME';
  const previous = stepping && period?.from ? previousPeriodDay(period.from) : null;
  const next = stepping && period?.to ? nextPeriodDay(period.to) : null;
  const range = formatPeriodRange(period?.from, period?.to);

  return (
    <Group gap="md" wrap="wrap" align="center" data-testid="period-picker">
      <PeriodKindControl value={choice.kind} onChange={(kind) => onChange({ kind, at: null })} />
      <Group gap={6} wrap="nowrap" align="center">
        {stepping ? (
          <ActionIcon
            variant="default"
            aria-label="Previous period"
            disabled={!previous}
            onClick={() => previous && onChange({ kind: choice.kind, at: previous })}
          >
            <ChevronLeftIcon />
          </ActionIcon>
        ) : null}
        <Stack gap={0} miw={stepping ? 150 : undefined} align={stepping ? 'center' : 'flex-start'}>
          {period ? (
            <Group gap={6} wrap="nowrap">
              <Text fw={600} size="sm" data-testid="period-label">
                {periodLabel(period)}
              </Text>
              <PeriodStatusBadge closed={period.closed} />
            </Group>
          ) : (
            <Skeleton h={18} w={120} />
          )}
          {range ? (
            <Text size="xs" c="dimmed">
              {range}
            </Text>
          ) : null}
        </Stack>
        {stepping ? (
          <ActionIcon
            variant="default"
            aria-label="Next period"
            disabled={!next}
            onClick={() => next && onChange({ kind: choice.kind, at: next })}
          >
            <ChevronRightIcon />
          </ActionIcon>
        ) : null}
      </Group>
    </Group>
  );
}
