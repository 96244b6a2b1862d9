import { Alert, Stack } from '@mantine/core';
import type { ViewerCan } from '../modules/auth/hooks/useViewer';
import { ScoringPolicySection } from '../modules/credit/components/ScoringPolicySection';
import { DealReviewFlagsSection } from '../modules/deal/components/DealReviewFlagsSection';
import { ReviewFlagsSection } from '../modules/ring/components/ReviewFlagsSection';
import { TeamsSection } from '../modules/team/components/TeamsSection';
import { UsersSection } from '../modules/user/components/UsersSection';
import { ReviewIntervalsSection } from '../modules/verification/components/ReviewIntervalsSection';
import { PageHeader } from '../ui/PageHeader';

interface AdminPageProps {
  viewerCan: Pick<ViewerCan, 'administer' | 'setReviewIntervals'>;
}

export function AdminPage({ viewerCan }: AdminPageProps) {
  if (!viewerCan.administer) {
    return (
      <>
        <PageHeader title="Admin" />
        <Alert color="gray" variant="light" title="Admins only" data-testid="admins-only">
          Only Byline admins can manage teams, users and the scoring policy. Ask an admin if something here needs
          changing.
        </Alert>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title="Admin"
        description="Teams, the people who use Byline, how credit is scored, and credit to review."
      />
      <Stack gap="xl">
        <TeamsSection />
        <UsersSection />
        <ScoringPolicySection />
        {viewerCan.setReviewIntervals ? <ReviewIntervalsSection /> : null}
        <DealReviewFlagsSection />
        <ReviewFlagsSection />
      </Stack>
    </>
  );
}
