import { Anchor, Card, DataList, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatAmount, formatDay } from '../deal-labels';
import type { DealDetail } from '../hooks/useDeal';

const DAY_MS = 24 * 60 * 60 * 1000;

function cycleDays(deal: DealDetail): number | null {
  if (!deal.engagedAt || !deal.closedAt) {
    return null;
  }
  return Math.round((Date.parse(deal.closedAt) - Date.parse(deal.engagedAt)) / DAY_MS);
}

/** What the CRM says about the deal. Industry, product and team link to the pipeline filtered by them. */
export function DealDetailsCard({ deal }: { deal: DealDetail }) {
  const dimmed = (text: string) => (
    <Text span c="dimmed" size="sm">
      {text}
    </Text>
  );
  const filtered = (param: string, value: string | null | undefined, label?: string): ReactNode =>
    value ? (
      <Anchor component={Link} to={`/deals?${new URLSearchParams({ [param]: value }).toString()}`} size="sm">
        {label ?? value}
      </Anchor>
    ) : (
      dimmed('—')
    );
  const cycle = cycleDays(deal);
  const items: [string, ReactNode][] = [
    ['Account', deal.accountName ?? dimmed('—')],
    ['Industry', filtered('industry', deal.industry)],
    ['Product', filtered('product', deal.product)],
    ['Amount', deal.amount === null || deal.amount === undefined ? dimmed('—') : formatAmount(deal.amount)],
    ['Owner', deal.owner ? filtered('owner', deal.owner.id, deal.owner.name) : dimmed('Nobody in Byline')],
    ['Team', deal.team ? filtered('team', deal.team.id, deal.team.name) : dimmed('—')],
    ['Stage', deal.stage ?? dimmed('—')],
    ['Competitor', deal.competitor ?? dimmed('None recorded')],
    ['Engaged', deal.engagedAt ? formatDay(deal.engagedAt) : dimmed('—')],
    ['Closed', deal.closedAt ? formatDay(deal.closedAt) : dimmed('Still open')],
    ...(cycle !== null ? [['Sales cycle', `${cycle} days`] as [string, ReactNode]] : []),
    [
      'CRM id',
      <Text key="crm" span ff="monospace" size="sm">
        {deal.externalId}
      </Text>,
    ],
  ];
  return (
    <Card component="section" aria-labelledby="deal-details-heading" data-testid="deal-details">
      <Title order={2} fz="md" mb="sm" id="deal-details-heading">
        Details
      </Title>
      <DataList size="sm" gap={8} labelWidth={110} withDivider>
        {items.map(([label, value]) => (
          <DataList.Item key={label}>
            <DataList.ItemLabel>{label}</DataList.ItemLabel>
            <DataList.ItemValue>{value}</DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
    </Card>
  );
}
