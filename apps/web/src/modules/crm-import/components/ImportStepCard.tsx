import { Alert, Badge, Button, Card, Collapse, Group, Progress, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { formatBytes } from '../../../ui/format';
import { CheckIcon, FileIcon } from '../../../ui/icons';
import { useImportUpload } from '../hooks/useImportUpload';
import type { ImportState } from '../hooks/useImportUpload';
import type { ImportKindInfo } from '../import-kinds';
import type { ImportResult } from '../import-upload';
import { ExpectedColumns } from './ExpectedColumns';
import { FileDropZone } from './FileDropZone';
import { ImportErrorsTable } from './ImportErrorsTable';
import { ImportResultSummary } from './ImportResultSummary';

interface ImportStepCardProps {
  info: ImportKindInfo;
  /** False when the viewer's role may not run this import. */
  allowed: boolean;
  onImported?: (result: ImportResult) => void;
}

function progressOf(state: ImportState): { value: number; label: string } | null {
  switch (state.status) {
    case 'uploading': {
      const value = state.total > 0 ? Math.min(100, Math.round((state.sent / state.total) * 100)) : 0;
      return { value, label: `Uploading… ${value}% (${formatBytes(state.sent)} of ${formatBytes(state.total)})` };
    }
    case 'processing':
      return { value: 100, label: `Uploaded ${formatBytes(state.file.size)}. Processing the rows…` };
    case 'done':
      return { value: 100, label: `Done: ${state.result.rows.toLocaleString()} rows read.` };
    default:
      return null;
  }
}

/** One step of the import: what the file should hold, the upload with its progress, and what the server did. */
export function ImportStepCard({ info, allowed, onImported }: ImportStepCardProps) {
  const { state, start, cancel, reset } = useImportUpload(info.kind, onImported);
  const [columnsOpen, columns] = useDisclosure(false);
  const progress = progressOf(state);
  const busy = state.status === 'uploading' || state.status === 'processing';
  const file = state.status === 'idle' ? null : state.file;
  const headingId = `import-${info.kind}-heading`;

  return (
    <Card component="section" aria-labelledby={headingId} data-testid={`import-step-${info.kind}`}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
          <Group gap="sm" align="flex-start" wrap="nowrap">
            <ThemeIcon
              size={30}
              radius="xl"
              variant={state.status === 'done' ? 'filled' : 'light'}
              color={state.status === 'done' ? 'teal' : 'indigo'}
              aria-hidden
            >
              {state.status === 'done' ? <CheckIcon size={16} /> : <Text fw={700}>{info.step}</Text>}
            </ThemeIcon>
            <Stack gap={4}>
              <Title order={2} fz="lg" id={headingId}>
                {info.title}
              </Title>
              <Text size="sm" c="dimmed" maw={720}>
                {info.description} From Maven CRM: <code>{info.exampleFile}</code>.
              </Text>
            </Stack>
          </Group>
          <Button variant="subtle" size="compact-sm" onClick={columns.toggle} aria-expanded={columnsOpen}>
            {columnsOpen ? 'Hide columns' : 'Expected columns'}
          </Button>
        </Group>

        <Collapse expanded={columnsOpen}>
          <Stack gap={6} pl={42}>
            <Text size="xs" c="dimmed">
              Column names are matched in any case, ignoring spaces and punctuation; other columns are ignored. The
              first line must be the header.
            </Text>
            <ExpectedColumns columns={info.columns} />
          </Stack>
        </Collapse>

        {!allowed ? (
          <Alert color="gray" variant="light" data-testid="import-not-allowed">
            Only admins import {info.title.toLowerCase()}. Managers may import deals.
          </Alert>
        ) : state.status === 'idle' || state.status === 'failed' ? (
          <FileDropZone
            label={`Choose a file: ${info.title.toLowerCase()} CSV`}
            onFile={start}
            data-testid={`import-drop-${info.kind}`}
          />
        ) : null}

        {file ? (
          <Group gap="xs" wrap="nowrap">
            <FileIcon size={16} color="var(--mantine-color-gray-6)" />
            <Text size="sm" fw={500} truncate data-testid="import-file-name">
              {file.name}
            </Text>
            <Text size="xs" c="dimmed">
              {formatBytes(file.size)}
            </Text>
          </Group>
        ) : null}

        {progress ? (
          <Stack gap={6}>
            <Progress
              value={progress.value}
              size="lg"
              radius="xl"
              color={state.status === 'done' ? 'teal' : 'indigo'}
              striped={state.status === 'processing'}
              animated={state.status === 'processing'}
              transitionDuration={150}
              aria-label={`${info.title} import progress`}
              data-testid="import-progress"
              data-state={state.status}
            />
            <Group justify="space-between" gap="xs">
              <Text size="xs" c="dimmed" aria-live="polite" data-testid="import-progress-label">
                {progress.label}
              </Text>
              {state.status === 'uploading' ? (
                <Button variant="subtle" color="red" size="compact-xs" onClick={cancel}>
                  Cancel
                </Button>
              ) : null}
              {state.status === 'processing' ? (
                <Badge variant="light" color="indigo" size="sm">
                  Processing
                </Badge>
              ) : null}
            </Group>
          </Stack>
        ) : null}

        {state.status === 'failed' ? (
          <Alert color="red" variant="light" title="Nothing was imported" role="alert" data-testid="import-failed">
            {state.message}
          </Alert>
        ) : null}

        {state.status === 'done' ? (
          <Stack gap="md">
            <ImportResultSummary result={state.result} />
            {state.result.errors.length > 0 ? (
              <ImportErrorsTable kind={info.kind} fileName={state.file.name} result={state.result} />
            ) : (
              <Text size="sm" c="teal" data-testid="import-no-errors">
                Every row was imported.
              </Text>
            )}
            <Group>
              <Button variant="default" size="sm" onClick={reset} disabled={busy}>
                Import another file
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
