import { Anchor, Badge, Card, Group, Progress, Skeleton, Stack, Text, Title, Tooltip } from '@mantine/core';
import { Link } from 'react-router';
import { PersonLinks } from '../../people/components/PersonLinks';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { AssetKindBadge } from '../../asset/components/AssetBadges';
import { OutOfDateBadge } from '../../verification/components/OutOfDateBadge';
import { useDealSuggestions } from '../hooks/useDealSuggestions';
import type { DealSuggestion } from '../hooks/useDealSuggestions';
import { scorePoints } from '../suggestion-format';

const SHOWN = 8;

interface DealSuggestionsProps {
  dealId: string;
}

function SuggestionRow({ suggestion, rank }: { suggestion: DealSuggestion; rank: number }) {
  const { asset, score, reasons } = suggestion;
  const points = scorePoints(score);
  return (
    <Card padding="md" component="li" data-testid="suggestion" aria-label={asset.title} withBorder shadow="none">
      <Group align="flex-start" wrap="nowrap" gap="md">
        <Text fw={700} c="dimmed" w={22} ta="right" mt={2} aria-hidden>
          {rank}
        </Text>
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
            <Stack gap={4} style={{ minWidth: 0 }}>
              <Anchor component={Link} to={`/assets/${asset.id}`} fw={650} lh={1.3} data-testid="suggestion-title">
                {asset.title}
              </Anchor>
              <Group gap={6}>
                <AssetKindBadge kind={asset.kind} size="xs" />
                <OutOfDateBadge outOfDate={asset.outOfDate} size="xs" />
                <Text size="xs" c="dimmed">
                  <PersonLinks people={asset.authors.map((author) => author.user)} />
                </Text>
              </Group>
            </Stack>
            <Tooltip label="How well it fits this deal, out of 100" withArrow>
              <Stack gap={2} align="flex-end" miw={72}>
                <Text
                  fw={700}
                  fz="lg"
                  lh={1}
                  data-testid="suggestion-score"
                  style={{ fontVariantNumeric: 'tabular-nums' }}
                >
                  {points}
                </Text>
                <Progress value={points} size="sm" w={64} color="indigo" aria-label={`Fit ${points} out of 100`} />
              </Stack>
            </Tooltip>
          </Group>
          {asset.summary ? (
            <Text size="sm" c="dark.3" lineClamp={2}>
              {asset.summary}
            </Text>
          ) : null}
          {reasons.length > 0 ? (
            <Group gap={6} data-testid="suggestion-reasons" aria-label="Why it fits">
              {reasons.map((reason) => (
                <Badge
                  key={reason}
                  variant="default"
                  radius="sm"
                  size="sm"
                  tt="none"
                  fw={500}
                  c="dark.5"
                  data-testid="suggestion-reason"
                >
                  {reason}
                </Badge>
              ))}
            </Group>
          ) : null}
        </Stack>
      </Group>
    </Card>
  );
}

/** "Be inspired": assets ranked by how well they fit the deal, with the reasons for each. */
export function DealSuggestions({ dealId }: DealSuggestionsProps) {
  const { suggestions, loading, error, refetch } = useDealSuggestions(dealId, SHOWN);
  return (
    <Card component="section" aria-labelledby="suggestions-heading" data-testid="deal-suggestions">
      <Stack gap="md">
        <Group justify="space-between" align="baseline" gap="xs">
          <Title order={2} fz="md" id="suggestions-heading">
            Be inspired
          </Title>
          <Badge variant="light" color="gray" radius="sm" tt="none" fw={500}>
            ranked by fit, win influence, reuse and freshness
          </Badge>
        </Group>
        {error ? (
          <ErrorNotice error={error} title="Could not load suggestions" onRetry={() => void refetch()} />
        ) : loading ? (
          <Stack gap="sm">
            <Skeleton h={84} />
            <Skeleton h={84} />
            <Skeleton h={84} />
          </Stack>
        ) : suggestions.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="suggestions-empty">
            Nothing in the library fits this deal yet. Assets tagged with its industry or product will show up here.
          </Text>
        ) : (
          <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
            {suggestions.map((suggestion, index) => (
              <SuggestionRow key={suggestion.asset.id} suggestion={suggestion} rank={index + 1} />
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
