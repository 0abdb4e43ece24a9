import { resolve } from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

const positiveInt = z.coerce.number().int().positive();

/** Environment variables the API reads. Every one is optional; defaults suit a laptop. */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// URL').optional(),
  REDIS_PREFIX: z.string().regex(/^[\w:-]{1,40}$/, 'letters, digits, _ - : only').default('berne'),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// URL').optional(),
  MAIL_FROM: z.string().min(3).default('Berne Process portal <no-reply@berne.example>'),
  /** Defaults to http://localhost:<PORT>. */
  PUBLIC_URL: z.url().optional(),
  WEB_DIST: z.string().optional(),
  SEED_DEMO: bool.optional(),
  SESSION_IDLE_MINUTES: positiveInt.default(60),
  SESSION_ABSOLUTE_HOURS: positiveInt.default(12),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: positiveInt.default(5),
  LOGIN_MAX_FAILURES_PER_IP: positiveInt.default(30),
  LOGIN_BLOCK_MINUTES: positiveInt.default(15),
  TRUST_PROXY: bool.default(false),
  COLLAB_MAX_FRAME_KB: positiveInt.max(900).default(512),
  COLLAB_MAX_DOCUMENT_MB: positiveInt.default(16),
  COLLAB_IDLE_SECONDS: positiveInt.default(30),
  COLLAB_SNAPSHOT_MINUTES: positiveInt.max(24 * 60).default(10),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug']).default('log'),
});

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  isProduction: boolean;
  port: number;
  host: string;
  version: string;
  publicUrl: string;
  database:
    | { type: 'sqlite'; path: string }
    | { type: 'postgres'; url: string };
  redisUrl?: string;
  /** Namespaces every Redis key and channel, so deployments (or test runs) can share one Redis. */
  redisPrefix: string;
  mail: { smtpUrl?: string; from: string };
  webDist: string;
  /** Seed demo data into an empty database. Never in production. */
  seedDemo: boolean;
  session: { idleMs: number; absoluteMs: number; secureCookie: boolean };
  loginThrottle: { perAccount: number; perIp: number; blockSeconds: number };
  trustProxy: boolean;
  /** Live co-editing limits: largest edit frame, largest document, idle time before eviction. */
  collab: {
    maxFrameBytes: number;
    maxDocumentBytes: number;
    idleMs: number;
    /** During activity, a document's content is kept as an automatic version this often. */
    snapshotMs: number;
  };
  logLevel: 'error' | 'warn' | 'log' | 'debug';
  /** Where the GraphQL schema is written (tests write it; the server keeps it in memory). */
  schemaFile?: string;
}

export class ConfigError extends Error {}

/** Config errors are logged: never repeat a password that came inside a URL. */
function redact(value: string | undefined): string | undefined {
  return value?.replace(/\/\/([^/@\s]*)@/, '//***@');
}

function readVersion(): string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require(resolve(process.cwd(), 'package.json')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/**
 * Reads and validates the environment once, at boot. A bad value throws a ConfigError whose
 * message names each offending variable, so start-up stops with a sentence a person can act on.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.')}: ${issue.message} (got ${JSON.stringify(redact(env[String(issue.path[0])]))})`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  if (isProduction && e.SEED_DEMO) {
    throw new ConfigError('Invalid configuration:\n  SEED_DEMO: demo data is never seeded when NODE_ENV=production');
  }
  const dataDir = resolve(e.DATA_DIR);
  const publicUrl = e.PUBLIC_URL ?? `http://localhost:${e.PORT}`;
  return {
    env: e.NODE_ENV,
    isProduction,
    port: e.PORT,
    host: e.HOST,
    version: readVersion(),
    publicUrl: publicUrl.replace(/\/$/, ''),
    database: e.DATABASE_URL
      ? { type: 'postgres', url: e.DATABASE_URL }
      : { type: 'sqlite', path: resolve(dataDir, 'berne.sqlite') },
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX,
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM },
    webDist: resolve(e.WEB_DIST ?? 'dist/apps/web'),
    seedDemo: isProduction ? false : (e.SEED_DEMO ?? true),
    session: {
      idleMs: e.SESSION_IDLE_MINUTES * 60_000,
      absoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000,
      secureCookie: publicUrl.startsWith('https://'),
    },
    loginThrottle: {
      perAccount: e.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      perIp: e.LOGIN_MAX_FAILURES_PER_IP,
      blockSeconds: e.LOGIN_BLOCK_MINUTES * 60,
    },
    trustProxy: e.TRUST_PROXY,
    collab: {
      maxFrameBytes: e.COLLAB_MAX_FRAME_KB * 1024,
      maxDocumentBytes: e.COLLAB_MAX_DOCUMENT_MB * 1024 * 1024,
      idleMs: e.COLLAB_IDLE_SECONDS * 1000,
      snapshotMs: e.COLLAB_SNAPSHOT_MINUTES * 60_000,
    },
    logLevel: e.LOG_LEVEL,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
