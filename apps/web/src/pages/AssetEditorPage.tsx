import { Alert, Button, Divider, Skeleton, Stack } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Viewer } from '../modules/auth/hooks/useViewer';
import { adaptationValuesOf, assetValuesOf, emptyAssetValues } from '../modules/asset/asset-form';
import type { AssetEditorMode } from '../modules/asset/asset-form';
import { AssetEditorForm } from '../modules/asset/components/AssetEditorForm';
import { useAsset } from '../modules/asset/hooks/useAsset';
import { DraftsFromFiles } from '../modules/file/components/DraftsFromFiles';
import { SimilarityPrompt } from '../modules/similarity/components/SimilarityPrompt';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeader } from '../ui/PageHeader';
import { AssetNotFound } from './AssetPage';

interface AssetEditorPageProps {
  mode: AssetEditorMode;
  viewer: Viewer;
}

function EditorSkeleton() {
  return (
    <Stack gap="md" aria-busy="true">
      <Skeleton h={34} w="40%" />
      <Skeleton h={480} />
    </Stack>
  );
}

/** /assets/new, /assets/:id/edit and /assets/:id/adapt. */
export function AssetEditorPage({ mode, viewer }: AssetEditorPageProps) {
  const { id } = useParams<{ id: string }>();
  const { asset, loading, notFound, error, refetch } = useAsset(mode === 'create' ? undefined : id, {
    // The editor starts from the server's newest version, never from a cached one.
    fresh: true,
  });
  // Bumped to start the form again from the latest version after an edit conflict.
  const [generation, setGeneration] = useState(0);

  if (mode === 'create') {
    return (
      <>
        <PageHeader
          title="New asset"
          description="Share what works. You are credited every time someone reuses or adapts it."
        />
        <Stack gap="lg">
          <DraftsFromFiles teamName={viewer.team?.name ?? null} />
          <Divider label="or write it yourself" labelPosition="center" />
          <AssetEditorForm
            mode="create"
            initialValues={emptyAssetValues(viewer)}
            source={null}
            mayAddTerms={viewer.viewerCan.addTaxonomyTerms}
            teamName={viewer.team?.name ?? null}
          />
        </Stack>
      </>
    );
  }

  if (notFound) {
    return <AssetNotFound />;
  }
  if (!asset) {
    return loading ? (
      <EditorSkeleton />
    ) : (
      <ErrorNotice error={error} title="Could not load this asset" onRetry={() => void refetch()} />
    );
  }

  const allowed = mode === 'edit' ? asset.viewerCan.edit : asset.viewerCan.adapt;
  if (!allowed) {
    return (
      <>
        <PageHeader title={mode === 'edit' ? 'Edit asset' : 'Adapt asset'} />
        <Alert color="gray" variant="light" title={mode === 'edit' ? 'Only its authors can edit it' : 'Not yet'}>
          <Stack gap="sm" align="flex-start">
            {mode === 'edit'
              ? 'Only the authors of this asset (or an admin) can change it. You can adapt it into your own version instead.'
              : 'Only a published asset can be adapted.'}
            <Button component={Link} to={`/assets/${asset.id}`} variant="default" size="xs">
              Back to the asset
            </Button>
          </Stack>
        </Alert>
      </>
    );
  }

  if (mode === 'adapt') {
    return (
      <>
        <PageHeader
          title="Adapt asset"
          description={`Start from “${asset.title}” and make it fit your deals. Its authors are credited when you publish your adaptation.`}
        />
        <AssetEditorForm
          mode="adapt"
          initialValues={adaptationValuesOf(asset, viewer)}
          source={asset}
          mayAddTerms={viewer.viewerCan.addTaxonomyTerms}
          teamName={viewer.team?.name ?? null}
        />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="Edit asset"
        description={`“${asset.title}”, version ${asset.version}. Saving makes version ${asset.version + 1}.`}
      />
      <Stack gap="lg">
        <SimilarityPrompt
          asset={asset}
          viewerId={viewer.id}
          // Adapting makes a new version (the authors change): the form starts again from it, so saving does not clash.
          onAdapted={() => setGeneration((current) => current + 1)}
          adaptedNote="The form now shows the version this made."
        />
        <AssetEditorForm
          key={`${asset.id}:${generation}`}
          mode="edit"
          initialValues={assetValuesOf(asset)}
          source={asset}
          mayAddTerms={viewer.viewerCan.addTaxonomyTerms}
          teamName={asset.team?.name ?? null}
          onReloadLatest={async () => {
            await refetch();
            setGeneration((current) => current + 1);
          }}
        />
      </Stack>
    </>
  );
}
