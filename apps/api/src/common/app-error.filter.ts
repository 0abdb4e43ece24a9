import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import type { ErrorCode } from '@berne/domain';
import { AppError } from './app-error';
import { NUL_CHARACTER_MESSAGE } from './nul-character.pipe';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  TOO_MANY_ATTEMPTS: 429,
};

/**
 * PostgreSQL stores no NUL character in text (SQLSTATE 22021, "invalid byte sequence for encoding
 * UTF8: 0x00"): a string that carries one — an ID, a title — is bad input, wherever it is used.
 * Arguments lose theirs first (NulCharacterPipe); this catches what reaches a query another way.
 */
export function isNulCharacterError(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { code?: string } | undefined)?.code === '22021'
  );
}

/**
 * Expected errors (AppError) are answers, not incidents: hand them to GraphQL's formatter as they
 * are, or write them as JSON on plain HTTP routes — without Nest logging a stack trace for each.
 * A database error caused by a NUL character in the input becomes BAD_USER_INPUT; any other
 * database error stays an internal error (GraphQL's formatter logs it and hides it).
 */
@Catch(AppError, QueryFailedError)
export class AppErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Database');

  catch(caught: AppError | QueryFailedError, host: ArgumentsHost): GraphQLError | Error | void {
    const error =
      caught instanceof AppError
        ? caught
        : isNulCharacterError(caught)
          ? new AppError('BAD_USER_INPUT', NUL_CHARACTER_MESSAGE)
          : null;
    if (host.getType<string>() === 'graphql') return error ?? caught;
    if (host.getType() !== 'http') return;
    const response = host.switchToHttp().getResponse<Response>();
    if (error) {
      response
        .status(HTTP_STATUS[error.code] ?? 400)
        .json({ code: error.code, message: error.message });
    } else {
      this.logger.error(caught.stack ?? String(caught));
      response
        .status(500)
        .json({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
    }
  }
}
