import { ComingSoon } from '../ui/ComingSoon';
import { PageHeader } from '../ui/PageHeader';

export function LeaderboardsPage() {
  return (
    <>
      <PageHeader title="Leaderboards" />
      <ComingSoon>
        Leaderboards will rank authors by credit, reuses received and won-deal influence for a week, month, fiscal
        quarter, fiscal year or all time, across the organisation or within a team.
      </ComingSoon>
    </>
  );
}
