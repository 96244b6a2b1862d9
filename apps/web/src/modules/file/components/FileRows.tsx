import { Anchor, Group, Progress, Stack, Text, ThemeIcon } from '@mantine/core';
import { Link } from 'react-router';
import { CheckIcon, FileIcon, XIcon } from '../../../ui/icons';
import { readingLabel } from '../file-checks';
import type { FileRow } from '../hooks/useFileUploads';

interface FileRowsProps {
  rows: readonly FileRow[];
  /** Drafts link to their editor once read; attachments need no link (their asset's page shows them). */
  linkDrafts?: boolean;
}

function kindOf(fileName: string): string {
  return /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toUpperCase() ?? '';
}

function RowStatus({ row, linkDrafts }: { row: FileRow; linkDrafts: boolean }) {
  switch (row.phase) {
    case 'uploading': {
      const percent = Math.round(row.progress * 100);
      return (
        <>
          <Text size="xs" c="dimmed">
            Uploading… {percent}%
          </Text>
          <Progress value={percent} size="sm" radius="xl" aria-label={`Uploading ${row.fileName}`} />
        </>
      );
    }
    case 'reading':
      return (
        <>
          <Text size="xs" c="dimmed">
            {readingLabel(row.pageLabel, kindOf(row.fileName))} {row.progress}%
          </Text>
          <Progress
            value={Math.max(row.progress, 3)}
            size="sm"
            radius="xl"
            color="teal"
            animated
            aria-label={`Reading ${row.fileName}`}
          />
        </>
      );
    case 'ready':
      return (
        <Text size="xs" c="teal.9">
          Ready
          {linkDrafts && row.assetId ? (
            <>
              {' — '}
              <Anchor component={Link} to={`/assets/${row.assetId}/edit`} size="xs" fw={600}>
                Review and publish
              </Anchor>
            </>
          ) : null}
        </Text>
      );
    case 'failed':
      return (
        <Text size="xs" c="red.8" data-testid="file-row-error">
          {row.message}
        </Text>
      );
  }
}

/** The files being sent and read, one row each, announced politely to screen readers as they move on. */
export function FileRows({ rows, linkDrafts = false }: FileRowsProps) {
  if (rows.length === 0) {
    return null;
  }
  return (
    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-live="polite" data-testid="file-rows">
      {rows.map((row) => (
        <Group
          key={row.key}
          component="li"
          gap="sm"
          wrap="nowrap"
          align="flex-start"
          data-testid="file-row"
          data-phase={row.phase}
          aria-label={row.fileName}
        >
          <ThemeIcon
            variant="light"
            color={row.phase === 'failed' ? 'red' : row.phase === 'ready' ? 'teal' : 'gray'}
            size={32}
            radius="md"
            aria-hidden
          >
            {row.phase === 'failed' ? (
              <XIcon size={16} />
            ) : row.phase === 'ready' ? (
              <CheckIcon size={16} />
            ) : (
              <FileIcon size={16} />
            )}
          </ThemeIcon>
          <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
            <Text size="sm" fw={600} truncate>
              {row.fileName}
            </Text>
            <RowStatus row={row} linkDrafts={linkDrafts} />
          </Stack>
        </Group>
      ))}
    </Stack>
  );
}
