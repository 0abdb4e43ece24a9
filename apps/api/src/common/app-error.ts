import { GraphQLError } from 'graphql';
import type { ErrorCode } from '@berne/domain';

/**
 * An error a caller is meant to see: a code from libs/domain plus a human sentence. Anything else
 * that escapes a resolver is reported as INTERNAL_SERVER_ERROR without details.
 */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extensions: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export const CommonErrors = {
  unauthenticated: () => new AppError('UNAUTHENTICATED', 'You need to sign in to do this.'),
  /** Not found and forbidden look the same to a caller who may not know the record exists. */
  notFound: (what = 'record') =>
    new AppError('NOT_FOUND', `This ${what} does not exist or you do not have access to it.`),
  forbidden: () => new AppError('FORBIDDEN', 'You do not have permission to do this.'),
  badInput: (message: string, fields?: Record<string, string[]>) =>
    new AppError('BAD_USER_INPUT', message, fields ? { fields } : {}),
};
