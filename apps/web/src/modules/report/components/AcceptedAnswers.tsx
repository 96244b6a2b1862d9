import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { PerformanceReportFieldsFragment } from '../../../generated/graphql';

type Answer = NonNullable<PerformanceReportFieldsFragment['acceptedAnswers']>[number];

/** The person's answers to questions that their askers accepted in the period. */
export function AcceptedAnswers({ answers }: { answers: readonly Answer[] }) {
  return (
    <Card component="section" aria-labelledby="report-answers-heading" padding="md" data-testid="report-answers">
      <Stack gap="sm">
        <Title order={3} fz="sm" id="report-answers-heading">
          Accepted answers
        </Title>
        {answers.length === 0 ? (
          <Text size="sm" c="dimmed">
            No accepted answers in this period.
          </Text>
        ) : (
          answers.map((answer) => (
            <Stack key={answer.questionId} gap={2} data-testid="report-answer">
              <Anchor component={Link} to={`/questions/${answer.questionId}`} size="sm">
                {answer.questionTitle}
              </Anchor>
              <Text size="xs" c="dimmed">
                Asked by {answer.askerName} · accepted {new Date(answer.acceptedAt).toLocaleDateString()}
              </Text>
            </Stack>
          ))
        )}
      </Stack>
    </Card>
  );
}
