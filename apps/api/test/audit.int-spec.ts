import { DataSource } from 'typeorm';
import { AuditEntryEntity } from '../src/audit/audit-entry.entity';
import { DEMO_PASSWORD } from '../src/database/seed/demo-accounts';
import { createUser, randomEmail, randomPassword, signIn } from './helpers/factories';
import {
  demo,
  dialect,
  errorCode,
  gql,
  LOGIN,
  startTestApp,
  type TestApp,
} from './helpers/test-app';

const AUDIT_LOG = `query Audit($filter: AuditFilterInput, $offset: Int, $limit: Int) {
  auditLog(filter: $filter, offset: $offset, limit: $limit) {
    total
    entries { id at actorId actorEmail action resourceType resourceId outcome ip details }
  }
}`;
const VERIFY = '{ verifyAuditLog { ok checked firstBrokenId } }';

interface Entry {
  id: string;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  outcome: 'SUCCESS' | 'FAILURE' | 'DENIED';
  ip: string | null;
  details: string | null;
}

const rowsOf = (t: TestApp) =>
  t.app
    .get(DataSource)
    .getRepository(AuditEntryEntity)
    .find({ order: { id: 'ASC' } });

const attemptLogin = (t: TestApp, email: string, password: string) =>
  gql(t.agent(), LOGIN, { input: { email, password } });

describe('audit log', () => {
  let t: TestApp;
  let secretariat: Awaited<ReturnType<TestApp['as']>>;

  beforeAll(async () => {
    t = await startTestApp({
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '50',
      LOGIN_MAX_FAILURES_PER_IP: '1000',
    });
    secretariat = await t.as(demo.secretariat);
  });
  afterAll(() => t.close());

  async function auditLog(variables: Record<string, unknown> = {}) {
    const res = await gql(secretariat, AUDIT_LOG, variables);
    expect(res.body.errors).toBeUndefined();
    return res.body.data.auditLog as { total: number; entries: Entry[] };
  }

  it('records a login, with the account that signed in', async () => {
    const user = await createUser(t, { role: 'DIPLOMAT', partnerCode: 'EU' });
    await signIn(t, user.email, user.password);
    const rows = (await rowsOf(t)).filter((r) => r.actorId === user.id);
    expect(rows).toEqual([
      expect.objectContaining({
        action: 'auth.login',
        outcome: 'SUCCESS',
        actorEmail: user.email,
        ip: expect.any(String),
      }),
    ]);
  });

  it('records failed logins with the attempted email, known or not, and never the password', async () => {
    const user = await createUser(t);
    const wrong = randomPassword();
    const unknownEmail = randomEmail('ghost');
    const unknownPassword = randomPassword();
    expect(errorCode(await attemptLogin(t, user.email, wrong))).toBe('INVALID_CREDENTIALS');
    expect(errorCode(await attemptLogin(t, unknownEmail.toUpperCase(), unknownPassword))).toBe(
      'INVALID_CREDENTIALS',
    );

    const rows = await rowsOf(t);
    const known = rows.filter((r) => r.actorEmail === user.email);
    const unknown = rows.filter((r) => r.actorEmail === unknownEmail);
    expect(known).toEqual([
      expect.objectContaining({
        action: 'auth.login_failed',
        outcome: 'FAILURE',
        actorId: user.id,
      }),
    ]);
    expect(unknown).toEqual([
      expect.objectContaining({ action: 'auth.login_failed', outcome: 'FAILURE', actorId: null }),
    ]);
    const everything = JSON.stringify(rows);
    expect(everything).not.toContain(wrong);
    expect(everything).not.toContain(unknownPassword);
  });

  it('records access denials: a diplomat asking for the users or the audit log', async () => {
    const diplomat = await createUser(t, { role: 'DIPLOMAT', partnerCode: 'US' });
    const { agent } = await signIn(t, diplomat.email, diplomat.password);
    expect(errorCode(await gql(agent, '{ users { id } }'))).toBe('FORBIDDEN');
    expect(errorCode(await gql(agent, AUDIT_LOG))).toBe('FORBIDDEN');
    expect(errorCode(await gql(agent, VERIFY))).toBe('FORBIDDEN');

    const denials = (await rowsOf(t)).filter(
      (r) => r.actorId === diplomat.id && r.action === 'access.denied',
    );
    expect(denials.map((d) => [d.outcome, d.actorEmail, d.resourceType])).toEqual([
      ['DENIED', diplomat.email, 'user-directory'],
      ['DENIED', diplomat.email, 'audit-log'],
      ['DENIED', diplomat.email, 'audit-log'],
    ]);
    for (const d of denials) {
      expect(JSON.parse(d.details!)).toEqual({
        attempted: 'administer',
        reason: 'not-administrator',
      });
    }
  });

  it('refuses the audit log to a diplomat and a coordinator (FORBIDDEN) and to anonymous callers (UNAUTHENTICATED)', async () => {
    const diplomat = await t.as(demo.euDiplomat);
    const coordinator = await t.as(demo.caCoordinator);
    for (const query of [AUDIT_LOG, VERIFY]) {
      for (const [agent, code] of [
        [diplomat, 'FORBIDDEN'],
        [coordinator, 'FORBIDDEN'],
        [t.agent(), 'UNAUTHENTICATED'],
      ] as const) {
        const res = await gql(agent, query);
        expect(errorCode(res)).toBe(code);
        expect(res.body.data).toBeNull();
      }
    }
  });

  describe('auditLog(filter, offset, limit), for the secretariat', () => {
    let email: string;
    beforeAll(async () => {
      // Five failed logins of one fresh address: a set of entries no other test touches.
      email = randomEmail('paged');
      for (let i = 0; i < 5; i++) await attemptLogin(t, email, `wrong password ${i}`);
    });

    it('returns the newest entries first, with the total', async () => {
      const all = await auditLog({ limit: 200 });
      const rows = await rowsOf(t);
      expect(all.total).toBe(rows.length);
      const ids = all.entries.map((e) => Number(e.id));
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      expect(ids[0]).toBe(rows[rows.length - 1].id);
    });

    it('filters by actor email, case-insensitively and by part of the address', async () => {
      const page = await auditLog({ filter: { actorEmail: email.split('@')[0].toUpperCase() } });
      expect(page.total).toBe(5);
      expect(page.entries.map((e) => e.actorEmail)).toEqual(Array(5).fill(email));
    });

    it('filters by action', async () => {
      const page = await auditLog({ filter: { action: 'auth.login_failed' }, limit: 200 });
      const expected = (await rowsOf(t)).filter((r) => r.action === 'auth.login_failed');
      expect(expected.length).toBeGreaterThanOrEqual(5);
      expect(page.total).toBe(expected.length);
      expect(new Set(page.entries.map((e) => e.action))).toEqual(new Set(['auth.login_failed']));
    });

    it('filters by outcome', async () => {
      for (const outcome of ['SUCCESS', 'FAILURE', 'DENIED'] as const) {
        const page = await auditLog({ filter: { outcome }, limit: 200 });
        const expected = (await rowsOf(t)).filter((r) => r.outcome === outcome);
        expect(page.total).toBe(expected.length);
        expect(page.entries.every((e) => e.outcome === outcome)).toBe(true);
      }
    });

    it('combines filters', async () => {
      const failures = await auditLog({
        filter: { actorEmail: email, outcome: 'FAILURE', action: 'login_failed' },
      });
      expect(failures.total).toBe(5);
      const none = await auditLog({ filter: { actorEmail: email, outcome: 'SUCCESS' } });
      expect(none).toEqual({ total: 0, entries: [] });
    });

    it('filters by time (from / to)', async () => {
      const mine = (await auditLog({ filter: { actorEmail: email } })).entries; // newest first
      const at = (e: Entry) => new Date(e.at).getTime();
      const pivot = mine[2];
      const from = await auditLog({ filter: { actorEmail: email, from: pivot.at } });
      expect(from.entries.map((e) => e.id)).toEqual(
        mine.filter((e) => at(e) >= at(pivot)).map((e) => e.id),
      );
      const to = await auditLog({ filter: { actorEmail: email, to: pivot.at } });
      expect(to.entries.map((e) => e.id)).toEqual(
        mine.filter((e) => at(e) <= at(pivot)).map((e) => e.id),
      );
      expect(from.total).toBeGreaterThan(0);
      expect(to.total).toBeGreaterThan(0);
    });

    it('paginates with offset and limit, without gaps or repeats', async () => {
      const filter = { actorEmail: email };
      const pages = [
        await auditLog({ filter, offset: 0, limit: 2 }),
        await auditLog({ filter, offset: 2, limit: 2 }),
        await auditLog({ filter, offset: 4, limit: 2 }),
        await auditLog({ filter, offset: 6, limit: 2 }),
      ];
      expect(pages.map((p) => p.total)).toEqual([5, 5, 5, 5]);
      expect(pages.map((p) => p.entries.length)).toEqual([2, 2, 1, 0]);
      const paged = pages.flatMap((p) => p.entries.map((e) => e.id));
      const whole = (await auditLog({ filter, limit: 5 })).entries.map((e) => e.id);
      expect(paged).toEqual(whole);
      expect(new Set(paged).size).toBe(5);
    });

    it.each([[{ offset: -1 }], [{ limit: 0 }], [{ limit: 201 }]])(
      'refuses out-of-range paging %j with BAD_USER_INPUT',
      async (paging) => {
        expect(errorCode(await gql(secretariat, AUDIT_LOG, paging))).toBe('BAD_USER_INPUT');
      },
    );
  });

  it('verifyAuditLog walks the whole chain and finds it intact', async () => {
    const res = await gql(secretariat, VERIFY);
    expect(res.body.data.verifyAuditLog).toEqual({
      ok: true,
      checked: (await rowsOf(t)).length,
      firstBrokenId: null,
    });
    expect(res.body.data.verifyAuditLog.checked).toBeGreaterThan(10);
  });

  it('never stores a password, a session token or a reset token', async () => {
    const secrets = [DEMO_PASSWORD];
    // Sessions of demo accounts (their cookie carries the token).
    for (const email of [demo.secretariat, demo.euDiplomat, demo.usDiplomat, demo.caCoordinator]) {
      const { agent, cookie } = await signIn(t, email, DEMO_PASSWORD);
      secrets.push(cookie.split('=')[1]);
      await gql(agent, 'mutation { logout }');
    }
    // A password reset, a failed and a successful password change of a fresh account.
    const user = await createUser(t);
    secrets.push(user.password);
    await gql(
      t.agent(),
      'mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }',
      {
        i: { email: user.email },
      },
    );
    const resetToken = t.mailer.lastLinkTo(user.email);
    const next = randomPassword();
    secrets.push(resetToken, next);
    const reset = await gql(
      t.agent(),
      'mutation($i: ResetPasswordInput!) { resetPassword(input: $i) }',
      {
        i: { token: resetToken, newPassword: next },
      },
    );
    expect(reset.body.data.resetPassword).toBe(true);
    const { agent, cookie } = await signIn(t, user.email, next);
    secrets.push(cookie.split('=')[1]);
    const third = randomPassword();
    secrets.push(third, 'not-the-current-password');
    const change = (currentPassword: string) =>
      gql(agent, 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) }', {
        i: { currentPassword, newPassword: third },
      });
    expect(errorCode(await change('not-the-current-password'))).toBe('INVALID_CREDENTIALS');
    expect((await change(next)).body.data.changePassword).toBe(true);

    const rows = await rowsOf(t);
    const actions = new Set(rows.map((r) => r.action));
    for (const action of [
      'auth.password_reset_requested',
      'auth.password_reset',
      'auth.password_change_failed',
      'auth.password_changed',
      'auth.logout',
    ]) {
      expect(actions).toContain(action);
    }
    const stored = JSON.stringify(rows);
    for (const secret of secrets) expect(stored).not.toContain(secret);
  });
});

describe('audit log tampering', () => {
  let t: TestApp;
  let ds: DataSource;
  let secretariat: Awaited<ReturnType<TestApp['as']>>;

  beforeAll(async () => {
    t = await startTestApp();
    ds = t.app.get(DataSource);
    secretariat = await t.as(demo.secretariat);
    for (let i = 0; i < 4; i++) await attemptLogin(t, randomEmail('tamper'), `wrong ${i}`);
  });
  afterAll(() => t.close());

  const verify = async () => {
    const res = await gql(secretariat, VERIFY);
    expect(res.body.errors).toBeUndefined();
    return res.body.data.verifyAuditLog as {
      ok: boolean;
      checked: number;
      firstBrokenId: string | null;
    };
  };

  it('refuses UPDATE and DELETE of audit rows at the database, and verification detects edits made around it', async () => {
    const rows = await rowsOf(t);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(await verify()).toEqual({ ok: true, checked: rows.length, firstBrokenId: null });
    const victim = rows[2];
    const p = dialect === 'postgres' ? '$1' : '?';
    const p2 = dialect === 'postgres' ? '$2' : '?';

    // Whoever connects, a plain UPDATE or DELETE is refused by the append-only triggers.
    await expect(
      ds.query(`UPDATE audit_log SET action = 'tampered' WHERE id = ${p}`, [victim.id]),
    ).rejects.toThrow(/append-only/);
    await expect(ds.query(`DELETE FROM audit_log WHERE id = ${p}`, [victim.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(ds.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    if (dialect === 'postgres')
      await expect(ds.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    const after = await rowsOf(t);
    expect(after).toHaveLength(rows.length);
    expect(after.find((r) => r.id === victim.id)?.action).toBe(victim.action);

    // Someone with file or superuser access gets round the triggers…
    if (dialect === 'postgres') {
      await ds.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
    } else {
      await ds.query('DROP TRIGGER audit_log_no_update');
      await ds.query('DROP TRIGGER audit_log_no_delete');
    }
    // …and edits a row: the chain breaks at that row.
    await ds.query(`UPDATE audit_log SET action = 'tampered' WHERE id = ${p}`, [victim.id]);
    expect(await verify()).toEqual({ ok: false, checked: 2, firstBrokenId: String(victim.id) });

    // Put back as it was, the chain holds again; deleting a row breaks it at the next one.
    await ds.query(`UPDATE audit_log SET action = ${p} WHERE id = ${p2}`, [
      victim.action,
      victim.id,
    ]);
    expect((await verify()).ok).toBe(true);
    await ds.query(`DELETE FROM audit_log WHERE id = ${p}`, [victim.id]);
    expect(await verify()).toEqual({ ok: false, checked: 2, firstBrokenId: String(rows[3].id) });
  });
});
