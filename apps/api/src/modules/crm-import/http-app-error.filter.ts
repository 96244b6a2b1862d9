import { Catch } from '@nestjs/common';
import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { AppError } from '../../core/graphql/errors.js';

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

/**
 * Domain errors of plain HTTP routes (the guard's UNAUTHENTICATED and FORBIDDEN included) as JSON with the same
 * `code` GraphQL clients see: { statusCode, code, message, field? }. A file over the limit answers 413.
 */
@Catch(AppError)
export class HttpAppErrorFilter implements ExceptionFilter {
  catch(error: AppError, host: ArgumentsHost): void {
    const { code, ...details } = error.extensions as { code: string; [key: string]: unknown };
    const statusCode = 'maxBytes' in details ? 413 : (STATUS[code] ?? 500);
    void host.switchToHttp().getResponse<FastifyReply>().status(statusCode).send({ statusCode, code, message: error.message, ...details });
  }
}
