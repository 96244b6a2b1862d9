import { describe, expect, it, jest } from '@jest/globals';
import { ForbiddenException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { badInput, formatError } from './errors.js';

const sqlError = () =>
  new GraphQLError('relation "team_managers" does not exist', {
    originalError: new QueryFailedError(
      'SELECT * FROM team_managers',
      [],
      new Error('relation "team_managers" does not exist'),
    ),
    path: ['teams'],
  });

describe('formatError', () => {
  it('in production turns an unexpected error into a bare INTERNAL_SERVER_ERROR, logging the original', () => {
    const log = jest.fn();
    const error = sqlError();
    const shown = formatError({ message: error.message, path: ['teams'] }, error, true, log);
    expect(shown).toEqual({
      message: 'Something went wrong on our side.',
      path: ['teams'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(shown)).not.toMatch(/team_managers|SELECT/);
    expect(log).toHaveBeenCalledWith(error.originalError);
  });

  it('keeps domain errors with their code and field', () => {
    const error = badInput('email', 'email must be a valid email address');
    expect(formatError({ message: error.message }, error, true, jest.fn())).toMatchObject({
      message: 'email must be a valid email address',
      extensions: { code: 'BAD_USER_INPUT', field: 'email' },
    });
  });

  it('maps Nest HTTP exceptions to contract codes', () => {
    const error = new GraphQLError('Forbidden resource', { originalError: new ForbiddenException() });
    expect(formatError({ message: error.message }, error, true, jest.fn()).extensions).toEqual({ code: 'FORBIDDEN' });
  });

  it("answers a request graphql-js or Apollo refused with BAD_USER_INPUT, keeping Apollo's code as the reason", () => {
    const validation = new GraphQLError('Cannot query field "nope"', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(
      formatError({ message: validation.message, extensions: validation.extensions }, validation, true, jest.fn()),
    ).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' } });
    // graphql-js gives up on a request with too many invalid variables in an error without a code or a path.
    const tooMany = new GraphQLError('Too many errors processing variables, error limit reached. Execution aborted.');
    const log = jest.fn();
    expect(formatError({ message: tooMany.message }, tooMany, true, log).extensions).toEqual({
      code: 'BAD_USER_INPUT',
    });
    expect(log).not.toHaveBeenCalled();
  });

  it('answers a date PostgreSQL cannot read as BAD_USER_INPUT, and an error in a resolver as internal', () => {
    const overflow = Object.assign(new Error('date/time field value out of range'), { code: '22008' });
    const error = new GraphQLError(overflow.message, { originalError: overflow, path: ['deals'] });
    expect(formatError({ message: error.message }, error, true, jest.fn()).extensions).toEqual({
      code: 'BAD_USER_INPUT',
    });
    const fault = new GraphQLError('x is undefined', { path: ['deals'] });
    expect(formatError({ message: fault.message }, fault, true, jest.fn()).extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
    });
  });
});
