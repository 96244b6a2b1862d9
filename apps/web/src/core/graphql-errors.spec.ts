import { describe, expect, it } from '@jest/globals';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { PLAIN_MESSAGES, isPlainSentence, toApiErrors } from './graphql-errors';

function graphQLError(code: string, message: string, field?: string): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({
    errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }],
  });
}

const messages = (error: unknown) => toApiErrors(error).map((apiError) => apiError.message);

describe('server errors in plain words', () => {
  it('says what a salesperson needs to know for each code', () => {
    expect(messages(graphQLError('FORBIDDEN', 'Forbidden resource'))).toEqual(['You don’t have access to this.']);
    expect(messages(graphQLError('RATE_LIMITED', 'ThrottlerException: Too Many Requests'))).toEqual([
      'Too many requests — try again in a minute.',
    ]);
    expect(messages(graphQLError('INTERNAL_SERVER_ERROR', 'relation "assets" does not exist'))).toEqual([
      PLAIN_MESSAGES.UNKNOWN,
    ]);
  });

  it('keeps the server’s sentence for bad input, and its field', () => {
    const [error] = toApiErrors(graphQLError('BAD_USER_INPUT', 'Give the asset a title.', 'title'));
    expect(error).toEqual({ code: 'BAD_USER_INPUT', message: 'Give the asset a title.', field: 'title' });
    expect(messages(graphQLError('BAD_USER_INPUT', 'title must be a string'))).toEqual([PLAIN_MESSAGES.BAD_USER_INPUT]);
  });

  it('never shows a stack, a code or an HTTP status', () => {
    const stack = 'TypeError: Cannot read properties of undefined\n    at Foo (/app/dist/x.js:10:5)';
    expect(messages(graphQLError('BAD_USER_INPUT', stack))).toEqual([PLAIN_MESSAGES.BAD_USER_INPUT]);
    expect(messages(graphQLError('CONFLICT', 'ASSET_VERSION_CONFLICT'))).toEqual([PLAIN_MESSAGES.CONFLICT]);
    const serverError = new ServerError('Internal Server Error', {
      response: new Response('', { status: 500 }),
      bodyText: '',
    });
    expect(messages(serverError)).toEqual([PLAIN_MESSAGES.UNKNOWN]);
    expect(messages(new Error('Unexpected token < in JSON at position 0'))).toEqual([PLAIN_MESSAGES.UNKNOWN]);
  });

  it('tells the user when Byline cannot be reached', () => {
    expect(messages(new TypeError('Failed to fetch'))).toEqual(['Byline can’t be reached. Check your connection.']);
    const gateway = new ServerError('Bad Gateway', { response: new Response('', { status: 502 }), bodyText: '' });
    expect(messages(gateway)).toEqual([PLAIN_MESSAGES.OFFLINE]);
    const limited = new ServerError('Too Many Requests', { response: new Response('', { status: 429 }), bodyText: '' });
    expect(messages(limited)).toEqual([PLAIN_MESSAGES.RATE_LIMITED]);
  });

  it('recognises a sentence', () => {
    expect(isPlainSentence('Unknown win/loss reason: Price. Choose from the list.')).toBe(true);
    expect(isPlainSentence('must be a UUID')).toBe(false);
    expect(isPlainSentence('Invalid input: {"id": 1}.')).toBe(false);
  });
});
