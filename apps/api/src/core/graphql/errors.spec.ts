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
});
