import { Alert, Stack } from '@mantine/core';
import type { Role } from '../generated/graphql';
import { TeamsSection } from '../modules/team/components/TeamsSection';
import { UsersSection } from '../modules/user/components/UsersSection';
import { PageHeader } from '../ui/PageHeader';

interface AdminPageProps {
  viewerRole: Role;
}

export function AdminPage({ viewerRole }: AdminPageProps) {
  if (viewerRole !== 'ADMIN') {
    return (
      <>
        <PageHeader title="Admin" />
        <Alert color="gray" variant="light" title="Admins only" data-testid="admins-only">
          Only Byline admins can manage teams and users. Ask an admin if something here needs changing.
        </Alert>
      </>
    );
  }
  return (
    <>
      <PageHeader title="Admin" description="Teams and the people who use Byline." />
      <Stack gap="xl">
        <TeamsSection />
        <UsersSection />
      </Stack>
    </>
  );
}
