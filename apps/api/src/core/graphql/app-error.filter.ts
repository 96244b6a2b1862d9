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
 * webhooks) get the matching status with the same code and message. Neither is logged as an error.
 */
@Catch(AppError)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(error: AppError, host: ArgumentsHost): AppError | void {
    if (host.getType<string>() !== 'http') return error;
    const code = error.extensions.code as ErrorCode;
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    void reply.status(STATUS[code] ?? 500).send({ code, message: error.message, ...error.extensions });
  }
}
