import { Alert, Badge, Divider, Drawer, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { formatDateTime } from '../../../ui/format';
import { AUTHOR_ROLE_LABELS } from '../../authorship/authorship-labels';
import { AuthorShareBar } from '../../authorship/components/AuthorShareBar';
import { JOURNEY_PHASE_LABELS, VERSION_CHANGE_LABELS, VISIBILITY_LABELS } from '../asset-labels';
import { useAssetVersion } from '../hooks/useAssetVersion';
import { AssetKindBadge } from './AssetBadges';
import { MarkdownBody } from './MarkdownBody';

interface AssetVersionDrawerProps {
  assetId: string;
  /** The version to show; null keeps the drawer closed. */
  version: number | null;
  currentVersion: number;
  onClose: () => void;
}

/** An earlier (or the current) version of an asset exactly as it was saved, read-only. */
export function AssetVersionDrawer({ assetId, version, currentVersion, onClose }: AssetVersionDrawerProps) {
  const { assetVersion, loading, error, refetch } = useAssetVersion(assetId, version);
  const chips = assetVersion
    ? [
        ...assetVersion.industries,
        ...assetVersion.buyerRoles,
        ...assetVersion.journeyPhases.map((phase) => JOURNEY_PHASE_LABELS[phase]),
        ...assetVersion.products,
        ...assetVersion.tags.map((tag) => `#${tag}`),
      ]
    : [];

  return (
    <Drawer
      opened={version !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={
        <Group gap="xs">
          <Text fw={650}>Version {version}</Text>
          {version === currentVersion ? (
            <Badge size="sm" radius="sm" variant="light" color="teal">
              Current
            </Badge>
          ) : null}
        </Group>
      }
    >
      {loading ? (
        <Group justify="center" py="xl">
          <Loader size="sm" />
        </Group>
      ) : null}
      {error ? <ErrorNotice error={error} title="Could not load this version" onRetry={() => void refetch()} /> : null}
      {assetVersion ? (
        <Stack gap="md" data-testid="version-view">
          {version !== currentVersion ? (
            <Alert variant="light" color="gray">
              You are looking at an earlier version. The asset has changed since.
            </Alert>
          ) : null}
          <Text size="sm" c="dimmed">
            {VERSION_CHANGE_LABELS[assetVersion.change]} by {assetVersion.editedBy?.name ?? 'someone'} on{' '}
            {formatDateTime(assetVersion.createdAt)}
          </Text>
          <Group gap={6}>
            <AssetKindBadge kind={assetVersion.kind} />
            <Badge color="gray" variant="outline" radius="sm">
              {VISIBILITY_LABELS[assetVersion.visibility]}
            </Badge>
          </Group>
          <Title order={2} fz={22}>
            {assetVersion.title}
          </Title>
          {assetVersion.summary ? <Text c="dimmed">{assetVersion.summary}</Text> : null}
          <Stack gap={6}>
            <AuthorShareBar authors={assetVersion.authors} size={8} />
            <Text size="xs" c="dimmed">
              {assetVersion.authors
                .map((author) => `${author.user.name} (${AUTHOR_ROLE_LABELS[author.role]}, ${author.share}%)`)
                .join(' · ')}
            </Text>
          </Stack>
          {chips.length > 0 ? (
            <Group gap={6}>
              {chips.map((chip) => (
                <Badge key={chip} variant="default" radius="sm" tt="none" fw={500}>
                  {chip}
                </Badge>
              ))}
            </Group>
          ) : null}
          <Divider />
          <MarkdownBody>{assetVersion.body}</MarkdownBody>
        </Stack>
      ) : null}
    </Drawer>
  );
}
