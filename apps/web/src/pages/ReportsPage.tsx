import { ComingSoon } from '../ui/ComingSoon';
import { PageHeader } from '../ui/PageHeader';

export function ReportsPage() {
  return (
    <>
      <PageHeader title="Reports" />
      <ComingSoon>
        Authorship reports will show, per person or team and period, what was authored, how far it was reused and the
        credit it earned, with CSV export.
      </ComingSoon>
    </>
  );
}
