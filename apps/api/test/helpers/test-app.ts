import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { createApp } from '../../src/bootstrap';
import { loadConfig, type AppConfig } from '../../src/config/config';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/database/seed/demo-accounts';
import type { MailMessage, Mailer } from '../../src/mail/mailer';

/** PostgreSQL is used when TEST_DATABASE_URL is set (CI sets it); SQLite otherwise. */
export const PG_URL = process.env.TEST_DATABASE_URL;
export const REDIS_URL = process.env.TEST_REDIS_URL;
export const dialect = PG_URL ? 'postgres' : 'sqlite';

/** A database of its own for one suite: a fresh PostgreSQL database, or a fresh SQLite file. */
export interface TestDatabase {
  env: Record<string, string>;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (!PG_URL) {
    const dir = mkdtempSync(join(tmpdir(), 'berne-test-'));
    return { env: { DATA_DIR: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `berne_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      const c = new Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Captures mail instead of sending it (the mailer is an outbound port, not a database). */
export class CapturingMailer implements Mailer {
  readonly sent: MailMessage[] = [];
  async send(message: MailMessage): Promise<void> {
    this.sent.push(message);
  }
  lastLinkTo(email: string): string {
    const mail = [...this.sent].reverse().find((m) => m.to === email);
    const match = mail?.text.match(/https?:\/\/\S+token=([\w%-]+)/);
    if (!match) throw new Error(`no link mailed to ${email}`);
    return decodeURIComponent(match[1]);
  }
}

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  mailer: CapturingMailer;
  db: TestDatabase;
  /** A fresh cookie jar: an anonymous browser. */
  agent(): TestAgent;
  /** A browser signed in as a demo account. */
  as(email: string, password?: string): Promise<TestAgent>;
  close(): Promise<void>;
}

export async function startTestApp(env: Record<string, string> = {}, db?: TestDatabase): Promise<TestApp> {
  const database = db ?? (await createTestDatabase());
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    WEB_DIST: join(tmpdir(), 'berne-no-web'),
    ...database.env,
    ...(REDIS_URL ? { REDIS_URL, REDIS_PREFIX: `test-${randomBytes(4).toString('hex')}` } : {}),
    ...env,
  });
  const mailer = new CapturingMailer();
  const app = await createApp(config, { mailer });
  await app.listen(0, '127.0.0.1');
  const server = app.getHttpServer();
  const agent = () => request.agent(server);
  return {
    app,
    config,
    mailer,
    db: database,
    agent,
    async as(email: string, password = DEMO_PASSWORD) {
      const a = agent();
      const res = await gql(a, LOGIN, { input: { email, password } });
      if (res.body.errors) throw new Error(`login as ${email} failed: ${JSON.stringify(res.body.errors)}`);
      return a;
    },
    async close() {
      await app.close();
      if (!db) await database.drop();
    },
  };
}

export const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { id email role } }`;

/** A GraphQL request as the web app sends it (JSON, which also satisfies CSRF prevention). */
export function gql(agent: TestAgent, query: string, variables?: Record<string, unknown>) {
  return agent.post('/graphql').set('content-type', 'application/json').send({ query, variables });
}

export const demo = {
  secretariat: DEMO_ACCOUNTS[0].email,
  euDiplomat: DEMO_ACCOUNTS[1].email,
  usDiplomat: DEMO_ACCOUNTS[2].email,
  caCoordinator: DEMO_ACCOUNTS[3].email,
};

export function errorCode(res: { body: { errors?: { extensions?: { code?: string } }[] } }): string | undefined {
  return res.body.errors?.[0]?.extensions?.code;
}
