import { Button, Group, Select, TextInput } from '@mantine/core';
import { DEAL_OUTCOME_LABELS } from '../deal-labels';
import { DEAL_OUTCOMES } from '../deal-params';
import { useDealFilterOptions } from '../hooks/useDealFilterOptions';
import type { FilterOption } from '../hooks/useDealFilterOptions';

/** The URL parameters the bar reads and writes. */
export type DealFilterParam = 'outcome' | 'team' | 'industry' | 'product' | 'owner' | 'from' | 'to';

interface DealFilterBarProps {
  /** Which pickers to show; `from` and `to` make the closed-date range. */
  fields: readonly DealFilterParam[];
  values: Partial<Record<DealFilterParam, string | null>>;
  onChange: (param: DealFilterParam, value: string | null) => void;
  onClear: () => void;
}

const SELECT_WIDTH = 190;

/** Pickers for the pipeline's filters, shared by the deal list and the win/loss dashboard. */
export function DealFilterBar({ fields, values, onChange, onClear }: DealFilterBarProps) {
  const options = useDealFilterOptions();
  const shows = (param: DealFilterParam) => fields.includes(param);
  const active = fields.some((param) => values[param]);

  const picker = (param: DealFilterParam, label: string, data: FilterOption[], placeholder: string) => (
    <Select
      key={param}
      label={label}
      placeholder={placeholder}
      data={data}
      value={values[param] ?? null}
      onChange={(value) => onChange(param, value)}
      searchable={data.length > 8}
      clearable
      w={SELECT_WIDTH}
      size="sm"
      nothingFoundMessage="No match"
      comboboxProps={{ withinPortal: true }}
      disabled={options.loading && data.length === 0 && param !== 'outcome'}
    />
  );

  return (
    <Group gap="sm" align="flex-end" wrap="wrap" data-testid="deal-filters">
      {shows('outcome')
        ? picker(
            'outcome',
            'Outcome',
            DEAL_OUTCOMES.map((outcome) => ({ value: outcome, label: DEAL_OUTCOME_LABELS[outcome] })),
            'Any outcome',
          )
        : null}
      {shows('team') ? picker('team', 'Team', options.teams, 'Every team') : null}
      {shows('industry') ? picker('industry', 'Industry', options.industries, 'Every industry') : null}
      {shows('product') ? picker('product', 'Product', options.products, 'Every product') : null}
      {shows('owner') ? picker('owner', 'Owner', options.owners, 'Anyone') : null}
      {shows('from') ? (
        <TextInput
          type="date"
          label="Closed from"
          value={values.from ?? ''}
          max={values.to ?? undefined}
          onChange={(event) => onChange('from', event.currentTarget.value || null)}
          w={160}
          size="sm"
        />
      ) : null}
      {shows('to') ? (
        <TextInput
          type="date"
          label="Closed until"
          value={values.to ?? ''}
          min={values.from ?? undefined}
          onChange={(event) => onChange('to', event.currentTarget.value || null)}
          w={160}
          size="sm"
        />
      ) : null}
      {active ? (
        <Button variant="subtle" size="sm" onClick={onClear}>
          Clear filters
        </Button>
      ) : null}
    </Group>
  );
}
