import { Button, Group, Select, TextInput } from '@mantine/core';
import { DEAL_OUTCOME_LABELS } from '../deal-labels';
import { DEAL_OUTCOMES } from '../deal-params';
import { useDealFilterOptions } from '../hooks/useDealFilterOptions';
import type { FilterOption } from '../hooks/useDealFilterOptions';
import { useUrlParams } from '../../../core/useUrlParams';
import { usePhoneLayout } from '../../../ui/usePhoneLayout';

/** The URL parameters the bar reads and writes. */
export type DealFilterParam = 'outcome' | 'team' | 'industry' | 'product' | 'owner' | 'from' | 'to';

interface DealFilterBarProps {
  /** Which pickers to show (each is the URL parameter it sets); `from` and `to` make the closed-date range. */
  fields: readonly DealFilterParam[];
}

const SELECT_WIDTH = 190;
// Two pickers a row on a phone.
const PHONE_WIDTH = 'calc(50% - var(--mantine-spacing-sm) / 2)';

const readNothing = () => null;

/** Pickers for the pipeline's filters, kept in the URL; shared by the deal list and the win/loss dashboard. */
export function DealFilterBar({ fields }: DealFilterBarProps) {
  const { params, update } = useUrlParams(readNothing);
  const values = Object.fromEntries(fields.map((param) => [param, params.get(param)])) as Partial<
    Record<DealFilterParam, string | null>
  >;
  const onChange = (param: DealFilterParam, value: string | null) => update({ [param]: value || null });
  const onClear = () => update(Object.fromEntries(fields.map((param) => [param, null])));
  const options = useDealFilterOptions();
  const shows = (param: DealFilterParam) => fields.includes(param);
  const active = fields.some((param) => values[param]);
  const phone = usePhoneLayout();

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
      w={phone ? PHONE_WIDTH : SELECT_WIDTH}
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
          w={phone ? PHONE_WIDTH : 160}
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
          w={phone ? PHONE_WIDTH : 160}
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
