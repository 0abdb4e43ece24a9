import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import type { ErrorCode } from '@berne/domain';
import { AppError } from './app-error';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  TOO_MANY_ATTEMPTS: 429,
};

/**
 * Expected errors (AppError) are answers, not incidents: hand them to GraphQL's formatter as they
 * are, or write them as JSON on plain HTTP routes — without Nest logging a stack trace for each.
 */
@Catch(AppError)
export class AppErrorFilter implements ExceptionFilter {
  catch(error: AppError, host: ArgumentsHost): GraphQLError | void {
    if (host.getType<string>() === 'graphql') return error;
    if (host.getType() === 'http') {
      host
        .switchToHttp()
        .getResponse<Response>()
        .status(HTTP_STATUS[error.code] ?? 400)
        .json({ code: error.code, message: error.message });
    }
  }
}
