import { Alert, Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { hasErrorCode } from '../core/graphql-errors';
import type { Viewer } from '../modules/auth/hooks/useViewer';
import { CreditHistoryChart } from '../modules/credit/components/CreditHistoryChart';
import { CreditStatementTable } from '../modules/credit/components/CreditStatementTable';
import { CreditSummaryCards } from '../modules/credit/components/CreditSummaryCards';
import { PeriodPicker } from '../modules/credit/components/PeriodPicker';
import { useCreditHistory } from '../modules/credit/hooks/useCreditHistory';
import { useCreditPerson } from '../modules/credit/hooks/useCreditPerson';
import { useCreditStanding } from '../modules/credit/hooks/useCreditStanding';
import { useCreditStatement } from '../modules/credit/hooks/useCreditStatement';
import { usePeriodChoice } from '../modules/credit/hooks/usePeriodChoice';
import { periodLabel } from '../modules/credit/credit-period';
import { usePersonEngagement } from '../modules/report/hooks/usePersonEngagement';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeader } from '../ui/PageHeader';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface MyCreditPageProps {
  viewer: Viewer;
}

function PersonNotFound() {
  return (
    <>
      <PageHeader title="Credit" />
      <Alert color="gray" variant="light" title="Person not found" data-testid="person-not-found">
        No one in the organisation has this address.{' '}
        <Anchor component={Link} to="/reports">
          Back to the reports
        </Anchor>
      </Alert>
    </>
  );
}

/** My credit (/credit), or a team member's for their managers and admins (/people/:id/credit). */
export function MyCreditPage({ viewer }: MyCreditPageProps) {
  const { id } = useParams<{ id: string }>();
  const validId = id === undefined || UUID_PATTERN.test(id);
  const userId = id ?? viewer.id;
  const isViewer = userId === viewer.id;

  const { choice, periodInput, setChoice } = usePeriodChoice();
  const person = useCreditPerson(userId, isViewer || !validId);
  const statement = useCreditStatement(userId, periodInput);
  const standing = useCreditStanding(userId, isViewer, periodInput);
  const history = useCreditHistory(userId);
  const engagement = usePersonEngagement(userId, periodInput);

  if (!validId || person.notFound) {
    return <PersonNotFound />;
  }

  const name = isViewer ? viewer.name : (person.person?.name ?? '');
  const firstName = name.split(' ')[0] || 'This person';
  const forbidden = hasErrorCode(statement.error, 'FORBIDDEN');

  const header = isViewer ? (
    <PageHeader
      title="My credit"
      description="Every point you earned, and why. Totals are the sum of the statement, so every number can be checked line by line."
    />
  ) : (
    <PageHeader
      title={name ? `${name}'s credit` : 'Credit'}
      description={
        person.person
          ? [person.person.title, person.person.team?.name].filter(Boolean).join(' · ') || undefined
          : undefined
      }
    />
  );

  if (forbidden) {
    return (
      <>
        {header}
        <Alert color="gray" variant="light" title="Not yours to see" data-testid="credit-forbidden">
          You can read your own credit; managers read their team's, and admins everyone's.
        </Alert>
      </>
    );
  }

  const period = standing.period;
  const periodName = period ? periodLabel(period) : null;

  return (
    <>
      {header}
      <Stack gap="lg" data-testid="my-credit">
        <PeriodPicker choice={choice} period={period} onChange={setChoice} />

        {statement.error ? (
          <ErrorNotice
            error={statement.error}
            title="Could not load the statement"
            onRetry={() => void statement.refetch()}
          />
        ) : null}

        <CreditSummaryCards
          periodLabel={periodName}
          sum={statement.sum}
          totalCount={statement.totalCount}
          standing={standing.standing}
          boardSize={standing.boardSize}
          engagement={engagement.engagement}
          loading={statement.loading || standing.loading}
          subject={isViewer ? 'you' : firstName}
        />

        <CreditHistoryChart points={history.points} period={period} loading={history.loading} />

        <Card component="section" aria-labelledby="statement-heading" data-testid="credit-statement">
          <Stack gap="md">
            <Group justify="space-between" align="baseline" wrap="wrap" gap="xs">
              <Title order={2} fz="md" id="statement-heading">
                Statement{periodName ? ` · ${periodName}` : ''}
              </Title>
              <Text size="xs" c="dimmed">
                Newest first, by the day each entry was booked: the day it counts.
              </Text>
            </Group>
            <CreditStatementTable
              entries={statement.entries}
              totalCount={statement.totalCount}
              sum={statement.sum}
              hasNextPage={statement.hasNextPage}
              loadingMore={statement.loadingMore}
              onLoadMore={() => void statement.loadMore()}
              ownerName={isViewer ? null : name || 'This person'}
              ownerId={userId}
              viewerId={viewer.id}
              emptyMessage={
                statement.loading
                  ? 'Loading the statement…'
                  : `No credit ${isViewer ? 'for you' : `for ${firstName}`} in this period yet. Credit comes from others reusing, adapting and endorsing what ${isViewer ? 'you author' : 'they author'}.`
              }
            />
          </Stack>
        </Card>
      </Stack>
    </>
  );
}
