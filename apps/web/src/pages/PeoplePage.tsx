import { Alert, Badge, Button, Card, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import type { Role } from '../generated/graphql';
import type { Viewer } from '../modules/auth/hooks/useViewer';
import { ExpertResults } from '../modules/people/components/ExpertResults';
import { TOPIC_MAX_LENGTH, useExperts } from '../modules/people/hooks/useExperts';
import { useTaxonomyTerms } from '../modules/taxonomy/hooks/useTaxonomyTerms';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeader } from '../ui/PageHeader';

// The roles `experts` answers (the API refuses the others).
const MAY_ASK: readonly Role[] = ['ENABLEMENT', 'MANAGER', 'ADMIN'];

function WhoToAsk() {
  const [params, setParams] = useSearchParams();
  const topic = params.get('topic')?.trim() ?? '';
  const [draft, setDraft] = useState(topic);
  const { experts, loading, error } = useExperts(topic);
  const { terms } = useTaxonomyTerms('INDUSTRY', '');
  const examples = [...terms].sort((a, b) => b.assetCount - a.assetCount).slice(0, 4);

  const ask = (value: string) => {
    setDraft(value);
    setParams(value.trim() ? { topic: value.trim() } : {});
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    ask(draft);
  };

  return (
    <Stack gap="lg">
      <Card>
        <form onSubmit={submit} role="search" aria-label="Who to ask">
          <Stack gap="sm">
            <Group align="flex-end" gap="sm" wrap="wrap">
              <TextInput
                label="Who to ask about…"
                description="An industry, product, buyer role, tag or words in titles"
                placeholder="e.g. Retail"
                value={draft}
                onChange={(event) => setDraft(event.currentTarget.value)}
                maxLength={TOPIC_MAX_LENGTH}
                style={{ flex: '1 1 240px' }}
                data-testid="expert-topic"
              />
              <Button type="submit" disabled={!draft.trim()}>
                Find people
              </Button>
            </Group>
            {examples.length > 0 ? (
              <Group gap={6} wrap="wrap">
                <Text size="xs" c="dimmed">
                  Try:
                </Text>
                {examples.map((term) => (
                  <Badge
                    key={term.value}
                    component="button"
                    type="button"
                    onClick={() => ask(term.value)}
                    variant="default"
                    radius="sm"
                    tt="none"
                    fw={500}
                    style={{ cursor: 'pointer' }}
                  >
                    {term.value}
                  </Badge>
                ))}
              </Group>
            ) : null}
          </Stack>
        </form>
      </Card>
      {error ? <ErrorNotice error={error} title="Could not find people" /> : null}
      {topic && loading && !experts ? <Loader size="sm" aria-label="Finding people" /> : null}
      {topic && experts ? <ExpertResults topic={topic} experts={experts} /> : null}
    </Stack>
  );
}

/** "People": who to ask about a topic, for enablement, managers and admins. */
export function PeoplePage({ viewer }: { viewer: Pick<Viewer, 'role'> }) {
  const mayAsk = MAY_ASK.includes(viewer.role);
  return (
    <Stack gap={0}>
      <PageHeader
        title="People"
        description="Find who knows a topic best, from what they authored and what colleagues endorsed. Every name opens their profile."
      />
      {mayAsk ? (
        <WhoToAsk />
      ) : (
        <Alert variant="light" color="gray" title="Who to ask is for enablement, managers and admins">
          Open anyone’s profile from their name on an asset, the feed or a leaderboard to see their work and expertise.
        </Alert>
      )}
    </Stack>
  );
}
