import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ImportStepCard } from '../modules/crm-import/components/ImportStepCard';
import { useForgetImportedData } from '../modules/crm-import/hooks/useForgetImportedData';
import { IMPORT_KINDS, mayImport, mayOpenImports } from '../modules/crm-import/import-kinds';
import type { ImportPermissions } from '../modules/crm-import/import-kinds';
import { PageHeader } from '../ui/PageHeader';

interface ImportPageProps {
  viewerCan: ImportPermissions;
}

export function ImportPage({ viewerCan }: ImportPageProps) {
  const forgetImportedData = useForgetImportedData();

  if (!mayOpenImports(viewerCan)) {
    return (
      <>
        <PageHeader title="Import from your CRM" />
        <Alert color="gray" variant="light" title="Admins and managers only" data-testid="imports-not-allowed">
          Admins import accounts, teams and deals; managers import deals. Ask one of them if the pipeline looks out of
          date.
        </Alert>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="Import from your CRM"
        description="Bring accounts, people and deals in from CSV exports, in this order: deals take their industry from their account and their team from their owner. Re-importing a file is safe: records are matched and only what changed is written."
      />
      <Stack gap="lg" maw={1080}>
        {IMPORT_KINDS.map((info) => (
          <ImportStepCard
            key={info.kind}
            info={info}
            allowed={mayImport(viewerCan, info)}
            onImported={forgetImportedData}
          />
        ))}
        <Text size="sm" c="dimmed">
          Imported deals show up in the{' '}
          <Anchor component={Link} to="/deals" inherit>
            pipeline
          </Anchor>{' '}
          and on the{' '}
          <Anchor component={Link} to="/win-loss" inherit>
            win/loss dashboard
          </Anchor>
          .
        </Text>
      </Stack>
    </>
  );
}
