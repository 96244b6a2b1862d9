import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { BranchIcon } from '../../../ui/icons';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { AuthorsModal } from '../../authorship/components/AuthorsModal';
import type { AssetDetail } from '../hooks/useAsset';
import { useArchiveAsset } from '../hooks/useArchiveAsset';
import { usePublishAsset } from '../hooks/usePublishAsset';

interface AssetActionsProps {
  asset: AssetDetail;
}

/** What the viewer may do with the asset, exactly as `viewerCan` allows. */
export function AssetActions({ asset }: AssetActionsProps) {
  const { viewerCan } = asset;
  const { publishAsset, loading: publishing } = usePublishAsset();
  const { archiveAsset, loading: archiving } = useArchiveAsset();
  const [authorsOpen, setAuthorsOpen] = useState(false);
  const [archiveOpen, setArchiveOpen] = useState(false);

  const publish = async () => {
    try {
      await publishAsset(asset.id);
      notifySuccess(
        asset.status === 'ARCHIVED' ? 'The asset is published again.' : 'Published. Its authors are credited.',
      );
    } catch (error) {
      notifyError(error, 'Could not publish');
    }
  };

  const archive = async () => {
    try {
      await archiveAsset(asset.id);
      setArchiveOpen(false);
      notifySuccess('Archived. It stays readable and credited, but no longer shows in search and feeds.');
    } catch (error) {
      notifyError(error, 'Could not archive');
    }
  };

  return (
    <Group gap="xs" wrap="wrap" data-testid="asset-actions">
      {viewerCan.publish ? (
        <Button onClick={() => void publish()} loading={publishing}>
          {asset.status === 'ARCHIVED' ? 'Publish again' : 'Publish'}
        </Button>
      ) : null}
      {viewerCan.edit ? (
        <Button component={Link} to={`/assets/${asset.id}/edit`} variant="default">
          Edit
        </Button>
      ) : null}
      {viewerCan.adapt ? (
        <Button
          component={Link}
          to={`/assets/${asset.id}/adapt`}
          variant={viewerCan.edit ? 'default' : 'filled'}
          leftSection={<BranchIcon />}
        >
          Adapt
        </Button>
      ) : null}
      {viewerCan.setAuthors ? (
        <Button variant="default" onClick={() => setAuthorsOpen(true)}>
          Authors
        </Button>
      ) : null}
      {viewerCan.archive ? (
        <Button variant="subtle" color="gray" onClick={() => setArchiveOpen(true)}>
          Archive
        </Button>
      ) : null}

      {authorsOpen ? (
        <AuthorsModal
          assetId={asset.id}
          authors={asset.authors}
          adaptation={asset.ancestry.length > 0 || asset.authors.some((author) => author.role === 'ADAPTER')}
          onClose={() => setAuthorsOpen(false)}
        />
      ) : null}

      <Modal opened={archiveOpen} onClose={() => setArchiveOpen(false)} title="Archive this asset?" centered>
        <Stack gap="md">
          <Text size="sm">
            It leaves search, the library and feeds. Anyone with the link can still read it, and its authors keep the
            credit they earned. You can publish it again later.
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setArchiveOpen(false)}>
              Cancel
            </Button>
            <Button color="red" loading={archiving} onClick={() => void archive()}>
              Archive
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}
