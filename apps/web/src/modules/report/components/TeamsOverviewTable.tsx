import { Skeleton, Table, Text, Tooltip } from '@mantine/core';
import { useEffect } from 'react';
import type { PeriodInput } from '../../../generated/graphql';
import { useTeamReport } from '../hooks/useTeamReport';
import { NumberCell, NumberHeader, RowOpenButton } from '../../../ui/TableCells';
import { reusesExceptViews, totalCount } from '../report-format';
import { WonDealsCell } from './WonDealsCell';
import { usePhoneLayout } from '../../../ui/usePhoneLayout';
import keyColumns from '../../../ui/KeyColumns.module.css';

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
        <RowOpenButton hint="open the team's report" onOpen={onOpen}>
          <Text size="sm" fw={600} c="indigo.7" style={{ whiteSpace: 'nowrap' }}>
            {team.name}
          </Text>
          <Text size="xs" c="dimmed" lineClamp={1}>
            {team.managers.length > 0 ? team.managers.map((manager) => manager.name).join(', ') : 'No manager'}
          </Text>
        </RowOpenButton>
      </Table.Td>
      {report ? (
        <>
          <NumberCell>{report.members?.length ?? 0}</NumberCell>
          <NumberCell bold>{report.credit.toLocaleString()}</NumberCell>
          <NumberCell>{report.rank ?? '—'}</NumberCell>
          <NumberCell>{report.assetsAuthored}</NumberCell>
          <NumberCell>{reusesExceptViews(report)}</NumberCell>
          <NumberCell>{report.uniqueReusers}</NumberCell>
          <NumberCell>{report.teamsReached}</NumberCell>
          <NumberCell>{totalCount(report.endorsementsReceived)}</NumberCell>
          <WonDealsCell report={report} />
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
  const phone = usePhoneLayout();
  return (
    <Table.ScrollContainer minWidth={phone ? 0 : 900}>
      <Table
        className={`${keyColumns.wrap} ${keyColumns.hide2} ${keyColumns.keep4}`}
        aria-label="Teams"
        data-testid="teams-overview-table"
        verticalSpacing="xs"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Team</Table.Th>
            <NumberHeader>People</NumberHeader>
            <NumberHeader>Credit</NumberHeader>
            <NumberHeader>
              <Tooltip label="Among teams, by summed credit" withArrow>
                <span>Rank</span>
              </Tooltip>
            </NumberHeader>
            <NumberHeader>Assets</NumberHeader>
            <NumberHeader>Reuses</NumberHeader>
            <NumberHeader>Reusers</NumberHeader>
            <NumberHeader>Teams reached</NumberHeader>
            <NumberHeader>Endorsed</NumberHeader>
            <NumberHeader>Won</NumberHeader>
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
