import { Group, Paper, SimpleGrid, Text } from '@mantine/core';
import type { ImportResult } from '../import-upload';

const STATS = [
  { key: 'rows', label: 'Rows read', color: undefined },
  { key: 'created', label: 'Created', color: 'teal' },
  { key: 'updated', label: 'Updated', color: 'indigo.7' },
  { key: 'unchanged', label: 'Unchanged', color: 'gray.7' },
  { key: 'skipped', label: 'Skipped', color: 'red' },
] as const;

export function ImportResultSummary({ result }: { result: ImportResult }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm" data-testid="import-result">
      {STATS.map(({ key, label, color }) => (
        <Paper key={key} withBorder p="sm" radius="md" data-testid={`import-${key}`}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.03em' }}>
            {label}
          </Text>
          <Group gap={4} align="baseline">
            <Text
              fz={22}
              fw={650}
              c={key === 'skipped' && result.skipped === 0 ? 'gray.7' : color}
              style={{ fontVariantNumeric: 'tabular-nums' }}
              data-testid="import-count"
            >
              {result[key].toLocaleString()}
            </Text>
          </Group>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
