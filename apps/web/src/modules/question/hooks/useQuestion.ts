import { useMutation, useQuery } from '@apollo/client/react';
import {
  AcceptAnswerDocument,
  AnswerQuestionDocument,
  PromoteAnswerDocument,
  QuestionDocument,
} from '../../../generated/graphql';
import type { QuestionQuery } from '../../../generated/graphql';

export type QuestionDetail = NonNullable<QuestionQuery['question']>;
export type AnswerItem = QuestionDetail['answers'][number];

/** One question with its answers, and answering, accepting and promoting; every change reads it again. */
export function useQuestion(id: string) {
  const { data, loading, error, refetch } = useQuery(QuestionDocument, { variables: { id } });
  const refetchQueries = [{ query: QuestionDocument, variables: { id } }];
  const options = { refetchQueries, awaitRefetchQueries: true };
  const [answerMutation, { loading: answering }] = useMutation(AnswerQuestionDocument, options);
  const [acceptMutation, { loading: accepting }] = useMutation(AcceptAnswerDocument, options);
  const [promoteMutation, { loading: promoting }] = useMutation(PromoteAnswerDocument, options);

  const answer = async (body: string) => {
    await answerMutation({ variables: { questionId: id, body } });
  };
  const accept = async (commentId: string) => {
    await acceptMutation({ variables: { questionId: id, commentId } });
  };
  const promote = async () => {
    const { data: promoted } = await promoteMutation({ variables: { questionId: id } });
    if (!promoted) throw new Error('The server did not confirm the promotion.');
    return promoted.promoteAnswer.id;
  };
  return {
    question: data?.question ?? null,
    loading,
    error,
    refetch,
    answer,
    accept,
    promote,
    answering,
    accepting,
    promoting,
  };
}
