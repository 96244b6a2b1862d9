import { Skeleton, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useEffect } from 'react';
import type { PeriodInput } from '../../../generated/graphql';
import { useTeamReport } from '../hooks/useTeamReport';
import { formatAmount, reusesExceptViews, totalCount } from '../report-format';

export interface OverviewTeam {
  id: string;
  name: string;
  managers: readonly { id: string; name: string }[];
}

interface TeamsOverviewTableProps {
  teams: readonly OverviewTeam[];
  period: PeriodInput;
  onOpenTeam: (teamId: string) => void;
  /** Each team's CSV once it has loaded, for the combined download (keep the function stable). */
  onCsv: (teamId: string, periodLabel: string, csv: string) => void;
}

const numeric = { fontVariantNumeric: 'tabular-nums' } as const;

function TeamRow({
  team,
  period,
  onOpen,
  onCsv,
}: {
  team: OverviewTeam;
  period: PeriodInput;
  onOpen: () => void;
  onCsv: (teamId: string, periodLabel: string, csv: string) => void;
}) {
  const { report, error } = useTeamReport(team.id, period);
  const csv = report?.csv;
  const periodLabel = report?.period.label;
  const teamId = team.id;
  useEffect(() => {
    if (csv && periodLabel) {
      onCsv(teamId, periodLabel, csv);
    }
  }, [csv, onCsv, periodLabel, teamId]);

  return (
    <Table.Tr data-testid="report-team-overview-row" style={{ cursor: 'pointer' }} onClick={onOpen}>
      <Table.Td>
        <UnstyledButton
          onClick={(event) => {
            event.stopPropagation();
            onOpen();
          }}
          aria-label={`Open the ${team.name} report`}
        >
          <Text size="sm" fw={600} c="indigo.7" style={{ whiteSpace: 'nowrap' }}>
            {team.name}
          </Text>
          <Text size="xs" c="dimmed" lineClamp={1}>
            {team.managers.length > 0 ? team.managers.map((manager) => manager.name).join(', ') : 'No manager'}
          </Text>
        </UnstyledButton>
      </Table.Td>
      {report ? (
        <>
          <Table.Td ta="right" style={numeric}>
            {report.members?.length ?? 0}
          </Table.Td>
          <Table.Td ta="right" fw={700} style={numeric}>
            {report.credit.toLocaleString()}
          </Table.Td>
          <Table.Td ta="right" style={numeric}>
            {report.rank ?? '—'}
          </Table.Td>
          <Table.Td ta="right" style={numeric}>
            {report.assetsAuthored}
          </Table.Td>
          <Table.Td ta="right" style={numeric}>
            {reusesExceptViews(report)}
          </Table.Td>
          <Table.Td ta="right" style={numeric}>
            {report.uniqueReusers}
          </Table.Td>
          <Table.Td ta="right" style={numeric}>
            {report.teamsReached}
          </Table.Td>
          <Table.Td ta="right" style={numeric}>
            {totalCount(report.endorsementsReceived)}
          </Table.Td>
          <Table.Td ta="right" style={numeric}>
            {report.wonDealsInfluenced}
            {report.wonAmountInfluenced > 0 ? (
              <Text size="xs" c="dimmed">
                {formatAmount(report.wonAmountInfluenced)}
              </Text>
            ) : null}
          </Table.Td>
        </>
      ) : (
        <Table.Td colSpan={9}>
          {error ? (
            <Text size="sm" c="red">
              Could not load this team.
            </Text>
          ) : (
            <Skeleton h={16} />
          )}
        </Table.Td>
      )}
    </Table.Tr>
  );
}

/** One row per team with the team's own totals (each event counted once); select a team for its people. */
export function TeamsOverviewTable({ teams, period, onOpenTeam, onCsv }: TeamsOverviewTableProps) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-label="Teams" data-testid="teams-overview-table" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Team</Table.Th>
            <Table.Th ta="right">People</Table.Th>
            <Table.Th ta="right">Credit</Table.Th>
            <Table.Th ta="right">
              <Tooltip label="Among teams, by summed credit" withArrow>
                <span>Rank</span>
              </Tooltip>
            </Table.Th>
            <Table.Th ta="right">Assets</Table.Th>
            <Table.Th ta="right">Reuses</Table.Th>
            <Table.Th ta="right">Reusers</Table.Th>
            <Table.Th ta="right">Teams reached</Table.Th>
            <Table.Th ta="right">Endorsed</Table.Th>
            <Table.Th ta="right">Won</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {teams.map((team) => (
            <TeamRow key={team.id} team={team} period={period} onOpen={() => onOpenTeam(team.id)} onCsv={onCsv} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
