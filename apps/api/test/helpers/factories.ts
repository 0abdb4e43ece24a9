import { randomBytes, randomUUID } from 'node:crypto';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import type { PartnerCode, Role } from '@berne/domain';
import { hashPassword } from '../../src/auth/passwords';
import { UserEntity } from '../../src/modules/users/user.entity';
import { gql, LOGIN, type TestApp } from './test-app';

/** A random suffix, so tests do not depend on each other's data or order. */
export const randomId = (bytes = 5) => randomBytes(bytes).toString('hex');

export const randomEmail = (label = 'user') => `${label}-${randomId()}@test.example`;

/** A password that passes the policy and never contains the email's local part. */
export const randomPassword = () => `Pw!${randomBytes(12).toString('base64url')}`;

export interface CreatedUser {
  id: string;
  email: string;
  password: string;
  role: Role;
  partnerCode: PartnerCode | null;
}

/** Inserts an account with a password straight into the database (faster than the invitation flow). */
export async function createUser(
  t: TestApp,
  options: {
    role?: Role;
    partnerCode?: PartnerCode | null;
    cleared?: boolean;
    disabled?: boolean;
    label?: string;
  } = {},
): Promise<CreatedUser> {
  const role = options.role ?? 'DIPLOMAT';
  const partnerCode = options.partnerCode === undefined ? 'CA' : options.partnerCode;
  const user = {
    id: randomUUID(),
    email: randomEmail(options.label ?? role.toLowerCase()),
    password: randomPassword(),
    role,
    partnerCode,
  };
  await t.app
    .get(DataSource)
    .getRepository(UserEntity)
    .insert({
      id: user.id,
      email: user.email,
      displayName: `Test ${role} ${randomId(2)}`,
      passwordHash: await hashPassword(user.password),
      role,
      partnerCode,
      clearedForRestricted: options.cleared ?? false,
      disabled: options.disabled ?? false,
      locale: 'en',
      lastLoginAt: null,
    });
  return user;
}

/** Signs in on a fresh agent; returns the agent and the session cookie ("name=value") it received. */
export async function signIn(
  t: TestApp,
  email: string,
  password: string,
): Promise<{ agent: TestAgent; cookie: string }> {
  const agent = t.agent();
  const res = await gql(agent, LOGIN, { input: { email, password } });
  if (res.body.errors)
    throw new Error(`login as ${email} failed: ${JSON.stringify(res.body.errors)}`);
  return { agent, cookie: sessionCookieOf(res.headers['set-cookie']) };
}

/** The "name=value" pair of the session cookie in a Set-Cookie header. */
export function sessionCookieOf(setCookie: string | string[] | undefined): string {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const line = all.find((c) => /^(__Host-)?berne_sid=/.test(c));
  if (!line) throw new Error(`no session cookie in ${JSON.stringify(setCookie)}`);
  return line.split(';')[0];
}
