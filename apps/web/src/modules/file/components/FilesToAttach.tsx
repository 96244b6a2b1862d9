import '@mantine/dropzone/styles.css';
import { ActionIcon, Group, Stack, Text, Title } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { useState } from 'react';
import { formatBytes } from '../../../ui/format';
import { FileIcon, TrashIcon, UploadIcon } from '../../../ui/icons';
import { attachmentFileProblem } from '../file-checks';
import type { FileRow } from '../hooks/useFileUploads';
import { FileRows } from './FileRows';
import classes from './FileDrop.module.css';

interface FilesToAttachProps {
  files: readonly File[];
  onChange: (files: File[]) => void;
  /** Once saving: the files being sent and read. */
  rows: readonly FileRow[];
}

/** Files chosen while writing a new asset: attached right after it is created. */
export function FilesToAttach({ files, onChange, rows }: FilesToAttachProps) {
  const [problems, setProblems] = useState<string[]>([]);

  const add = (dropped: File[]) => {
    const refused = dropped
      .map((file) => attachmentFileProblem(file))
      .filter((problem): problem is string => problem !== null);
    const accepted = dropped.filter((file) => attachmentFileProblem(file) === null);
    setProblems(refused);
    onChange([...files, ...accepted]);
  };

  return (
    <Stack gap="sm" data-testid="files-to-attach">
      <Stack gap={2}>
        <Title order={2} fz="md" id="editor-files-heading">
          Files
        </Title>
        <Text size="xs" c="dimmed">
          The deck, PDF or spreadsheet that goes with it: attached when you save, and documents are read for search.
        </Text>
      </Stack>
      {rows.length > 0 ? (
        <FileRows rows={rows} />
      ) : (
        <>
          <Dropzone onDrop={add} multiple className={classes.dropzone} data-testid="editor-file-dropzone" p="sm">
            <Group justify="center" gap="xs" wrap="nowrap" mih={48} style={{ pointerEvents: 'none' }}>
              <UploadIcon size={18} aria-hidden />
              <Text size="sm">Drop files here or click to choose</Text>
            </Group>
          </Dropzone>
          {problems.map((problem) => (
            <Text key={problem} size="xs" c="red.8" role="alert">
              {problem}
            </Text>
          ))}
          {files.length > 0 ? (
            <Stack component="ul" gap={6} m={0} p={0} style={{ listStyle: 'none' }}>
              {files.map((file, index) => (
                <Group key={`${file.name}-${index}`} component="li" gap="xs" wrap="nowrap">
                  <FileIcon size={16} aria-hidden />
                  <Text size="sm" truncate style={{ flex: 1, minWidth: 0 }}>
                    {file.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatBytes(file.size)}
                  </Text>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Remove ${file.name}`}
                    onClick={() => onChange(files.filter((_, at) => at !== index))}
                  >
                    <TrashIcon size={16} />
                  </ActionIcon>
                </Group>
              ))}
            </Stack>
          ) : null}
        </>
      )}
    </Stack>
  );
}
