import { Alert, Anchor, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Viewer } from '../modules/auth/hooks/useViewer';
import { PrinterIcon } from '../ui/icons';
import { formatPeriodRange } from '../modules/credit/credit-period';
import { usePeriodChoice } from '../modules/credit/hooks/usePeriodChoice';
import { PrintablePersonFields, PrintableTeamTable } from '../modules/report/components/PrintableReport';
import classes from '../modules/report/components/ReportPrint.module.css';
import { usePersonReport } from '../modules/report/hooks/usePersonReport';
import { useTeamReport } from '../modules/report/hooks/useTeamReport';
import type { PeriodFieldsFragment } from '../generated/graphql';
import { BrandMark } from '../ui/BrandMark';
import { ErrorNotice } from '../ui/ErrorNotice';
import printPage from '../ui/PrintPage.module.css';
import { formatDateTime } from '../ui/format';

interface ReportPrintPageProps {
  viewer: Viewer;
}

function PrintHeader({
  subject,
  detail,
  period,
  viewer,
}: {
  subject: string;
  detail?: string;
  period: PeriodFieldsFragment;
  viewer: Viewer;
}) {
  const range = formatPeriodRange(period.from, period.to);
  return (
    <Stack gap={4} mb="lg">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" style={{ letterSpacing: '0.06em' }}>
            Authorship report
          </Text>
          <Title order={1} fz={26} data-testid="print-subject">
            {subject}
          </Title>
          {detail ? (
            <Text size="sm" c="dimmed">
              {detail}
            </Text>
          ) : null}
        </Stack>
        <BrandMark />
      </Group>
      <Text size="sm">
        <strong>{period.label}</strong>
        {range ? ` · ${range}` : ''} ·{' '}
        {period.closed ? 'closed quarter: these figures are final' : 'open period: figures may still change'}
      </Text>
      <Text size="xs" c="dimmed">
        Prepared by {viewer.name} on {formatDateTime(new Date().toISOString())}
      </Text>
    </Stack>
  );
}

function TeamPrint({ teamId, viewer }: { teamId: string; viewer: Viewer }) {
  const { periodInput } = usePeriodChoice();
  const { report, loading, error } = useTeamReport(teamId, periodInput);
  if (error) {
    return <ErrorNotice error={error} title="Could not load the team report" />;
  }
  if (loading || !report) {
    return <Skeleton h={300} />;
  }
  const members = report.members ?? [];
  return (
    <>
      <PrintHeader
        subject={report.team?.name ?? 'Team'}
        detail={`${members.length} ${members.length === 1 ? 'person' : 'people'}`}
        period={report.period}
        viewer={viewer}
      />
      <PrintableTeamTable
        team={report}
        rows={members.map((member) => ({
          key: member.user?.id ?? '',
          name: member.user?.name ?? 'Unknown',
          report: member,
        }))}
      />
      <p className={classes.note}>
        Counts are over the assets each person authors; reuses and endorsements are those made in the period by people
        who are not authors. The team row counts each event once, so it can be less than the sum of its members. Rank:
        for a person, on the organisation&apos;s credit leaderboard; for the team, among teams. Engagement: sharing =
        reuses of others&apos; assets, participating = endorsements given, contributing = assets first published.
      </p>
    </>
  );
}

function PersonPrint({ userId, viewer }: { userId: string; viewer: Viewer }) {
  const { periodInput } = usePeriodChoice();
  const { report, loading, error } = usePersonReport(userId, periodInput);
  if (error) {
    return <ErrorNotice error={error} title="Could not load the report" />;
  }
  if (loading || !report) {
    return <Skeleton h={300} />;
  }
  return (
    <>
      <PrintHeader
        subject={report.user?.name ?? 'Person'}
        detail={[report.user?.title, report.user?.team?.name].filter(Boolean).join(' · ') || undefined}
        period={report.period}
        viewer={viewer}
      />
      <PrintablePersonFields report={report} />
      <p className={classes.note}>
        Counts are over the assets they author; reuses and endorsements are those made in the period by people who are
        not authors. Credit is the sum of their credit statement for the period.
      </p>
    </>
  );
}

/** A clean page for printing or saving as PDF: no navigation, only the report. */
export function ReportPrintPage({ viewer }: ReportPrintPageProps) {
  const [params] = useSearchParams();
  const personId = params.get('person');
  const teamId = params.get('team');
  const backParams = new URLSearchParams(params);
  const backPath = `/reports?${backParams.toString()}`;

  useEffect(() => {
    const previous = document.title;
    document.title = 'Authorship report · Byline';
    return () => {
      document.title = previous;
    };
  }, []);

  return (
    <main className={`${printPage.page} ${classes.report}`} data-testid="report-print">
      <div className={printPage.toolbar}>
        <Anchor component={Link} to={backPath} size="sm">
          Back to reports
        </Anchor>
        <Button leftSection={<PrinterIcon />} onClick={() => window.print()}>
          Print
        </Button>
      </div>
      {personId ? (
        <PersonPrint userId={personId} viewer={viewer} />
      ) : teamId ? (
        <TeamPrint teamId={teamId} viewer={viewer} />
      ) : (
        <Alert color="gray" variant="light" title="Nothing to print">
          Open a team or a person on the reports page, then choose Print view.
        </Alert>
      )}
    </main>
  );
}
