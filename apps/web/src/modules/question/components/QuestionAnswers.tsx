import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { MarkdownBody } from '../../asset/components/MarkdownBody';
import { MentionTextarea } from '../../comment/components/MentionTextarea';
import { withMentionLinks } from '../../comment/mention-text';
import { formatDateTime } from '../../../ui/format';
import { notifyError } from '../../../ui/notify';
import type { QuestionDetail } from '../hooks/useQuestion';

const MAX_LENGTH = 10_000;

/** The answers to a question, the accepted one marked, Accept where the viewer may, and the answer editor. */
export function QuestionAnswers({
  question,
  busy,
  onAnswer,
  onAccept,
}: {
  question: QuestionDetail;
  busy: boolean;
  onAnswer: (body: string) => Promise<void>;
  onAccept: (commentId: string) => Promise<void>;
}) {
  const [body, setBody] = useState('');
  const error = body.length > MAX_LENGTH ? `At most ${MAX_LENGTH.toLocaleString('en')} characters.` : null;
  const acceptedId = question.acceptedAnswer?.id ?? null;

  const submit = async () => {
    if (!body.trim() || error) return;
    try {
      await onAnswer(body);
      setBody('');
    } catch (e) {
      notifyError(e, 'Could not save the answer');
    }
  };
  const accept = async (id: string) => {
    try {
      await onAccept(id);
    } catch (e) {
      notifyError(e, 'Could not accept the answer');
    }
  };

  return (
    <Card component="section" aria-labelledby="answers-heading" data-testid="question-answers">
      <Stack gap="md">
        <Title order={2} fz="md" id="answers-heading">
          {question.answers.length === 1 ? '1 answer' : `${question.answers.length} answers`}
        </Title>
        {question.answers.length === 0 ? (
          <Text size="sm" c="dimmed">
            No answers yet.
          </Text>
        ) : null}
        {question.answers.map((answer) => (
          <Card
            key={answer.id}
            withBorder
            padding="sm"
            id={`answer-${answer.id}`}
            data-testid="answer"
            style={answer.id === acceptedId ? { borderColor: 'var(--mantine-color-green-6)' } : undefined}
          >
            <Stack gap={6}>
              <Group gap="xs" wrap="wrap" justify="space-between">
                <Group gap="xs" wrap="wrap">
                  <Text size="sm" fw={600}>
                    {answer.author.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(answer.createdAt)}
                  </Text>
                  {answer.id === acceptedId ? (
                    <Badge color="green" variant="light" size="sm" data-testid="answer-accepted">
                      Accepted
                    </Badge>
                  ) : null}
                </Group>
                {question.viewerCan.accept ? (
                  <Button
                    size="compact-sm"
                    variant="light"
                    color="green"
                    onClick={() => void accept(answer.id)}
                    data-testid="accept-answer"
                  >
                    Accept
                  </Button>
                ) : null}
              </Group>
              <MarkdownBody>
                {withMentionLinks(
                  answer.body,
                  answer.mentions.map((m) => m.user),
                )}
              </MarkdownBody>
            </Stack>
          </Card>
        ))}
        {question.viewerCan.answer ? (
          <Stack gap="xs" data-testid="answer-editor">
            <MentionTextarea
              label="Your answer"
              placeholder="Markdown; type @ to mention someone"
              value={body}
              onChange={setBody}
              error={error}
              testId="answer-body"
              onSubmit={() => void submit()}
            />
            <Group justify="flex-end">
              <Button
                size="xs"
                onClick={() => void submit()}
                loading={busy}
                disabled={!body.trim() || Boolean(error)}
                data-testid="answer-submit"
              >
                Answer
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
