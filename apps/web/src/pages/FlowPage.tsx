import '@mantine/charts/styles.css';
import { Alert, Center, Grid, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { useUrlParams } from '../core/useUrlParams';
import type { Viewer } from '../modules/auth/hooks/useViewer';
import { AdoptionChart } from '../modules/knowledge-flow/components/AdoptionChart';
import { ContentGapsChart } from '../modules/knowledge-flow/components/ContentGapsChart';
import { DeadContentSection } from '../modules/knowledge-flow/components/DeadContentSection';
import { FirstReuseChart } from '../modules/knowledge-flow/components/FirstReuseChart';
import { ReuseMatrix } from '../modules/knowledge-flow/components/ReuseMatrix';
import { FLOW_PRESETS, periodOf, readFlowParams } from '../modules/knowledge-flow/flow-params';
import type { FlowPreset } from '../modules/knowledge-flow/flow-params';
import { useKnowledgeFlow } from '../modules/knowledge-flow/hooks/useKnowledgeFlow';
import { ChartCard } from '../modules/win-loss/components/ChartCard';
import { ChoiceControl } from '../ui/ChoiceControl';
import { ErrorNotice } from '../ui/ErrorNotice';
import { formatDate } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';

const TITLE = 'Knowledge flow';
const ALL_TEAMS = 'all';

function Dashboard() {
  const { values, update } = useUrlParams(readFlowParams, { replace: true });
  const period = periodOf(values.preset);
  const { flow, loading, error, refetch } = useKnowledgeFlow(period, values.team);
  if (!flow) {
    return loading ? (
      <Center py="xl" aria-busy="true">
        <Loader size="sm" />
      </Center>
    ) : (
      <ErrorNotice error={error} title="Could not load the dashboard" onRetry={() => void refetch()} />
    );
  }
  const inScope = flow.teams.filter((t) => t.inScope);
  const scopeTeams = values.team ? flow.teams.filter((t) => t.id === values.team) : inScope;
  const scopeLabel =
    flow.scope === 'ORGANISATION'
      ? 'the whole organisation'
      : flow.scope === 'TEAM'
        ? 'one team'
        : 'the teams you manage';
  return (
    <Stack gap="lg">
      <Group gap="md" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="flow-period-label">
            Period
          </Text>
          <ChoiceControl<FlowPreset>
            value={values.preset}
            data={FLOW_PRESETS}
            onChange={(preset) => update({ days: preset })}
            aria-labelledby="flow-period-label"
            phoneWidth={160}
            data-testid="flow-period"
          />
        </Stack>
        {inScope.length > 1 || values.team ? (
          <Select
            label="Teams"
            size="sm"
            w={240}
            maw="100%"
            allowDeselect={false}
            value={values.team ?? ALL_TEAMS}
            onChange={(team) => update({ team: team === ALL_TEAMS ? null : team })}
            data={[
              { value: ALL_TEAMS, label: flow.scope === 'MANAGED_TEAMS' ? 'All my teams' : 'All teams' },
              ...inScope.map((t) => ({ value: t.id, label: t.name })),
            ]}
            data-testid="flow-team"
          />
        ) : null}
        <Text size="xs" c="dimmed" pb={6} data-testid="flow-scope">
          {formatDate(flow.from)} – {formatDate(flow.to)} · {scopeLabel}
          {loading ? ' · updating…' : ''}
        </Text>
      </Group>
      {error ? (
        <ErrorNotice error={error} title="Could not update the dashboard" onRetry={() => void refetch()} />
      ) : null}
      <ChartCard
        id="flow-matrix"
        title="Who learns from whom"
        caption="Reuses (copies, shares with customers, uses in deals, adaptations; not views) of one team's knowledge by another's people."
        empty={flow.reuseMatrix.length ? null : 'No reuse between teams in this period.'}
        data-testid="flow-matrix"
      >
        <ReuseMatrix teams={flow.teams} cells={flow.reuseMatrix} />
      </ChartCard>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <ChartCard
            id="flow-gaps"
            title="Content gaps"
            caption="Searches that found no asset, most frequent first."
            empty={flow.contentGaps.length ? null : 'Every search in this period found something.'}
            data-testid="flow-gaps"
          >
            <ContentGapsChart gaps={flow.contentGaps} />
          </ChartCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <ChartCard
            id="flow-first-reuse"
            title="Time to first reuse"
            caption="From publication to the first reuse by someone else, for assets published in the period."
            data-testid="flow-first-reuse"
          >
            <FirstReuseChart times={flow.timeToFirstReuse} />
          </ChartCard>
        </Grid.Col>
      </Grid>
      <ChartCard
        id="flow-adoption"
        title="Adoption by team"
        caption="Share of each team's people by their highest engagement level each month."
        empty={flow.adoption.length ? null : 'No team in scope has people yet.'}
        data-testid="flow-adoption"
      >
        <AdoptionChart teams={scopeTeams} adoption={flow.adoption} />
      </ChartCard>
      <ChartCard
        id="flow-dead"
        title={`Dead content: ${flow.deadContent.total.toLocaleString()}`}
        caption="Published assets nobody reused in the 90 days up to the end of the period, longest published first."
        empty={flow.deadContent.total ? null : 'Everything published was reused in the last 90 days.'}
        data-testid="flow-dead"
      >
        <DeadContentSection teams={flow.teams} dead={flow.deadContent} />
      </ChartCard>
    </Stack>
  );
}

/** /flow: the knowledge-flow dashboard for enablement and leadership. */
export function FlowPage({ viewer }: { viewer: Pick<Viewer, 'viewerCan'> }) {
  if (!viewer.viewerCan.readKnowledgeFlow) {
    return (
      <>
        <PageHeader title={TITLE} />
        <Alert color="gray" variant="light" title="Enablement and leadership only" data-testid="flow-not-allowed">
          The knowledge-flow dashboard is for enablement, managers and admins.
        </Alert>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={TITLE}
        description="How knowledge travels between teams, what nobody reuses, what people search for and do not find, and how each team takes part."
      />
      <Dashboard />
    </>
  );
}
