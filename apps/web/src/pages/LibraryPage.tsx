import { ComingSoon } from '../ui/ComingSoon';
import { PageHeader } from '../ui/PageHeader';

export function LibraryPage() {
  return (
    <>
      <PageHeader title="Library" />
      <ComingSoon>
        The library will let you search and browse every published asset — enablement, best practices, win/loss analyses
        and client-facing content — filtered by industry, buyer role, journey phase and product.
      </ComingSoon>
    </>
  );
}
