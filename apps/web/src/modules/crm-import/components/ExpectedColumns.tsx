import { Code, Group, List, Text } from '@mantine/core';
import type { ImportColumn } from '../import-kinds';

/** The columns a step reads, required ones first, with the other names the server recognises. */
export function ExpectedColumns({ columns }: { columns: readonly ImportColumn[] }) {
  const ordered = [...columns.filter((column) => column.required), ...columns.filter((column) => !column.required)];
  return (
    <List size="sm" spacing={4} listStyleType="none" data-testid="expected-columns">
      {ordered.map((column) => (
        <List.Item key={column.name}>
          <Group gap={6} wrap="wrap">
            <Code fw={600}>{column.name}</Code>
            {column.required ? (
              <Text span size="xs" c="red.7" fw={600}>
                required
              </Text>
            ) : null}
            {column.aliases.length > 0 ? (
              <Text span size="xs" c="dimmed">
                or {column.aliases.join(', ')}
              </Text>
            ) : null}
            {column.note ? (
              <Text span size="xs" c="dimmed" fs="italic">
                — {column.note}
              </Text>
            ) : null}
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
