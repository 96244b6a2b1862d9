import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { QuestionEntity, QuestionExpertEntity } from '../question.entity.js';

/** Which questions a list shows. */
export enum QuestionListScope {
  OPEN = 'OPEN',
  ASKED_BY_ME = 'ASKED_BY_ME',
  FOR_ME = 'FOR_ME',
  ALL = 'ALL',
}

registerEnumType(QuestionListScope, {
  name: 'QuestionListScope',
  description:
    'OPEN: no accepted answer yet; ASKED_BY_ME: the viewer asked; FOR_ME: the viewer was suggested as an expert; ALL.',
});

@ObjectType('Question', {
  description:
    'A question to the people who know a topic. Every signed-in person sees it; its answers are comments on it, and ' +
    'the asker may accept one (its writer earns credit under the scoring policy).',
})
export class QuestionObject {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Up to 200 characters.' })
  title: string;

  @Field({ description: 'Markdown, up to 10,000 characters.' })
  body: string;

  @Field(() => [String], { description: 'Industries from the taxonomy.' })
  industries: string[];

  @Field(() => [String], { description: 'Buyer roles from the taxonomy.' })
  buyerRoles: string[];

  @Field(() => [String], { description: 'Products from the taxonomy.' })
  products: string[];

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the asker accepted an answer; null while open.' })
  acceptedAt: Date | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The BEST_PRACTICE asset the accepted answer was promoted to; null until it is.',
  })
  promotedAssetId: string | null;

  askerId: string;
  acceptedAnswerId: string | null;
}

@ObjectType('ExpertSuggestion', { description: 'Someone suggested for a question when it was asked, and why.' })
export class ExpertSuggestionObject {
  @Field(() => Int, { description: '1 for the best suggestion.' })
  rank: number;

  @Field(() => Int, {
    description:
      'The evidence weighed: 3 per topic term shared by each published asset they author, 2 per endorsement received ' +
      'on those, 5 per answer of theirs accepted on a question sharing a topic.',
  })
  score: number;

  @Field({ description: 'The evidence in words.' })
  reason: string;

  questionId: string;
  userId: string;
}

@ObjectType('QuestionViewerCan', { description: 'What the viewer may do with a question.' })
export class QuestionViewerCan {
  @Field({ description: 'Answer it (anyone signed in).' })
  answer: boolean;

  @Field({ description: 'Accept an answer (the asker, while none is accepted and there is an answer).' })
  accept: boolean;

  @Field({
    description:
      'Promote the accepted answer to a BEST_PRACTICE asset (the asker, the answer’s writer, enablement, admins; once).',
  })
  promote: boolean;
}

export function toQuestionObject(q: QuestionEntity): QuestionObject {
  return {
    id: q.id,
    title: q.title,
    body: q.body,
    industries: q.industries ?? [],
    buyerRoles: q.buyerRoles ?? [],
    products: q.products ?? [],
    createdAt: new Date(q.createdAt),
    acceptedAt: q.acceptedAt ? new Date(q.acceptedAt) : null,
    promotedAssetId: q.promotedAssetId,
    askerId: q.askerId,
    acceptedAnswerId: q.acceptedAnswerId,
  };
}

export function toExpertSuggestionObject(e: QuestionExpertEntity): ExpertSuggestionObject {
  return { rank: e.rank, score: e.score, reason: e.reason, questionId: e.questionId, userId: e.userId };
}
