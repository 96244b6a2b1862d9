import { ComingSoon } from '../ui/ComingSoon';
import { PageHeader } from '../ui/PageHeader';

export function WinLossPage() {
  return (
    <>
      <PageHeader title="Win/Loss" />
      <ComingSoon>
        Win/loss will hold the analyses written for closed deals and show win rates, top loss reasons and which content
        is linked to won deals.
      </ComingSoon>
    </>
  );
}
