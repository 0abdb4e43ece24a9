import { BadRequestException, Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError, CommonErrors } from '../../common/app-error';
import { formatGraphQLError, withoutTypedValue } from '../format-error';

/** What Apollo hands the formatter: the formatted error plus the error it came from. */
function format(error: GraphQLError): GraphQLFormattedError {
  return formatGraphQLError(error.toJSON(), error);
}

describe('formatGraphQLError', () => {
  let logged: jest.SpyInstance;
  beforeEach(() => {
    logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => logged.mockRestore());

  describe('query limits (graphql-armor)', () => {
    it.each([
      'Syntax Error: Query depth limit of 10 exceeded, found 12.',
      'Syntax Error: Query Cost limit of 5000 exceeded, found 6000.',
      'Syntax Error: Aliases limit of 15 exceeded, found 16.',
      'Syntax Error: Directives limit of 10 exceeded, found 11.',
      'Syntax Error: Token limit of 2000 exceeded.',
    ])('turns "%s" into QUERY_TOO_COMPLEX without the "Syntax Error" prefix', (message) => {
      const error = new GraphQLError(message, {
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      });
      expect(format(error)).toEqual({
        message: message.replace('Syntax Error: ', ''),
        extensions: { code: 'QUERY_TOO_COMPLEX' },
      });
    });

    it('leaves an ordinary syntax error to Apollo, with its code and location', () => {
      const error = new GraphQLError('Syntax Error: Expected Name, found "}".', {
        extensions: { code: 'GRAPHQL_PARSE_FAILED' },
      });
      const formatted = formatGraphQLError(
        { ...error.toJSON(), locations: [{ line: 1, column: 3 }] },
        error,
      );
      expect(formatted).toEqual({
        message: 'Syntax Error: Expected Name, found "}".',
        locations: [{ line: 1, column: 3 }],
        extensions: { code: 'GRAPHQL_PARSE_FAILED' },
      });
    });
  });

  describe('validation errors from class-validator (Nest BadRequestException)', () => {
    const fromNest = (exception: BadRequestException, path = ['inviteUser']) => {
      const error = new GraphQLError(exception.message, { path, originalError: exception });
      // Nest's Apollo driver puts the exception's response into extensions.originalError.
      return formatGraphQLError(
        {
          ...error.toJSON(),
          extensions: { code: 'BAD_REQUEST', originalError: exception.getResponse() },
        },
        error,
      );
    };

    it('lists every message as BAD_USER_INPUT, keeping the path', () => {
      const formatted = fromNest(
        new BadRequestException([
          'Enter a valid email address.',
          'A display name needs 2 to 120 characters.',
        ]),
      );
      expect(formatted).toEqual({
        message: 'Enter a valid email address. A display name needs 2 to 120 characters.',
        path: ['inviteUser'],
        extensions: {
          code: 'BAD_USER_INPUT',
          messages: ['Enter a valid email address.', 'A display name needs 2 to 120 characters.'],
        },
      });
    });

    it('accepts a single message', () => {
      const formatted = fromNest(new BadRequestException('Enter your password.'), ['login']);
      expect(formatted.message).toBe('Enter your password.');
      expect(formatted.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        messages: ['Enter your password.'],
      });
    });

    it('says "Invalid input." when Nest gives no message', () => {
      const error = new GraphQLError('Bad Request');
      const formatted = formatGraphQLError(
        {
          message: 'Bad Request',
          extensions: { code: 'BAD_REQUEST', originalError: { statusCode: 400 } },
        },
        error,
      );
      expect(formatted).toEqual({
        message: 'Invalid input.',
        path: undefined,
        extensions: { code: 'BAD_USER_INPUT', messages: ['Invalid input.'] },
      });
    });
  });

  describe("Apollo's request errors", () => {
    it.each([
      'GRAPHQL_PARSE_FAILED',
      'GRAPHQL_VALIDATION_FAILED',
      'BAD_REQUEST',
      'PERSISTED_QUERY_NOT_FOUND',
      'PERSISTED_QUERY_NOT_SUPPORTED',
      'OPERATION_RESOLUTION_FAILURE',
    ])('keeps the message and locations of %s but no other extension', (code) => {
      const formatted = formatGraphQLError(
        {
          message: 'Cannot query field "secret" on type "Query".',
          locations: [{ line: 2, column: 5 }],
          extensions: { code, stacktrace: ['GraphQLError: ...', '    at validate (x.js:1:1)'] },
        },
        new GraphQLError('x'),
      );
      expect(formatted).toEqual({
        message: 'Cannot query field "secret" on type "Query".',
        locations: [{ line: 2, column: 5 }],
        extensions: { code },
      });
      expect(logged).not.toHaveBeenCalled();
    });
  });

  describe('domain errors (AppError)', () => {
    it('keeps the code, the sentence and the path', () => {
      const error = new GraphQLError(CommonErrors.forbidden().message, {
        path: ['users'],
        originalError: CommonErrors.forbidden(),
        extensions: { code: 'FORBIDDEN' },
      });
      expect(format(error)).toEqual({
        message: 'You do not have permission to do this.',
        path: ['users'],
        extensions: { code: 'FORBIDDEN' },
      });
      expect(logged).not.toHaveBeenCalled();
    });

    it('passes the safe extensions (fields, retryAfterSeconds) and drops everything else', () => {
      const throttled = new AppError('TOO_MANY_ATTEMPTS', 'Too many failed sign-in attempts.', {
        retryAfterSeconds: 900,
        internalKey: 'login_fail_account:someone@example.org',
      });
      expect(formatGraphQLError({ ...throttled.toJSON(), path: ['login'] }, throttled)).toEqual({
        message: 'Too many failed sign-in attempts.',
        path: ['login'],
        extensions: { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 900 },
      });

      const bad = CommonErrors.badInput('Choose a partner.', { partnerCode: ['required'] });
      const formatted = formatGraphQLError(
        {
          ...bad.toJSON(),
          extensions: { ...bad.extensions, stacktrace: ['at x'], exception: { sql: 'SELECT' } },
        },
        bad,
      );
      expect(formatted.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: { partnerCode: ['required'] },
      });
    });

    it('treats every code of libs/domain but INTERNAL_SERVER_ERROR as a safe answer', () => {
      for (const code of [
        'UNAUTHENTICATED',
        'NOT_FOUND',
        'INVALID_TOKEN',
        'EMAIL_TAKEN',
        'WEAK_PASSWORD',
      ] as const) {
        const error = new AppError(code, `sentence for ${code}`);
        expect(format(error)).toEqual({
          message: `sentence for ${code}`,
          path: undefined,
          extensions: { code },
        });
      }
    });
  });

  describe('unexpected errors', () => {
    const expectHidden = (
      formatted: GraphQLFormattedError,
      path?: readonly (string | number)[],
    ) => {
      expect(formatted).toEqual({
        message: 'Internal server error',
        path,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    };

    it('hides the message and stack of an error thrown in a resolver, and logs them', () => {
      const cause = new TypeError("Cannot read properties of undefined (reading 'partnerCode')");
      const error = new GraphQLError(cause.message, {
        path: ['me', 'partner'],
        originalError: cause,
      });
      const formatted = formatGraphQLError(
        {
          ...error.toJSON(),
          extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: cause.stack?.split('\n') },
        },
        error,
      );
      expectHidden(formatted, ['me', 'partner']);
      expect(logged).toHaveBeenCalledTimes(1);
      const line = String(logged.mock.calls[0][0]);
      expect(line).toContain('me.partner');
      expect(line).toContain(cause.stack);
    });

    it('hides database errors whatever code they claim', () => {
      const cause = Object.assign(new Error('SQLITE_ERROR: no such column: u.secret'), {
        code: 'SQLITE_ERROR',
      });
      const error = new GraphQLError(cause.message, {
        originalError: cause,
        extensions: { code: 'SQLITE_ERROR' },
      });
      expectHidden(format(error));
    });

    it('hides an error that claims INTERNAL_SERVER_ERROR with a message of its own', () => {
      const error = new AppError('INTERNAL_SERVER_ERROR', 'connection to 10.0.0.5:5432 refused');
      expectHidden(format(error));
    });

    it('hides an error without any code', () => {
      expectHidden(
        formatGraphQLError(
          { message: 'Enum "Role" cannot represent value: "ROOT"' },
          new Error('x'),
        ),
      );
      expect(logged).toHaveBeenCalledTimes(1);
    });

    it('hides Nest HTTP exceptions other than 400', () => {
      const formatted = formatGraphQLError(
        {
          message: 'Forbidden resource',
          extensions: {
            code: 'SOMETHING',
            originalError: { statusCode: 500, message: 'db down at 10.0.0.5' },
          },
        },
        new Error('x'),
      );
      expectHidden(formatted);
    });
  });

  describe('typed values never come back in variable errors', () => {
    const bad = (message: string) =>
      formatGraphQLError({ message, extensions: { code: 'BAD_USER_INPUT' } }, new GraphQLError(message));

    it('drops the value and keeps the path', () => {
      const out = bad(
        'Variable "$input" got invalid value "Lan Qiuming" at "input.birthYear"; Int cannot represent non-integer value: "Lan Qiuming"',
      );
      expect(out.message).toBe(
        'Variable "$input" has an invalid value at "input.birthYear": it does not have the expected type.',
      );
      expect(JSON.stringify(out)).not.toContain('Qiuming');
      expect(out.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('names a missing required field without printing the object', () => {
      expect(
        withoutTypedValue(
          'Variable "$input" got invalid value { region: "Kashgar; at "x"" }; Field "name" of required type "String!" was not provided.',
        ),
      ).toBe('Variable "$input" has an invalid value: field "name" (String!) is required.');
    });

    it('leaves other messages alone', () => {
      expect(withoutTypedValue('Write the person’s name.')).toBe('Write the person’s name.');
    });
  });
});
