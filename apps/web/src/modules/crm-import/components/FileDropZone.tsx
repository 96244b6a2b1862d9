import { Button, FileButton, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { DragEvent } from 'react';
import { UploadIcon } from '../../../ui/icons';

interface FileDropZoneProps {
  label: string;
  disabled?: boolean;
  onFile: (file: File) => void;
  'data-testid'?: string;
}

/** Drop a CSV on it, or pick one with the button. */
export function FileDropZone({ label, disabled = false, onFile, 'data-testid': testId }: FileDropZoneProps) {
  const [over, setOver] = useState(false);

  const accepts = (event: DragEvent) => !disabled && [...event.dataTransfer.types].includes('Files');

  return (
    <Paper
      data-testid={testId}
      data-dragging={over || undefined}
      p="lg"
      radius="md"
      onDragEnter={(event) => {
        if (accepts(event)) {
          event.preventDefault();
          setOver(true);
        }
      }}
      onDragOver={(event) => {
        if (accepts(event)) {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
        }
      }}
      onDragLeave={(event) => {
        // Leaving for a child element is not leaving the zone.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) {
          setOver(false);
        }
      }}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer.files[0];
        if (file && !disabled) {
          onFile(file);
        }
      }}
      style={{
        border: `1.5px dashed var(--mantine-color-${over ? 'indigo-5' : 'gray-4'})`,
        background: over ? 'var(--mantine-color-indigo-0)' : 'var(--mantine-color-gray-0)',
        opacity: disabled ? 0.6 : 1,
        transition: 'background 120ms ease, border-color 120ms ease',
      }}
    >
      <Group justify="center" gap="md" wrap="wrap">
        <UploadIcon size={22} color="var(--mantine-color-gray-6)" />
        <Stack gap={0} align="flex-start">
          <Text size="sm" fw={500}>
            Drop a CSV file here
          </Text>
          <Text size="xs" c="dimmed">
            up to 25 MB
          </Text>
        </Stack>
        <FileButton onChange={(file) => file && onFile(file)} accept=".csv,text/csv" disabled={disabled}>
          {(props) => (
            <Button {...props} variant="default" size="sm" disabled={disabled} aria-label={label}>
              Choose a file
            </Button>
          )}
        </FileButton>
      </Group>
    </Paper>
  );
}
