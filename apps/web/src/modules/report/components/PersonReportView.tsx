import '@mantine/charts/styles.css';
import { BarsList } from '@mantine/charts';
import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { AuthorshipReportFieldsFragment } from '../../../generated/graphql';
import { endorsementKindLabel } from '../../endorsement/endorsement-labels';
import { reuseKindLabel } from '../../reuse/reuse-labels';
import { engagementCounts } from '../engagement';
import type { EngagementCounts } from '../engagement';
import { formatAmount, reusesExceptViews, totalCount } from '../report-format';
import { EngagementLevels } from './EngagementLevels';

interface PersonReportViewProps {
  report: AuthorshipReportFieldsFragment;
  /** The team's highest engagement counts, when the person is seen within a team. */
  scale?: EngagementCounts;
}

const numeric = { fontVariantNumeric: 'tabular-nums' } as const;

function Figure({
  label,
  value,
  detail,
  testId,
}: {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  testId: string;
}) {
  return (
    <Card padding="md" data-testid={testId}>
      <Stack gap={2}>
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" style={{ letterSpacing: '0.04em' }}>
          {label}
        </Text>
        <Text fz={28} fw={700} lh={1.2} style={numeric}>
          {value}
        </Text>
        {detail ? (
          <Text size="xs" c="dimmed">
            {detail}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}

function KindChart({
  title,
  data,
  color,
  testId,
}: {
  title: string;
  data: { kind: string; count: number }[];
  color: string;
  testId: string;
}) {
  return (
    <Card padding="md" data-testid={testId}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} fz="sm">
            {title}
          </Title>
          <Text size="xs" c="dimmed">
            {totalCount(data)} in all
          </Text>
        </Group>
        <BarsList
          data={data.map((entry) => ({ name: entry.kind, value: entry.count, color }))}
          barTextColor="dark.7"
          styles={{ barLabel: { whiteSpace: 'nowrap', overflow: 'visible' } }}
          barHeight={26}
          barGap={6}
          minBarSize={4}
          valueFormatter={(value) => value.toLocaleString()}
        />
      </Stack>
    </Card>
  );
}

/** Every field of a person's (or team's) authorship report. */
export function PersonReportView({ report, scale }: PersonReportViewProps) {
  const reuses = report.reusesReceived.map((entry) => ({ kind: reuseKindLabel(entry.kind), count: entry.count }));
  const endorsements = report.endorsementsReceived.map((entry) => ({
    kind: endorsementKindLabel(entry.kind),
    count: entry.count,
  }));
  return (
    <Stack gap="lg" data-testid="person-report">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="md">
        <Figure
          label="Credit"
          value={report.credit.toLocaleString()}
          detail="Booked in the period"
          testId="report-credit"
        />
        <Figure
          label="Rank"
          value={report.rank !== null && report.rank !== undefined ? `#${report.rank}` : '—'}
          detail={report.rank ? 'Organisation, by credit' : 'Not on the board'}
          testId="report-rank"
        />
        <Figure
          label="Assets authored"
          value={report.assetsAuthored}
          detail="Published by the period's end"
          testId="report-assets"
        />
        <Figure
          label="Unique reusers"
          value={report.uniqueReusers}
          detail={`${reusesExceptViews(report)} reuses, views aside`}
          testId="report-reusers"
        />
        <Figure
          label="Teams reached"
          value={report.teamsReached}
          detail="Teams of the people who reused"
          testId="report-teams"
        />
        <Figure
          label="Derived assets"
          value={report.derivedAssets}
          detail="Adaptations of theirs, published"
          testId="report-derived"
        />
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <KindChart title="Reuses received" data={reuses} color="indigo.2" testId="report-reuses" />
        <KindChart title="Endorsements received" data={endorsements} color="orange.2" testId="report-endorsements" />
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card padding="md" data-testid="report-won-deals">
          <Stack gap="xs">
            <Title order={3} fz="sm">
              Won deals influenced
            </Title>
            <SimpleGrid cols={2} spacing="lg">
              <Stack gap={0}>
                <Text fz={28} fw={700} style={numeric}>
                  {report.wonDealsInfluenced}
                </Text>
                <Text size="xs" c="dimmed">
                  Deals won in the period that used their assets
                </Text>
              </Stack>
              <Stack gap={0}>
                <Text fz={28} fw={700} style={numeric}>
                  {formatAmount(report.wonAmountInfluenced)}
                </Text>
                <Text size="xs" c="dimmed">
                  Their amount, as the CRM recorded it
                </Text>
              </Stack>
            </SimpleGrid>
          </Stack>
        </Card>
        <Card padding="md" data-testid="report-engagement">
          <Stack gap="xs">
            <Title order={3} fz="sm">
              Engagement
            </Title>
            <EngagementLevels
              counts={engagementCounts(report.engagement)}
              scale={scale}
              caption={
                scale ? "Each gauge is full at the team's highest count." : 'The three compared with one another.'
              }
            />
          </Stack>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
