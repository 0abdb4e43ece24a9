import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { ERROR_CODES, type ErrorCode } from '@berne/domain';

const logger = new Logger('GraphQL');

/** Codes Apollo itself produces for malformed requests; their messages are safe to show. */
const APOLLO_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);
const DOMAIN_CODES = new Set<string>(ERROR_CODES);
/** Extensions an AppError may carry to the client besides its code. */
const SAFE_EXTENSIONS = ['fields', 'retryAfterSeconds'] as const;
/** graphql-armor's rejections (depth, cost, aliases, directives, tokens). */
const LIMIT_MESSAGE =
  /^Syntax Error: (Query depth limit|Query Cost limit|Aliases limit|Directives limit|Token limit)/i;

/** graphql-js's variable coercion errors quote the value typed, which may be anything (a name…). */
const VARIABLE_VALUE = /^Variable "(\$\w+)" got invalid value /;
const VARIABLE_PATH = /\bat "([\w.[\]]+)"; /;
const REQUIRED_FIELD = /Field "(\w+)" of required type "([\w![\]]+)" was not provided\.$/;

/**
 * The same error without the value: "Variable "$input" has an invalid value at "input.birthYear":
 * it does not have the expected type." Typed values never travel back in an error message.
 */
export function withoutTypedValue(message: string): string {
  const variable = VARIABLE_VALUE.exec(message);
  if (!variable) return message;
  const at = VARIABLE_PATH.exec(message);
  const required = REQUIRED_FIELD.exec(message);
  const intro = `Variable "${variable[1]}" has an invalid value${at ? ` at "${at[1]}"` : ''}`;
  return required
    ? `${intro}: field "${required[1]}" (${required[2]}) is required.`
    : `${intro}: it does not have the expected type.`;
}

interface NestHttpOriginal {
  message?: string | string[];
  statusCode?: number;
}

/**
 * The one error formatter: a code from libs/domain (or Apollo's request codes) and a human sentence.
 * Anything unexpected becomes "Internal server error", logged here with its stack, never sent out.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  const path = formatted.path;

  if (LIMIT_MESSAGE.test(formatted.message)) {
    return {
      message: formatted.message.replace(/^Syntax Error: /, ''),
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    };
  }
  // Nest's ValidationPipe (class-validator) raises a BadRequestException listing what is wrong.
  const original = formatted.extensions?.originalError as NestHttpOriginal | undefined;
  if (original && original.statusCode === 400) {
    const messages = Array.isArray(original.message)
      ? original.message
      : [original.message ?? 'Invalid input.'];
    return {
      message: messages.join(' '),
      path,
      extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode, messages },
    };
  }
  if (APOLLO_REQUEST_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code } };
  }
  if (DOMAIN_CODES.has(code) && code !== 'INTERNAL_SERVER_ERROR') {
    const extensions: Record<string, unknown> = { code };
    for (const key of SAFE_EXTENSIONS) {
      if (formatted.extensions?.[key] !== undefined) extensions[key] = formatted.extensions[key];
    }
    const message =
      code === 'BAD_USER_INPUT' ? withoutTypedValue(formatted.message) : formatted.message;
    return { message, path, extensions };
  }
  const cause = (error as { originalError?: Error })?.originalError ?? error;
  logger.error(
    `Unexpected error at ${path?.join('.') ?? '(no path)'}: ${(cause as Error)?.stack ?? String(cause)}`,
  );
  return { message: 'Internal server error', path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
