import { Badge, Group, SimpleGrid, Table, Text, Tooltip } from '@mantine/core';
import type { AuthorshipReportFieldsFragment } from '../../../generated/graphql';
import { ENDORSEMENT_KIND_LABELS, ENDORSEMENT_KINDS } from '../../endorsement/endorsement-labels';
import { reuseKindLabel } from '../../reuse/reuse-labels';
import { USER_STATUS_LABELS } from '../../user/user-labels';
import { ENGAGEMENT_LABELS, ENGAGEMENT_LEVELS, engagementCounts } from '../engagement';
import type { EngagementCounts } from '../engagement';
import { EmptyTableRow, NumberCell, RowOpenButton } from '../../../ui/TableCells';
import { countOf, reusesExceptViews, totalCount } from '../report-format';
import type { TeamMemberReport, TeamReport } from '../hooks/useTeamReport';
import { EngagementLevels } from './EngagementLevels';
import { WonDealsCell } from './WonDealsCell';
import { usePhoneLayout } from '../../../ui/usePhoneLayout';
import keyColumns from '../../../ui/KeyColumns.module.css';

interface TeamReportTableProps {
  report: TeamReport;
  scale: EngagementCounts;
  onOpenPerson: (userId: string) => void;
}

const numeric = { fontVariantNumeric: 'tabular-nums' } as const;

function HeaderCell({ label, hint }: { label: string; hint: string }) {
  return (
    <Table.Th ta="right">
      <Tooltip label={hint} withArrow multiline w={240}>
        <span>{label}</span>
      </Tooltip>
    </Table.Th>
  );
}

function ReuseBreakdown({ report }: { report: AuthorshipReportFieldsFragment }) {
  return (
    <Tooltip
      withArrow
      multiline
      w={220}
      label={report.reusesReceived.map((entry) => `${reuseKindLabel(entry.kind)}: ${entry.count}`).join(' · ')}
    >
      <Text span size="sm" style={numeric}>
        {reusesExceptViews(report)}
      </Text>
    </Tooltip>
  );
}

function EndorsementBreakdown({ report }: { report: AuthorshipReportFieldsFragment }) {
  return (
    <Tooltip
      withArrow
      label={ENDORSEMENT_KINDS.map(
        (kind) => `${ENDORSEMENT_KIND_LABELS[kind].label}: ${countOf(report.endorsementsReceived, kind)}`,
      ).join(' · ')}
    >
      <Text span size="sm" style={numeric}>
        {totalCount(report.endorsementsReceived)}
      </Text>
    </Tooltip>
  );
}

function NumberCells({ report, rankHint }: { report: AuthorshipReportFieldsFragment; rankHint?: string }) {
  return (
    <>
      <NumberCell bold>{report.credit.toLocaleString()}</NumberCell>
      <NumberCell>
        {report.rank ?? '—'}
        {rankHint && report.rank !== null && report.rank !== undefined ? (
          <Text size="xs" c="dimmed">
            {rankHint}
          </Text>
        ) : null}
      </NumberCell>
      <NumberCell>{report.assetsAuthored}</NumberCell>
      <Table.Td ta="right">
        <ReuseBreakdown report={report} />
      </Table.Td>
      <NumberCell>{report.uniqueReusers}</NumberCell>
      <NumberCell>{report.teamsReached}</NumberCell>
      <Table.Td ta="right">
        <EndorsementBreakdown report={report} />
      </Table.Td>
      <NumberCell>{report.derivedAssets}</NumberCell>
      <WonDealsCell report={report} />
    </>
  );
}

function MemberRow({
  member,
  scale,
  onOpen,
}: {
  member: TeamMemberReport;
  scale: EngagementCounts;
  onOpen: () => void;
}) {
  const name = member.user?.name ?? 'Unknown person';
  return (
    <Table.Tr data-testid="report-member-row" style={{ cursor: 'pointer' }} onClick={onOpen}>
      <Table.Td>
        <RowOpenButton hint="open their report" onOpen={onOpen}>
          <Group gap={6} wrap="nowrap">
            <Text size="sm" fw={600} c="indigo.7" style={{ whiteSpace: 'nowrap' }}>
              {name}
            </Text>
            {member.user && member.user.status !== 'ACTIVE' ? (
              <Badge size="xs" color="gray" variant="light" radius="sm">
                {USER_STATUS_LABELS[member.user.status]}
              </Badge>
            ) : null}
          </Group>
          {member.user?.title ? (
            <Text size="xs" c="dimmed" lineClamp={1}>
              {member.user.title}
            </Text>
          ) : null}
        </RowOpenButton>
      </Table.Td>
      <NumberCells report={member} />
      <Table.Td>
        <EngagementLevels counts={engagementCounts(member.engagement)} scale={scale} variant="compact" />
      </Table.Td>
    </Table.Tr>
  );
}

/** One row per member (click for the full report) and the team's own totals. */
export function TeamReportTable({ report, scale, onOpenPerson }: TeamReportTableProps) {
  const members = report.members ?? [];
  const phone = usePhoneLayout();
  return (
    <Table.ScrollContainer minWidth={phone ? 0 : 1000}>
      <Table
        className={`${keyColumns.wrap} ${keyColumns.keep3}`}
        aria-label="Team report"
        data-testid="team-report-table"
        verticalSpacing="xs"
        horizontalSpacing="sm"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th miw={190}>Person</Table.Th>
            <HeaderCell label="Credit" hint="Credit booked in the period: the sum of their statement" />
            <HeaderCell label="Rank" hint="On the organisation's credit leaderboard for the period" />
            <HeaderCell label="Assets" hint="Assets they author, published by the end of the period" />
            <HeaderCell label="Reuses" hint="Reuses by others, views not counted (hover a number for each kind)" />
            <HeaderCell label="Reusers" hint="Different people who reused their assets" />
            <HeaderCell label="Teams" hint="Teams reached: the teams of the people who reused" />
            <HeaderCell label="Endorsed" hint="Endorsements received (hover a number for each kind)" />
            <HeaderCell label="Derived" hint="Derived assets: adaptations of their assets published in the period" />
            <HeaderCell label="Won" hint="Won deals that used their assets, and their amount" />
            <Table.Th w={150}>
              <Tooltip
                label="Sharing (reusing others' assets) · participating (endorsing) · contributing (publishing), against the team's highest"
                withArrow
                multiline
                w={260}
              >
                <span>Engagement</span>
              </Tooltip>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.length === 0 ? (
            <EmptyTableRow colSpan={11}>This team has no members.</EmptyTableRow>
          ) : (
            members.map((member) => (
              <MemberRow
                key={member.user?.id ?? 'unknown'}
                member={member}
                scale={scale}
                onOpen={() => member.user && onOpenPerson(member.user.id)}
              />
            ))
          )}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr data-testid="report-team-row" bg="gray.0">
            <Table.Td>
              <Text size="sm" fw={700}>
                Team
              </Text>
              <Text size="xs" c="dimmed">
                Each event counted once
              </Text>
            </Table.Td>
            <NumberCells report={report} rankHint="among teams" />
            <Table.Td>
              <SimpleGrid cols={3} spacing={8} miw={132}>
                {ENGAGEMENT_LEVELS.map((level) => (
                  <Tooltip key={level} label={ENGAGEMENT_LABELS[level].label} withArrow>
                    <Text size="xs" fw={700} ta="center" style={numeric}>
                      {report.engagement[level]}
                    </Text>
                  </Tooltip>
                ))}
              </SimpleGrid>
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
