import argon2 from 'argon2';
import { AppError } from '../common/app-error';

/** OWASP Password Storage Cheat Sheet: argon2id, 19 MiB, 2 iterations, 1 lane. */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

export function hashPassword(plain: string): Promise<string> {
  return argon2.hash(plain, OPTIONS);
}

export async function verifyPassword(hash: string, plain: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, plain);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Burns the same time as a real check, so an unknown email cannot be told from a wrong password. */
export async function verifyAgainstDummy(plain: string): Promise<false> {
  dummyHash ??= hashPassword('not-a-real-password-for-timing-only');
  await verifyPassword(await dummyHash, plain);
  return false;
}

export function assertAcceptablePassword(plain: string, email?: string): void {
  if (plain.length < PASSWORD_MIN || plain.length > PASSWORD_MAX) {
    throw new AppError(
      'WEAK_PASSWORD',
      `A password must be between ${PASSWORD_MIN} and ${PASSWORD_MAX} characters long.`,
    );
  }
  if (email && plain.toLowerCase().includes(email.toLowerCase().split('@')[0])) {
    throw new AppError('WEAK_PASSWORD', 'A password must not contain your email address.');
  }
}
