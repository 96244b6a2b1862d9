import { useMutation, useQuery } from '@apollo/client/react';
import { AskQuestionDocument, QuestionsDocument } from '../../../generated/graphql';
import type { QuestionListScope, QuestionSummaryFragment } from '../../../generated/graphql';

export type QuestionSummary = QuestionSummaryFragment;

/** A list of questions (open, mine, for me as an expert) and asking a new one. */
export function useQuestions(scope: QuestionListScope) {
  const { data, loading, error, refetch } = useQuery(QuestionsDocument, { variables: { scope, first: 50 } });
  const [askMutation, { loading: asking }] = useMutation(AskQuestionDocument, {
    refetchQueries: [QuestionsDocument],
    awaitRefetchQueries: true,
  });
  const ask = async (input: {
    title: string;
    body: string;
    industries: string[];
    buyerRoles: string[];
    products: string[];
  }) => {
    const { data: asked } = await askMutation({ variables: input });
    if (!asked) throw new Error('The server did not confirm the question.');
    return asked.askQuestion.id;
  };
  return { questions: data?.questions ?? [], loading, error, refetch, ask, asking };
}
