import { Button, Card, Group, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { TaxonomyPicker } from '../../taxonomy/components/TaxonomyPicker';
import { notifyError } from '../../../ui/notify';

const TITLE_MAX = 200;
const BODY_MAX = 10_000;

export interface AskedQuestion {
  title: string;
  body: string;
  industries: string[];
  buyerRoles: string[];
  products: string[];
}

/** Asks the people who know a topic: a title, the question in Markdown, and its topics from the taxonomy. */
export function AskQuestionForm({
  busy,
  onAsk,
  onCancel,
}: {
  busy: boolean;
  onAsk: (question: AskedQuestion) => Promise<void>;
  onCancel: () => void;
}) {
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [industries, setIndustries] = useState<string[]>([]);
  const [buyerRoles, setBuyerRoles] = useState<string[]>([]);
  const [products, setProducts] = useState<string[]>([]);
  const titleError = title.length > TITLE_MAX ? `At most ${TITLE_MAX} characters (${title.length} now).` : null;
  const bodyError =
    body.length > BODY_MAX ? `At most ${BODY_MAX.toLocaleString('en')} characters (${body.length} now).` : null;
  const ready = title.trim() && body.trim() && !titleError && !bodyError;

  const submit = async () => {
    if (!ready) return;
    try {
      await onAsk({ title, body, industries, buyerRoles, products });
    } catch (e) {
      notifyError(e, 'Could not ask the question');
    }
  };

  return (
    <Card component="section" aria-labelledby="ask-heading" withBorder data-testid="ask-question-form">
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} fz="md" id="ask-heading">
            Ask the experts
          </Title>
          <Text size="xs" c="dimmed">
            Byline suggests the people who know the topics, from what they wrote and what others endorsed, and tells
            them.
          </Text>
        </Stack>
        <TextInput
          label="Question"
          placeholder="How do you answer a CFO who asks for a price lock?"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={titleError}
          required
          data-testid="ask-title"
        />
        <Textarea
          label="Details"
          description="Markdown. Say what you tried and what the deal looks like."
          autosize
          minRows={4}
          maxRows={14}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          error={bodyError}
          required
          data-testid="ask-body"
        />
        <TaxonomyPicker kind="INDUSTRY" value={industries} onChange={setIndustries} canAddTerms={false} />
        <TaxonomyPicker kind="BUYER_ROLE" value={buyerRoles} onChange={setBuyerRoles} canAddTerms={false} />
        <TaxonomyPicker kind="PRODUCT" value={products} onChange={setProducts} canAddTerms={false} />
        <Group justify="flex-end" gap="xs">
          <Button variant="subtle" onClick={onCancel}>
            Cancel
          </Button>
          <Button onClick={() => void submit()} loading={busy} disabled={!ready} data-testid="ask-submit">
            Ask
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
