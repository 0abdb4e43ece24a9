import { errorCode, gql, demo, startTestApp, type TestApp } from './helpers/test-app';

const ME = '{ me { id email role clearedForRestricted partner { code timeZone } } }';

describe('accounts and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_IP: '1000' });
  });
  afterAll(() => t.close());

  it('refuses an anonymous request for user data with UNAUTHENTICATED', async () => {
    const res = await gql(t.agent(), ME);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(res.body.data).toBeNull();
  });

  it('signs in each demo account, with its partner and clearance', async () => {
    for (const [email, role, partner, cleared] of [
      [demo.secretariat, 'SECRETARIAT', 'SECRETARIAT', true],
      [demo.euDiplomat, 'DIPLOMAT', 'EU', true],
      [demo.usDiplomat, 'DIPLOMAT', 'US', false],
      [demo.caCoordinator, 'COORDINATOR', 'CA', false],
    ] as const) {
      const agent = await t.as(email);
      const res = await gql(agent, ME);
      expect(res.body.data.me).toMatchObject({ email, role, clearedForRestricted: cleared, partner: { code: partner } });
    }
  });

  it('sets an httpOnly SameSite cookie and issues a new session id at every login', async () => {
    const login = (agent = t.agent()) =>
      gql(agent, 'mutation($i: LoginInput!) { login(input: $i) { id } }', {
        i: { email: demo.usDiplomat, password: 'BerneDemo!2026' },
      });
    const first = await login();
    const second = await login();
    const cookie = (r: typeof first) => String(r.headers['set-cookie']);
    expect(cookie(first)).toMatch(/berne_sid=/);
    expect(cookie(first)).toMatch(/HttpOnly/i);
    expect(cookie(first)).toMatch(/SameSite=Lax/i);
    expect(cookie(first).split(';')[0]).not.toEqual(cookie(second).split(';')[0]);
  });

  it('gives an unknown email and a wrong password the same answer', async () => {
    const attempt = (email: string) =>
      gql(t.agent(), 'mutation($i: LoginInput!) { login(input: $i) { id } }', { i: { email, password: 'not the password' } });
    const unknown = await attempt('nobody@berne.example');
    const wrong = await attempt(demo.caCoordinator);
    expect(errorCode(unknown)).toBe('INVALID_CREDENTIALS');
    expect(errorCode(wrong)).toBe('INVALID_CREDENTIALS');
    expect(unknown.body.errors[0].message).toEqual(wrong.body.errors[0].message);
  });

  it('throttles an account after repeated failures, with a clear error, even for the right password', async () => {
    const email = demo.secretariat;
    const attempt = (password: string) =>
      gql(t.agent(), 'mutation($i: LoginInput!) { login(input: $i) { id } }', { i: { email, password } });
    for (let i = 0; i < 3; i++) expect(errorCode(await attempt('wrong password ' + i))).toBe('INVALID_CREDENTIALS');
    const blocked = await attempt('BerneDemo!2026');
    expect(errorCode(blocked)).toBe('TOO_MANY_ATTEMPTS');
    expect(blocked.body.errors[0].message).toMatch(/Try again in \d+ minute/);
  });

  it('logs out: the cookie no longer opens a session', async () => {
    const agent = await t.as(demo.euDiplomat);
    expect(errorCode(await gql(agent, ME))).toBeUndefined();
    await gql(agent, 'mutation { logout }');
    expect(errorCode(await gql(agent, ME))).toBe('UNAUTHENTICATED');
  });

  it('rejects bad input with BAD_USER_INPUT and a sentence, and unknown fields', async () => {
    const bad = await gql(t.agent(), 'mutation { login(input: { email: "not-an-email", password: "x" }) { id } }');
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.body.errors[0].message).toMatch(/valid email/);
    const unknown = await gql(t.agent(), 'mutation { login(input: { email: "a@b.ch", password: "x", admin: true }) { id } }');
    expect(errorCode(unknown)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
