import { ComingSoon } from '../ui/ComingSoon';
import { PageHeader } from '../ui/PageHeader';

interface FeedPageProps {
  viewerName: string;
}

export function FeedPage({ viewerName }: FeedPageProps) {
  const firstName = viewerName.split(/\s+/)[0] ?? viewerName;
  return (
    <>
      <PageHeader title="Feed" description={`Welcome, ${firstName}.`} />
      <ComingSoon>
        Your feed will show new and trending assets from the people, tags and team you follow, and activity on the
        content you authored.
      </ComingSoon>
    </>
  );
}
