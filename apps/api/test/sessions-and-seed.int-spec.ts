import { DataSource } from 'typeorm';
import { SessionEntity } from '../src/auth/session.entity';
import { PartnerEntity } from '../src/modules/partners/partner.entity';
import { ThemeEntity } from '../src/modules/themes/theme.entity';
import { UserEntity } from '../src/modules/users/user.entity';
import { createTestDatabase, demo, errorCode, gql, startTestApp, type TestApp, type TestDatabase } from './helpers/test-app';

const ME = '{ me { email } }';

describe('session timeouts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SESSION_IDLE_MINUTES: '30', SESSION_ABSOLUTE_HOURS: '8' });
  });
  afterAll(() => t.close());

  const sessions = () => t.app.get(DataSource).getRepository(SessionEntity);
  async function latestSessionOf(email: string) {
    const user = await t.app.get(DataSource).getRepository(UserEntity).findOneByOrFail({ email });
    return sessions().findOneOrFail({ where: { userId: user.id }, order: { createdAt: 'DESC' } });
  }

  it('ends a session left idle longer than SESSION_IDLE_MINUTES', async () => {
    const agent = await t.as(demo.usDiplomat);
    expect(errorCode(await gql(agent, ME))).toBeUndefined();
    const session = await latestSessionOf(demo.usDiplomat);
    await sessions().update({ id: session.id }, { lastSeenAt: new Date(Date.now() - 31 * 60_000) });
    expect(errorCode(await gql(agent, ME))).toBe('UNAUTHENTICATED');
    expect((await sessions().findOneByOrFail({ id: session.id })).revokedAt).not.toBeNull();
  });

  it('keeps a session that is used within the idle window', async () => {
    const agent = await t.as(demo.caCoordinator);
    const session = await latestSessionOf(demo.caCoordinator);
    await sessions().update({ id: session.id }, { lastSeenAt: new Date(Date.now() - 29 * 60_000) });
    expect(errorCode(await gql(agent, ME))).toBeUndefined();
    // The request moved lastSeenAt forward: the idle clock restarted.
    const touched = await sessions().findOneByOrFail({ id: session.id });
    expect(Date.now() - touched.lastSeenAt.getTime()).toBeLessThan(60_000);
  });

  it('ends a busy session at its absolute limit', async () => {
    const agent = await t.as(demo.euDiplomat);
    const session = await latestSessionOf(demo.euDiplomat);
    await sessions().update({ id: session.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect(errorCode(await gql(agent, ME))).toBe('UNAUTHENTICATED');
  });

  it('stores only a hash of the session token', async () => {
    const res = await gql(t.agent(), 'mutation($i: LoginInput!) { login(input: $i) { id } }', {
      i: { email: demo.secretariat, password: 'BerneDemo!2026' },
    });
    const token = String(res.headers['set-cookie']).match(/berne_sid=([^;]+)/)![1];
    const rows = await sessions().find();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.tokenHash).not.toContain(decodeURIComponent(token));
  });
});

describe('seeding', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('is idempotent: a second start on the same database adds nothing', async () => {
    const count = async (t: TestApp) => {
      const ds = t.app.get(DataSource);
      return {
        partners: await ds.getRepository(PartnerEntity).count(),
        themes: await ds.getRepository(ThemeEntity).count(),
        users: await ds.getRepository(UserEntity).count(),
      };
    };
    const first = await startTestApp({}, db);
    const before = await count(first);
    await first.close();
    const second = await startTestApp({}, db);
    const after = await count(second);
    await second.close();
    expect(before).toEqual({ partners: 12, themes: 14, users: 4 });
    expect(after).toEqual(before);
  });

  it('never seeds demo accounts in production, but keeps reference data', async () => {
    const fresh = await createTestDatabase();
    const prod = await startTestApp({ NODE_ENV: 'production' }, fresh);
    const ds = prod.app.get(DataSource);
    expect(await ds.getRepository(UserEntity).count()).toBe(0);
    expect(await ds.getRepository(PartnerEntity).count()).toBe(12);
    await prod.close();
    await fresh.drop();
  });
});
