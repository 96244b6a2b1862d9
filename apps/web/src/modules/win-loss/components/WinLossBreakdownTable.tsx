import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { WinLossDimension } from '../../../generated/graphql';
import { formatAmount } from '../../deal/deal-labels';
import type { WinLossGroup } from '../hooks/useWinLoss';
import { formatDays } from '../win-loss-labels';
import { MIN_CLOSED_DEALS, rateOfDeals } from '../win-loss-sample';
import { NumberCell, NumberHeader } from '../../../ui/TableCells';

interface WinLossBreakdownTableProps {
  groups: readonly WinLossGroup[];
  dimension: WinLossDimension;
  /** The dashboard's other filters, carried into the deal list a group links to. */
  dealListParams: URLSearchParams;
}

/** The deal list's filter for one group, where the list can filter by that dimension. */
function groupParam(dimension: WinLossDimension, group: WinLossGroup): [string, string] | null {
  if (group.key === '(none)') {
    return null;
  }
  switch (dimension) {
    case 'INDUSTRY':
      return ['industry', group.key];
    case 'PRODUCT':
      return ['product', group.key];
    case 'TEAM':
      return group.groupId ? ['team', group.groupId] : null;
    case 'OWNER':
      return group.groupId ? ['owner', group.groupId] : null;
    default:
      return null;
  }
}

export function WinLossBreakdownTable({ groups, dimension, dealListParams }: WinLossBreakdownTableProps) {
  const withLost = groups.some((group) => group.lostAmount > 0);
  const link = (group: WinLossGroup) => {
    const param = groupParam(dimension, group);
    if (!param) {
      return null;
    }
    const params = new URLSearchParams(dealListParams);
    params.set(param[0], param[1]);
    return `/deals?${params.toString()}`;
  };
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table data-testid="win-loss-table" verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Group</Table.Th>
            <NumberHeader>Won</NumberHeader>
            <NumberHeader>Lost</NumberHeader>
            <NumberHeader>Win rate</NumberHeader>
            <NumberHeader>Won amount</NumberHeader>
            {withLost ? <NumberHeader>Lost amount</NumberHeader> : null}
            <NumberHeader>Average cycle</NumberHeader>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((group) => {
            const to = link(group);
            return (
              <Table.Tr key={group.groupId ?? group.key}>
                <Table.Td>
                  {to ? (
                    <Anchor component={Link} to={to} size="sm">
                      {group.key}
                    </Anchor>
                  ) : (
                    <Text size="sm">{group.key}</Text>
                  )}
                </Table.Td>
                <NumberCell>{group.won.toLocaleString()}</NumberCell>
                <NumberCell>{group.lost.toLocaleString()}</NumberCell>
                <NumberCell>
                  {group.won + group.lost >= MIN_CLOSED_DEALS ? (
                    rateOfDeals(group.winRate, group.won + group.lost, true)
                  ) : (
                    <Text span size="xs" c="dimmed" fs="italic">
                      too few to rate
                    </Text>
                  )}
                </NumberCell>
                <NumberCell>{formatAmount(group.wonAmount)}</NumberCell>
                {withLost ? <NumberCell>{formatAmount(group.lostAmount)}</NumberCell> : null}
                <NumberCell>{formatDays(group.avgCycleDays)}</NumberCell>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
