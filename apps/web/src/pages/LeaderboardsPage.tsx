import { Card, Group, Select, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import type { Viewer } from '../modules/auth/hooks/useViewer';
import { periodLabel } from '../modules/credit/credit-period';
import { formatRank } from '../modules/leaderboard/rank';
import { PeriodPicker } from '../modules/credit/components/PeriodPicker';
import { usePeriodChoice } from '../modules/credit/hooks/usePeriodChoice';
import { LeaderboardChart } from '../modules/leaderboard/components/LeaderboardChart';
import { LeaderboardTable } from '../modules/leaderboard/components/LeaderboardTable';
import { LEADERBOARD_SIZE, useLeaderboard } from '../modules/leaderboard/hooks/useLeaderboard';
import type { LeaderboardRow } from '../modules/leaderboard/hooks/useLeaderboard';
import { useLeaderboardParams } from '../modules/leaderboard/hooks/useLeaderboardParams';
import { LEADERBOARD_METRICS, METRIC_LABELS, formatMetricValue } from '../modules/leaderboard/leaderboard-labels';
import { useTeams } from '../modules/team/hooks/useTeams';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeader } from '../ui/PageHeader';
import { ChoiceControl } from '../ui/ChoiceControl';
import { usePhoneLayout } from '../ui/usePhoneLayout';

const ORGANISATION = 'org';

interface LeaderboardsPageProps {
  viewer: Viewer;
}

export function LeaderboardsPage({ viewer }: LeaderboardsPageProps) {
  const { choice, periodInput, setChoice } = usePeriodChoice();
  const { metric, teamId, includeInactive, setMetric, setTeamId, setIncludeInactive } = useLeaderboardParams();
  const { teams } = useTeams();
  const { board, loading, refreshing, error, refetch } = useLeaderboard({
    period: periodInput,
    metric,
    teamId,
    includeInactive,
  });

  const canOpenCredit = (row: LeaderboardRow) => row.user.viewerCan.readCredit;

  const teamName = teamId ? (teams.find((team) => team.id === teamId)?.name ?? 'Team') : 'Whole organisation';
  const metricMeta = METRIC_LABELS[metric];
  const entries = board?.entries ?? [];
  const viewerEntry = board?.viewerEntry ?? null;
  const viewerTied = entries.filter((entry) => entry.rank === viewerEntry?.rank).length > 1;
  const phone = usePhoneLayout();
  const metricData = LEADERBOARD_METRICS.map((value) => ({ value, label: METRIC_LABELS[value].label }));

  return (
    <>
      <PageHeader
        title="Leaderboards"
        description="Who others rely on: ranked by credit, reuses received, contributions or won-deal influence. Updated live as credit is booked."
      />
      <Stack gap="lg" data-testid="leaderboards">
        <Card padding="md">
          <Stack gap="sm">
            <PeriodPicker choice={choice} period={board?.period ?? null} onChange={setChoice} />
            <Group gap="md" wrap="wrap" align="center">
              <ChoiceControl
                aria-label="Metric"
                phoneWidth="100%"
                value={metric}
                onChange={setMetric}
                data={metricData}
              />
              <Select
                aria-label="Team"
                w={phone ? '100%' : 240}
                allowDeselect={false}
                value={teamId ?? ORGANISATION}
                onChange={(value) => setTeamId(value && value !== ORGANISATION ? value : null)}
                data={[
                  { value: ORGANISATION, label: 'Whole organisation' },
                  ...teams.map((team) => ({ value: team.id, label: team.name })),
                ]}
              />
              <Switch
                label="Include people who left or are suspended"
                checked={includeInactive}
                onChange={(event) => setIncludeInactive(event.currentTarget.checked)}
              />
            </Group>
          </Stack>
        </Card>

        {error ? (
          <ErrorNotice error={error} title="Could not load the leaderboard" onRetry={() => void refetch()} />
        ) : null}

        <Card component="section" aria-labelledby="board-heading">
          <Stack gap="md">
            <Group justify="space-between" align="baseline" wrap="wrap" gap="xs">
              <Stack gap={2}>
                <Title order={2} fz="md" id="board-heading">
                  {metricMeta.label} · {teamName}
                </Title>
                <Text size="xs" c="dimmed">
                  {metricMeta.hint}
                </Text>
              </Stack>
              <Text size="sm" c="dimmed" data-testid="viewer-standing">
                {viewerEntry
                  ? `You: ${formatRank(viewerEntry.rank, board?.size ?? 0, viewerTied)} with ${formatMetricValue(metric, viewerEntry.value)}`
                  : board
                    ? `You are not on this board (${board.size} ${board.size === 1 ? 'person' : 'people'} on it).`
                    : ''}
              </Text>
            </Group>
            {loading ? (
              <Skeleton h={300} />
            ) : entries.length > 0 ? (
              <LeaderboardChart entries={entries} metric={metric} viewerId={viewer.id} />
            ) : null}
          </Stack>
        </Card>

        {/* While another board loads, the previous one stays in view, dimmed and marked busy. */}
        <Card
          component="section"
          aria-label={`Top ${LEADERBOARD_SIZE}`}
          aria-busy={refreshing}
          padding="sm"
          opacity={refreshing ? 0.6 : 1}
        >
          {loading ? (
            <Skeleton h={240} />
          ) : (
            <LeaderboardTable
              entries={entries}
              viewerEntry={viewerEntry}
              metric={metric}
              viewerId={viewer.id}
              canOpenCredit={canOpenCredit}
              emptyMessage={`Nobody has ${metricMeta.label.toLowerCase()} in ${board ? periodLabel(board.period) : 'this period'} yet.`}
            />
          )}
        </Card>
      </Stack>
    </>
  );
}
