import { Anchor, Group, Skeleton, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useDealSuggestions } from '../hooks/useDealSuggestions';
import { scorePoints } from '../suggestion-format';

const PEEK_SIZE = 3;

interface SuggestionPeekProps {
  dealId: string;
}

/** The top suggestions for a deal, a line each. */
export function SuggestionPeek({ dealId }: SuggestionPeekProps) {
  const { suggestions, loading, error } = useDealSuggestions(dealId, PEEK_SIZE);
  if (loading) {
    return <Skeleton h={54} />;
  }
  if (error) {
    return (
      <Text size="xs" c="red.7">
        Could not load suggestions.
      </Text>
    );
  }
  if (suggestions.length === 0) {
    return (
      <Text size="xs" c="dimmed" data-testid="suggestion-peek-empty">
        Nothing in the library fits this deal yet.
      </Text>
    );
  }
  return (
    <Stack gap={4} data-testid="suggestion-peek">
      {suggestions.map(({ asset, score, reasons }) => (
        <Group key={asset.id} gap="xs" wrap="nowrap" justify="space-between">
          <Anchor
            component={Link}
            to={`/assets/${asset.id}`}
            size="sm"
            truncate="end"
            title={reasons.join(' · ')}
            style={{ minWidth: 0 }}
          >
            {asset.title}
          </Anchor>
          <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums', flexShrink: 0 }}>
            {scorePoints(score)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
