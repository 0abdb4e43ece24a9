import type { ArgumentsHost } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AppError } from '../app-error';
import { AppErrorFilter } from '../app-error.filter';
import { NUL_CHARACTER_MESSAGE } from '../nul-character.pipe';

const graphqlHost = { getType: () => 'graphql' } as unknown as ArgumentsHost;
const dbError = (code: string) =>
  new QueryFailedError('SELECT 1', [], Object.assign(new Error('driver'), { code }));

describe('AppErrorFilter (the database backstop)', () => {
  it('answers a NUL character that reached PostgreSQL (SQLSTATE 22021) as bad input', () => {
    const answer = new AppErrorFilter().catch(dbError('22021'), graphqlHost);
    expect(answer).toBeInstanceOf(AppError);
    expect((answer as AppError).code).toBe('BAD_USER_INPUT');
    expect((answer as AppError).message).toBe(NUL_CHARACTER_MESSAGE);
  });

  it('leaves any other database error an internal error (passed on unchanged)', () => {
    const error = dbError('23505');
    expect(new AppErrorFilter().catch(error, graphqlHost)).toBe(error);
  });
});
