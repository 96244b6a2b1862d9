import '@mantine/dropzone/styles.css';
import { Card, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { AssetKind, Visibility } from '../../../generated/graphql';
import { UploadIcon } from '../../../ui/icons';
import {
  ASSET_KINDS,
  ASSET_KIND_LABELS,
  VISIBILITIES,
  VISIBILITY_LABELS,
  isAssetKind,
  isVisibility,
} from '../../asset/asset-labels';
import { useFileUploads } from '../hooks/useFileUploads';
import { FileRows } from './FileRows';
import classes from './FileDrop.module.css';

interface DraftsFromFilesProps {
  /** The viewer's team: without one, a team-only draft is not offered. */
  teamName: string | null;
}

/**
 * Drop documents to make a draft of each: the server proposes its title, summary and body from the file. With one
 * file, its draft's editor opens once the file is read.
 */
export function DraftsFromFiles({ teamName }: DraftsFromFilesProps) {
  const navigate = useNavigate();
  const { rows, sendAsDrafts } = useFileUploads();
  const [kind, setKind] = useState<AssetKind>('BEST_PRACTICE');
  const [visibility, setVisibility] = useState<Visibility>('ORG');
  // The one file of the last drop, whose editor opens when it is ready.
  const [single, setSingle] = useState<string | null>(null);

  const singleRow = rows.find((row) => row.key === single);
  useEffect(() => {
    if (singleRow?.phase === 'ready' && singleRow.assetId) {
      void navigate(`/assets/${singleRow.assetId}/edit`);
    }
  }, [singleRow?.phase, singleRow?.assetId, navigate]);

  const drop = (files: File[]) => {
    if (files.length === 0) {
      return;
    }
    const added = sendAsDrafts(files, { kind, visibility });
    setSingle(added.length === 1 && added[0]?.phase !== 'failed' ? (added[0]?.key ?? null) : null);
  };

  return (
    <Card component="section" aria-labelledby="drafts-from-files-heading" data-testid="drafts-from-files">
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} fz="md" id="drafts-from-files-heading">
            Start from files
          </Title>
          <Text size="xs" c="dimmed">
            Byline reads each file and proposes its title, summary and text; you review the draft before publishing.
          </Text>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label="Kind of the drafts"
            data={ASSET_KINDS.map((value) => ({ value, label: ASSET_KIND_LABELS[value] }))}
            value={kind}
            allowDeselect={false}
            onChange={(value) => {
              if (isAssetKind(value)) {
                setKind(value);
              }
            }}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label="Who can see them once published"
            data={VISIBILITIES.map((value) => ({
              value,
              label: VISIBILITY_LABELS[value],
              disabled: value === 'TEAM' && !teamName,
            }))}
            value={visibility}
            allowDeselect={false}
            onChange={(value) => {
              if (isVisibility(value)) {
                setVisibility(value);
              }
            }}
            comboboxProps={{ withinPortal: true }}
          />
        </SimpleGrid>
        {/* Every file is let through: the browser's and the server's checks name the file they refuse. */}
        <Dropzone onDrop={drop} multiple className={classes.dropzone} data-testid="file-dropzone">
          <Group justify="center" gap="md" wrap="nowrap" mih={88} style={{ pointerEvents: 'none' }}>
            <UploadIcon size={28} aria-hidden />
            <Stack gap={2}>
              <Text fw={600}>Drop PDF, PPTX, DOCX or XLSX files — each becomes a draft</Text>
              <Text size="xs" c="dimmed">
                Or click to choose them. Up to 25 MB each.
              </Text>
            </Stack>
          </Group>
        </Dropzone>
        <FileRows rows={rows} linkDrafts />
      </Stack>
    </Card>
  );
}
