import { badInput } from '../../core/graphql/errors.js';
import { QUESTION_BODY_MAX_LENGTH, QUESTION_TITLE_MAX_LENGTH } from './question.entity.js';

// Control characters other than tab and newlines make no sense in a question and can hide text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** The most terms of one kind a question may name. */
export const MAX_TOPICS = 20;

/** A title: one line, trimmed, 1 to 200 characters, no control characters. */
export function checkTitle(raw: string): string {
  const title = raw.replace(/\s+/g, ' ').trim();
  if (!title) throw badInput('title', 'Give the question a title.');
  if ([...title].length > QUESTION_TITLE_MAX_LENGTH) {
    throw badInput('title', `A question's title is at most ${QUESTION_TITLE_MAX_LENGTH} characters.`);
  }
  if (CONTROL.test(raw.replace(/[\t\r\n]/g, ' '))) throw badInput('title', 'The title contains control characters.');
  return title;
}

/** A body: Markdown, trimmed, 1 to 10,000 characters, no control characters but tabs and newlines. */
export function checkQuestionBody(raw: string): string {
  const body = raw.replace(/\r\n?/g, '\n').trim();
  if (!body) throw badInput('body', 'Say what you want to know: the question cannot be empty.');
  if (body.length > QUESTION_BODY_MAX_LENGTH) {
    throw badInput('body', `A question is at most ${QUESTION_BODY_MAX_LENGTH.toLocaleString('en')} characters.`);
  }
  if (CONTROL.test(body)) throw badInput('body', 'The question contains control characters.');
  return body;
}

/** A list of taxonomy terms as given: at most 20, each at most 80 characters (the taxonomy checks the words). */
export function checkTopics(field: string, values: readonly string[] | null | undefined): string[] {
  const list = values ?? [];
  if (list.length > MAX_TOPICS) throw badInput(field, `Name at most ${MAX_TOPICS} ${field}.`);
  if (list.some((v) => typeof v !== 'string' || [...v].length > 80)) {
    throw badInput(field, `Each of ${field} is at most 80 characters.`);
  }
  return [...list];
}

/** Why someone is suggested, in words: the evidence behind their score. */
export function expertReason(e: { assets: number; endorsements: number; acceptedAnswers: number }): string {
  const parts: string[] = [];
  if (e.assets) parts.push(`authored ${e.assets} published asset${e.assets === 1 ? '' : 's'} on these topics`);
  if (e.endorsements) {
    parts.push(`${e.endorsements} endorsement${e.endorsements === 1 ? '' : 's'} received on them`);
  }
  if (e.acceptedAnswers) {
    parts.push(`${e.acceptedAnswers} accepted answer${e.acceptedAnswers === 1 ? '' : 's'} on these topics`);
  }
  const text = parts.join('; ');
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : 'Knows these topics';
}
