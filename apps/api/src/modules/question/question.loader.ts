import { Injectable } from '@nestjs/common';
import { byKeys, groupByKeys } from '../../core/graphql/loaders.js';
import type { BatchFn } from '../../core/graphql/loaders.js';
import { toCommentObject } from '../comment/dto/comment.object.js';
import type { CommentObject } from '../comment/dto/comment.object.js';
import { toExpertSuggestionObject } from './dto/question.object.js';
import type { ExpertSuggestionObject } from './dto/question.object.js';
import { QuestionService } from './question.service.js';

/** Batch functions for a question's fields: one statement per field for a whole page of questions. */
@Injectable()
export class QuestionLoader {
  constructor(private readonly questions: QuestionService) {}

  readonly answers: BatchFn<string, CommentObject[]> = async (questionIds) =>
    groupByKeys(
      questionIds,
      (await this.questions.answers(questionIds)).map(toCommentObject),
      (c) => c.questionId ?? '',
    );

  readonly answerById: BatchFn<string, CommentObject | null> = async (ids) =>
    byKeys(ids, (await this.questions.answersById(ids)).map(toCommentObject), (c) => c.id);

  readonly experts: BatchFn<string, ExpertSuggestionObject[]> = async (questionIds) =>
    groupByKeys(
      questionIds,
      (await this.questions.expertsOf(questionIds)).map(toExpertSuggestionObject),
      (e) => e.questionId,
    );
}
