import { Anchor, Badge, Button, Card, Center, Group, Loader, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { AskQuestionForm } from '../modules/question/components/AskQuestionForm';
import { QuestionTopics } from '../modules/question/components/QuestionTopics';
import { useQuestions } from '../modules/question/hooks/useQuestions';
import type { QuestionListScope } from '../generated/graphql';
import { ErrorNotice } from '../ui/ErrorNotice';
import { formatRelative } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';

const SCOPES: { value: QuestionListScope; label: string }[] = [
  { value: 'OPEN', label: 'Open' },
  { value: 'FOR_ME', label: 'For me' },
  { value: 'ASKED_BY_ME', label: 'Asked by me' },
  { value: 'ALL', label: 'All' },
];

/** /questions: questions to experts, open ones first, and the form to ask one. */
export function QuestionsPage() {
  const [scope, setScope] = useState<QuestionListScope>('OPEN');
  const [asking, setAsking] = useState(false);
  const navigate = useNavigate();
  const { questions, loading, error, refetch, ask, asking: busy } = useQuestions(scope);

  return (
    <>
      <PageHeader
        title="Questions"
        description="Ask the people who know a topic; answer what you know. An accepted answer earns its writer credit."
        actions={
          asking ? null : (
            <Button onClick={() => setAsking(true)} data-testid="ask-question">
              Ask a question
            </Button>
          )
        }
      />
      <Stack gap="lg">
        {asking ? (
          <AskQuestionForm
            busy={busy}
            onCancel={() => setAsking(false)}
            onAsk={async (input) => {
              const id = await ask(input);
              void navigate(`/questions/${id}`);
            }}
          />
        ) : null}
        <SegmentedControl
          aria-label="Show"
          value={scope}
          onChange={(value) => setScope(value)}
          data={SCOPES}
          data-testid="question-scope"
        />
        {error ? <ErrorNotice error={error} onRetry={() => void refetch()} /> : null}
        {loading && !questions.length ? (
          <Center py="lg" aria-busy="true">
            <Loader size="sm" />
          </Center>
        ) : null}
        {!loading && !error && !questions.length ? (
          <Text c="dimmed" size="sm" data-testid="questions-empty">
            {scope === 'FOR_ME' ? 'No questions for you yet.' : 'No questions here yet.'}
          </Text>
        ) : null}
        {questions.map((q) => (
          <Card key={q.id} withBorder padding="md" data-testid="question-item">
            <Stack gap={6}>
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Anchor component={Link} to={`/questions/${q.id}`} fw={600}>
                  {q.title}
                </Anchor>
                {q.acceptedAt ? (
                  <Badge color="green" variant="light" size="sm">
                    Answered
                  </Badge>
                ) : (
                  <Badge color="gray" variant="light" size="sm">
                    {q.answerCount === 1 ? '1 answer' : `${q.answerCount} answers`}
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {q.asker.name} · {formatRelative(q.createdAt)}
              </Text>
              <QuestionTopics topics={q} />
            </Stack>
          </Card>
        ))}
      </Stack>
    </>
  );
}
