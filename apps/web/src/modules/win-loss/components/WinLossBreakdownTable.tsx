import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { WinLossDimension } from '../../../generated/graphql';
import { formatAmount } from '../../deal/deal-labels';
import type { WinLossGroup } from '../hooks/useWinLoss';
import { formatDays, formatRate } from '../win-loss-labels';

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
  const numeric = { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } as const;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table data-testid="win-loss-table" verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Group</Table.Th>
            <Table.Th style={numeric}>Won</Table.Th>
            <Table.Th style={numeric}>Lost</Table.Th>
            <Table.Th style={numeric}>Win rate</Table.Th>
            <Table.Th style={numeric}>Won amount</Table.Th>
            {withLost ? <Table.Th style={numeric}>Lost amount</Table.Th> : null}
            <Table.Th style={numeric}>Average cycle</Table.Th>
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
                <Table.Td style={numeric}>{group.won.toLocaleString()}</Table.Td>
                <Table.Td style={numeric}>{group.lost.toLocaleString()}</Table.Td>
                <Table.Td style={numeric}>{formatRate(group.winRate, true)}</Table.Td>
                <Table.Td style={numeric}>{formatAmount(group.wonAmount)}</Table.Td>
                {withLost ? <Table.Td style={numeric}>{formatAmount(group.lostAmount)}</Table.Td> : null}
                <Table.Td style={numeric}>{formatDays(group.avgCycleDays)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
