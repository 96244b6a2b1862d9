import {
  ActionIcon,
  Badge,
  Button,
  Card,
  FileButton,
  Group,
  Modal,
  Progress,
  Stack,
  Text,
  ThemeIcon,
  Title,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { useState } from 'react';
import type { AttachmentFieldsFragment } from '../../../generated/graphql';
import { formatBytes, formatDate } from '../../../ui/format';
import { DownloadIcon, FileIcon, TrashIcon, UploadIcon } from '../../../ui/icons';
import { notifyError, notifyMessages, notifySuccess } from '../../../ui/notify';
import { ACCEPTED_EXTENSIONS, downloadAttachment } from '../attachment-transfer';
import { useDeleteAttachment } from '../hooks/useDeleteAttachment';
import { useUploadAttachment } from '../hooks/useUploadAttachment';

const ACCEPT = ACCEPTED_EXTENSIONS.map((extension) => `.${extension}`).join(',');

function extensionOf(fileName: string): string {
  return /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toUpperCase() ?? 'FILE';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'Something unexpected went wrong.';
}

interface AttachmentRowProps {
  attachment: AttachmentFieldsFragment;
  canEdit: boolean;
  onDelete: (attachment: AttachmentFieldsFragment) => void;
}

function AttachmentRow({ attachment, canEdit, onDelete }: AttachmentRowProps) {
  const [downloading, setDownloading] = useState(false);
  const download = async () => {
    setDownloading(true);
    try {
      await downloadAttachment(attachment);
    } catch (error) {
      notifyMessages([messageOf(error)], `Could not download ${attachment.fileName}`);
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Group component="li" gap="sm" wrap="nowrap" data-testid="attachment-row">
      <ThemeIcon variant="light" color="gray" size={38} radius="md" aria-hidden>
        <FileIcon size={18} />
      </ThemeIcon>
      <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
        <UnstyledButton onClick={() => void download()} title={`Download ${attachment.fileName}`}>
          <Text size="sm" fw={600} truncate c="indigo.7">
            {attachment.fileName}
          </Text>
        </UnstyledButton>
        <Text size="xs" c="dimmed" truncate>
          {[
            extensionOf(attachment.fileName),
            formatBytes(attachment.sizeBytes),
            attachment.uploadedBy ? `added by ${attachment.uploadedBy.name}` : null,
            formatDate(attachment.createdAt),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Stack>
      <Tooltip label="Download" withArrow>
        <ActionIcon
          variant="subtle"
          color="gray"
          loading={downloading}
          onClick={() => void download()}
          aria-label={`Download ${attachment.fileName}`}
        >
          <DownloadIcon />
        </ActionIcon>
      </Tooltip>
      {canEdit ? (
        <Tooltip label="Delete" withArrow>
          <ActionIcon
            variant="subtle"
            color="red"
            onClick={() => onDelete(attachment)}
            aria-label={`Delete ${attachment.fileName}`}
          >
            <TrashIcon />
          </ActionIcon>
        </Tooltip>
      ) : null}
    </Group>
  );
}

interface AttachmentsSectionProps {
  assetId: string;
  attachments: readonly AttachmentFieldsFragment[];
  /** The asset's authors and admins may add and delete files. */
  canEdit: boolean;
}

export function AttachmentsSection({ assetId, attachments, canEdit }: AttachmentsSectionProps) {
  const { upload, start, cancel } = useUploadAttachment(assetId);
  const { deleteAttachment, loading: deleting } = useDeleteAttachment();
  const [toDelete, setToDelete] = useState<AttachmentFieldsFragment | null>(null);

  const handleFile = async (file: File | null) => {
    if (!file) {
      return;
    }
    try {
      await start(file);
      notifySuccess(`${file.name} is attached.`);
    } catch (error) {
      notifyMessages([messageOf(error)], `Could not attach ${file.name}`);
    }
  };

  const confirmDelete = async () => {
    if (!toDelete) {
      return;
    }
    try {
      await deleteAttachment(toDelete.id);
      notifySuccess(`${toDelete.fileName} was deleted.`);
      setToDelete(null);
    } catch (error) {
      notifyError(error, `Could not delete ${toDelete.fileName}`);
    }
  };

  return (
    <Card component="section" aria-labelledby="attachments-heading" data-testid="attachments">
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Group gap="xs">
            <Title order={2} fz="lg" id="attachments-heading">
              Attachments
            </Title>
            <Badge variant="light" color="gray" radius="sm">
              {attachments.length}
            </Badge>
          </Group>
          {canEdit ? (
            <FileButton onChange={(file) => void handleFile(file)} accept={ACCEPT} disabled={upload !== null}>
              {(props) => (
                <Button {...props} variant="default" size="xs" leftSection={<UploadIcon size={14} />}>
                  Upload file
                </Button>
              )}
            </FileButton>
          ) : null}
        </Group>

        {upload ? (
          <Stack gap={6} data-testid="upload-progress" aria-live="polite">
            <Group justify="space-between" gap="xs">
              <Text size="sm" truncate>
                Uploading {upload.fileName}… {Math.round(upload.progress * 100)}%
              </Text>
              <Button size="compact-xs" variant="subtle" color="gray" onClick={cancel}>
                Cancel
              </Button>
            </Group>
            <Progress value={upload.progress * 100} size="sm" radius="xl" animated={upload.progress >= 1} />
          </Stack>
        ) : null}

        {attachments.length === 0 && !upload ? (
          <Text size="sm" c="dimmed">
            {canEdit
              ? `No files yet. Attach the deck, PDF or spreadsheet that goes with this asset (${ACCEPTED_EXTENSIONS.join(', ')}).`
              : 'No files attached.'}
          </Text>
        ) : (
          <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {attachments.map((attachment) => (
              <AttachmentRow key={attachment.id} attachment={attachment} canEdit={canEdit} onDelete={setToDelete} />
            ))}
          </Stack>
        )}
      </Stack>

      <Modal opened={toDelete !== null} onClose={() => setToDelete(null)} title="Delete attachment?" centered>
        <Stack gap="md">
          <Text size="sm">
            <b>{toDelete?.fileName}</b> will be removed from this asset for everyone. This cannot be undone.
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setToDelete(null)}>
              Keep it
            </Button>
            <Button color="red" loading={deleting} onClick={() => void confirmDelete()}>
              Delete
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
