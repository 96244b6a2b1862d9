import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatDateTime, formatRelative } from '../../../ui/format';
import { VERSION_CHANGE_LABELS } from '../asset-labels';
import type { AssetDetail } from '../hooks/useAsset';
import { AssetVersionDrawer } from './AssetVersionDrawer';
import { usePhoneLayout } from '../../../ui/usePhoneLayout';
import keyColumns from '../../../ui/KeyColumns.module.css';

interface AssetVersionsSectionProps {
  assetId: string;
  currentVersion: number;
  versions: AssetDetail['versions'];
}

export function AssetVersionsSection({ assetId, currentVersion, versions }: AssetVersionsSectionProps) {
  const phone = usePhoneLayout();
  const [shownVersion, setShownVersion] = useState<number | null>(null);

  return (
    <Card component="section" aria-labelledby="versions-heading">
      <Stack gap="sm">
        <Group gap="xs">
          <Title order={2} fz="lg" id="versions-heading">
            Versions
          </Title>
          <Badge variant="light" color="gray" radius="sm">
            {versions.length}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          Every edit is kept as a numbered version with the authors of that moment.
        </Text>
        <Table.ScrollContainer minWidth={phone ? 0 : 520}>
          <Table className={`${keyColumns.wrap} ${keyColumns.hide3} ${keyColumns.hide4}`} aria-label="Versions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={150}>Version</Table.Th>
                <Table.Th>Change</Table.Th>
                <Table.Th>By</Table.Th>
                <Table.Th>When</Table.Th>
                <Table.Th w={80} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {versions.map((version) => (
                <Table.Tr key={version.version} data-testid="version-row">
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={600}>
                        v{version.version}
                      </Text>
                      {version.version === currentVersion ? (
                        <Badge size="xs" radius="sm" variant="light" color="teal">
                          Current
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>{VERSION_CHANGE_LABELS[version.change]}</Table.Td>
                  <Table.Td>{version.editedBy?.name ?? '—'}</Table.Td>
                  <Table.Td>
                    <Text size="sm" title={formatDateTime(version.createdAt)}>
                      {formatRelative(version.createdAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={() => setShownVersion(version.version)}
                      aria-label={`View version ${version.version}`}
                    >
                      View
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
      <AssetVersionDrawer
        assetId={assetId}
        version={shownVersion}
        currentVersion={currentVersion}
        onClose={() => setShownVersion(null)}
      />
    </Card>
  );
}
