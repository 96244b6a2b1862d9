import { Catch, HttpStatus } from '@nestjs/common';
import type { ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { FastifyReply } from 'fastify';
import { AppError } from './errors.js';
import type { ErrorCode } from './errors.js';

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  CONFLICT: HttpStatus.CONFLICT,
  RATE_LIMITED: HttpStatus.TOO_MANY_REQUESTS,
  INTERNAL_SERVER_ERROR: HttpStatus.INTERNAL_SERVER_ERROR,
};

/**
 * Domain errors are answers, not faults: GraphQL clients get them as they are; plain HTTP routes (attachments,
 * webhooks, imports) get the matching status as { statusCode, code, message, field? }. Neither is logged as an error.
 */
@Catch(AppError)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(error: AppError, host: ArgumentsHost): AppError | void {
    if (host.getType<string>() !== 'http') return error;
    const { code, http: _http, ...details } = error.extensions as { code: ErrorCode; [key: string]: unknown };
    // A body over a size limit says so with 413 (its details carry the limit as maxBytes).
    const statusCode = 'maxBytes' in details ? HttpStatus.PAYLOAD_TOO_LARGE : (STATUS[code] ?? 500);
    void host
      .switchToHttp()
      .getResponse<FastifyReply>()
      .status(statusCode)
      .send({ statusCode, code, message: error.message, ...details });
  }
}
