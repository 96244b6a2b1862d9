import { Alert, Anchor, Card, Group, Select, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import type { Viewer } from '../modules/auth/hooks/useViewer';
import { PeriodPicker } from '../modules/credit/components/PeriodPicker';
import { ChevronLeftIcon } from '../ui/icons';
import type { PeriodChoice } from '../modules/credit/credit-period';
import { usePeriod } from '../modules/credit/hooks/usePeriod';
import { usePeriodChoice } from '../modules/credit/hooks/usePeriodChoice';
import { PersonReportView } from '../modules/report/components/PersonReportView';
import { ReportActions } from '../modules/report/components/ReportActions';
import { TeamReportTable } from '../modules/report/components/TeamReportTable';
import { TeamsOverviewTable } from '../modules/report/components/TeamsOverviewTable';
import type { OverviewTeam } from '../modules/report/components/TeamsOverviewTable';
import { combineCsv } from '../modules/report/report-csv';
import { engagementCounts, engagementScale } from '../modules/report/engagement';
import type { EngagementCounts } from '../modules/report/engagement';
import { usePersonReport } from '../modules/report/hooks/usePersonReport';
import { useReportScope } from '../modules/report/hooks/useReportScope';
import { useTeamReport } from '../modules/report/hooks/useTeamReport';
import { readReportParams, reportPdfHref, reportPrintPath } from '../modules/report/report-params';
import { AcceptedAnswers } from '../modules/report/components/AcceptedAnswers';
import { EndorsementComments } from '../modules/report/components/EndorsementComments';
import { KnowledgeFlowTable } from '../modules/report/components/KnowledgeFlowTable';
import { ReportAssetsTable } from '../modules/report/components/ReportAssetsTable';
import { ReportTrendChart } from '../modules/report/components/ReportTrendChart';
import { useUrlParams } from '../core/useUrlParams';
import type { PeriodInput } from '../generated/graphql';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeader } from '../ui/PageHeader';

interface PersonSectionProps {
  userId: string;
  viewerId: string;
  choice: PeriodChoice;
  periodInput: PeriodInput;
  onPeriodChange: (choice: PeriodChoice) => void;
  scale?: EngagementCounts;
  /** The team the person is seen in, if any (for the print page's way back). */
  teamId?: string | null;
  /** Shown above the person's name: the way back to their team. */
  back?: { label: string; onClick: () => void };
}

function PersonSection({
  userId,
  viewerId,
  choice,
  periodInput,
  onPeriodChange,
  scale,
  teamId,
  back,
}: PersonSectionProps) {
  const { report, loading, forbidden, error, refetch } = usePersonReport(userId, periodInput);
  const name = report?.user?.name ?? '';
  return (
    <Stack gap="lg">
      <Card padding="md">
        <PeriodPicker choice={choice} period={report?.period ?? null} onChange={onPeriodChange} />
      </Card>
      {forbidden ? (
        <Alert color="gray" variant="light" title="Not yours to see">
          Managers read their own team&apos;s reports; admins everyone&apos;s.
        </Alert>
      ) : error ? (
        <ErrorNotice error={error} title="Could not load the report" onRetry={() => void refetch()} />
      ) : null}
      {loading || !report ? (
        forbidden || error ? null : (
          <Skeleton h={360} />
        )
      ) : (
        <Stack gap="md">
          <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
            <Stack gap={2}>
              {back ? (
                <Anchor component="button" type="button" size="sm" onClick={back.onClick} data-testid="report-back">
                  <Group gap={2} component="span">
                    <ChevronLeftIcon size={14} />
                    {back.label}
                  </Group>
                </Anchor>
              ) : null}
              <Title order={2} fz="xl" data-testid="report-person-name">
                {name}
              </Title>
              <Text size="sm" c="dimmed">
                {[report.user?.title, report.user?.team?.name, report.period.label].filter(Boolean).join(' · ')}
              </Text>
            </Stack>
            <ReportActions
              csv={report.csv}
              subject={name}
              periodLabel={report.period.label}
              printPath={reportPrintPath({ userId, teamId }, choice)}
              statementPath={userId === viewerId ? '/credit' : `/people/${userId}/credit`}
              pdfHref={reportPdfHref(userId, periodInput)}
            />
          </Group>
          {report.trend ? <ReportTrendChart trend={report.trend} /> : null}
          <PersonReportView report={report} scale={scale} />
          <ReportAssetsTable assets={report.assets ?? []} />
          <EndorsementComments comments={report.endorsementComments ?? []} />
          <AcceptedAnswers answers={report.acceptedAnswers ?? []} />
        </Stack>
      )}
    </Stack>
  );
}

const ALL_TEAMS = 'all';

function TeamSelect({
  value,
  teams,
  onChange,
}: {
  value: string;
  teams: readonly { id: string; name: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <Select
      aria-label="Team"
      w={260}
      allowDeselect={false}
      value={value}
      onChange={(next) => next && onChange(next)}
      data={[{ value: ALL_TEAMS, label: 'All teams' }, ...teams.map((team) => ({ value: team.id, label: team.name }))]}
    />
  );
}

interface AllTeamsSectionProps {
  teams: readonly OverviewTeam[];
  onTeamChange: (teamId: string) => void;
  choice: PeriodChoice;
  periodInput: PeriodInput;
  onPeriodChange: (choice: PeriodChoice) => void;
}

function AllTeamsSection({ teams, onTeamChange, choice, periodInput, onPeriodChange }: AllTeamsSectionProps) {
  const period = usePeriod(periodInput);
  const [csvByTeam, setCsvByTeam] = useState<Record<string, { periodLabel: string; csv: string }>>({});
  const onCsv = useCallback(
    (teamId: string, periodLabel: string, csv: string) =>
      setCsvByTeam((current) =>
        current[teamId]?.csv === csv && current[teamId]?.periodLabel === periodLabel
          ? current
          : { ...current, [teamId]: { periodLabel, csv } },
      ),
    [],
  );
  // The combined file once every team's part for the period on screen is in.
  const periodLabel = period?.label ?? '';
  const parts = teams.map((team) => csvByTeam[team.id]);
  const csv =
    period && parts.every((part) => part?.periodLabel === periodLabel)
      ? combineCsv(parts.map((part) => part?.csv ?? ''))
      : null;

  return (
    <Stack gap="lg">
      <Card padding="md">
        <Group justify="space-between" align="center" wrap="wrap" gap="md">
          <PeriodPicker choice={choice} period={period} onChange={onPeriodChange} />
          <TeamSelect value={ALL_TEAMS} teams={teams} onChange={onTeamChange} />
        </Group>
      </Card>
      <Card component="section" aria-labelledby="teams-report-heading" padding="md">
        <Stack gap="md">
          <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
            <Stack gap={2}>
              <Title order={2} fz="xl" id="teams-report-heading">
                All teams
              </Title>
              <Text size="sm" c="dimmed">
                {period ? `${period.label} · ` : ''}
                {teams.length} teams · Select a team for its people.
              </Text>
            </Stack>
            <ReportActions csv={csv} subject="all teams" periodLabel={periodLabel} />
          </Group>
          <TeamsOverviewTable teams={teams} period={periodInput} onOpenTeam={onTeamChange} onCsv={onCsv} />
        </Stack>
      </Card>
    </Stack>
  );
}

interface TeamSectionProps {
  teamId: string;
  teams: readonly { id: string; name: string }[];
  onTeamChange: (teamId: string) => void;
  choice: PeriodChoice;
  periodInput: PeriodInput;
  onPeriodChange: (choice: PeriodChoice) => void;
  onOpenPerson: (userId: string) => void;
}

function TeamSection({
  teamId,
  teams,
  onTeamChange,
  choice,
  periodInput,
  onPeriodChange,
  onOpenPerson,
}: TeamSectionProps) {
  const { report, loading, error, refetch } = useTeamReport(teamId, periodInput);
  const teamName = report?.team?.name ?? teams.find((team) => team.id === teamId)?.name ?? 'Team';
  const scale = engagementScale((report?.members ?? []).map((member) => engagementCounts(member.engagement)));

  return (
    <Stack gap="lg">
      <Card padding="md">
        <Group justify="space-between" align="center" wrap="wrap" gap="md">
          <PeriodPicker choice={choice} period={report?.period ?? null} onChange={onPeriodChange} />
          {teams.length > 1 ? <TeamSelect value={teamId} teams={teams} onChange={onTeamChange} /> : null}
        </Group>
      </Card>
      {error ? (
        <ErrorNotice error={error} title="Could not load the team report" onRetry={() => void refetch()} />
      ) : null}
      <Card component="section" aria-labelledby="team-report-heading" padding="md">
        <Stack gap="md">
          <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
            <Stack gap={2}>
              <Title order={2} fz="xl" id="team-report-heading">
                {teamName}
              </Title>
              <Text size="sm" c="dimmed">
                {report ? `${report.period.label} · ${report.members?.length ?? 0} people · ` : ''}
                Select a person for their full report.
              </Text>
            </Stack>
            <ReportActions
              csv={report?.csv ?? null}
              subject={teamName}
              periodLabel={report?.period.label ?? ''}
              printPath={reportPrintPath({ teamId }, choice)}
            />
          </Group>
          {loading || !report ? (
            <Skeleton h={260} />
          ) : (
            <TeamReportTable report={report} scale={scale} onOpenPerson={onOpenPerson} />
          )}
        </Stack>
      </Card>
      {report ? <KnowledgeFlowTable flow={report.knowledgeFlow ?? []} /> : null}
    </Stack>
  );
}

interface ReportsPageProps {
  viewer: Viewer;
}

export function ReportsPage({ viewer }: ReportsPageProps) {
  const scope = useReportScope();
  const {
    values: { personId, teamParam },
    update: setParam,
  } = useUrlParams(readReportParams);
  const { choice, periodInput, setChoice } = usePeriodChoice();

  const teamIds = new Set(scope.teams.map((team) => team.id));
  // Several teams open on the overview; one team opens on its people.
  const allTeams = scope.teams.length > 1 && !personId && (teamParam === ALL_TEAMS || !teamParam);
  const teamId =
    teamParam && teamIds.has(teamParam)
      ? teamParam
      : viewer.team && teamIds.has(viewer.team.id)
        ? viewer.team.id
        : (scope.teams[0]?.id ?? null);
  const { report: teamReport } = useTeamReport(personId ? teamId : null, periodInput);
  const scale = teamReport?.members
    ? engagementScale(teamReport.members.map((member) => engagementCounts(member.engagement)))
    : undefined;

  const description = viewer.viewerCan.readEveryTeamReport
    ? 'Authorship per team and person: what they wrote, how far it travelled and the credit it earned.'
    : scope.teams.length > 0
      ? 'Authorship in the teams you manage: what each person wrote, how far it travelled and the credit it earned.'
      : 'Your authorship: what you wrote, how far it travelled and the credit it earned.';

  let body;
  if (scope.loading) {
    body = <Skeleton h={320} />;
  } else if (scope.error && scope.teams.length === 0) {
    body = <ErrorNotice error={scope.error} title="Could not load your teams" onRetry={() => void scope.refetch()} />;
  } else if (!teamId) {
    body = (
      <PersonSection
        userId={viewer.id}
        viewerId={viewer.id}
        choice={choice}
        periodInput={periodInput}
        onPeriodChange={setChoice}
      />
    );
  } else if (allTeams) {
    body = (
      <AllTeamsSection
        teams={scope.teams}
        onTeamChange={(id) => setParam({ team: id })}
        choice={choice}
        periodInput={periodInput}
        onPeriodChange={setChoice}
      />
    );
  } else if (personId) {
    body = (
      <PersonSection
        key={personId}
        userId={personId}
        viewerId={viewer.id}
        choice={choice}
        periodInput={periodInput}
        onPeriodChange={setChoice}
        scale={scale}
        teamId={teamId}
        back={{
          label: `Back to ${scope.teams.find((team) => team.id === teamId)?.name ?? 'the team'}`,
          onClick: () => setParam({ person: null }),
        }}
      />
    );
  } else {
    body = (
      <TeamSection
        teamId={teamId}
        teams={scope.teams}
        onTeamChange={(id) => setParam({ team: id })}
        choice={choice}
        periodInput={periodInput}
        onPeriodChange={setChoice}
        onOpenPerson={(userId) => setParam({ person: userId, team: teamId })}
      />
    );
  }

  return (
    <>
      <PageHeader title="Reports" description={description} />
      <div data-testid="reports">{body}</div>
    </>
  );
}
