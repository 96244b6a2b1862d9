import { Anchor, Button, Card, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { MarkdownBody } from '../modules/asset/components/MarkdownBody';
import { QuestionAnswers } from '../modules/question/components/QuestionAnswers';
import { QuestionTopics } from '../modules/question/components/QuestionTopics';
import { useQuestion } from '../modules/question/hooks/useQuestion';
import { ErrorNotice } from '../ui/ErrorNotice';
import { formatDateTime } from '../ui/format';
import { notifyError, notifySuccess } from '../ui/notify';
import { PageHeader } from '../ui/PageHeader';

/** /questions/:id: a question, the experts Byline suggested, its answers, Accept and Promote as the viewer may. */
export function QuestionPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { question, loading, error, refetch, answer, accept, promote, answering, accepting, promoting } =
    useQuestion(id);

  if (loading && !question) {
    return (
      <Center py="xl" aria-busy="true">
        <Loader size="sm" />
      </Center>
    );
  }
  if (error) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  if (!question) {
    return (
      <Stack gap="md" align="flex-start">
        <PageHeader title="Question not found" description="It may have been a wrong link." />
        <Button component={Link} to="/questions" variant="light">
          All questions
        </Button>
      </Stack>
    );
  }

  const doPromote = async () => {
    try {
      const assetId = await promote();
      notifySuccess('The answer is now a best-practice draft led by its writer.');
      void navigate(`/assets/${assetId}`);
    } catch (e) {
      notifyError(e, 'Could not promote the answer');
    }
  };

  return (
    <>
      <Anchor component={Link} to="/questions" size="sm" c="dimmed">
        ← Questions
      </Anchor>
      <PageHeader
        title={question.title}
        description={`Asked by ${question.asker.name}, ${formatDateTime(question.createdAt)}`}
        actions={
          question.viewerCan.promote ? (
            <Button onClick={() => void doPromote()} loading={promoting} data-testid="promote-answer">
              Promote to best practice
            </Button>
          ) : question.promotedAssetId ? (
            <Button component={Link} to={`/assets/${question.promotedAssetId}`} variant="light">
              Open the best practice
            </Button>
          ) : null
        }
      />
      <Stack gap="lg">
        <Card component="section" aria-label="The question" data-testid="question-body">
          <Stack gap="sm">
            <QuestionTopics topics={question} />
            <MarkdownBody>{question.body}</MarkdownBody>
          </Stack>
        </Card>
        <Card component="section" aria-labelledby="experts-heading" data-testid="suggested-experts">
          <Stack gap="xs">
            <Title order={2} fz="md" id="experts-heading">
              Suggested experts
            </Title>
            {question.expertSuggestions.length === 0 ? (
              <Text size="sm" c="dimmed">
                Nobody has written on these topics yet: the question is open to everyone.
              </Text>
            ) : null}
            {question.expertSuggestions.map((e) => (
              <Group key={e.user.id} gap="xs" wrap="nowrap" align="flex-start" data-testid="suggested-expert">
                <Text size="sm" fw={600} miw={0}>
                  <Anchor component={Link} to={`/people/${e.user.id}`}>
                    {e.user.name}
                  </Anchor>
                </Text>
                <Text size="xs" c="dimmed" style={{ flex: 1, minWidth: 0 }}>
                  {e.reason}
                </Text>
              </Group>
            ))}
          </Stack>
        </Card>
        <QuestionAnswers question={question} busy={answering || accepting} onAnswer={answer} onAccept={accept} />
      </Stack>
    </>
  );
}
