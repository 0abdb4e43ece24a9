import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { UserEntity } from '../src/modules/users/user.entity';
import { createUser, randomEmail, randomPassword, signIn } from './helpers/factories';
import { demo, errorCode, gql, startTestApp, type TestApp } from './helpers/test-app';

const ME = '{ me { id email role partner { code } } }';
const USERS = `query Users($filter: UsersFilter) {
  users(filter: $filter) { id email role disabled clearedForRestricted partner { code } }
}`;
const INVITE = `mutation Invite($input: InviteUserInput!) {
  inviteUser(input: $input) { id email displayName role clearedForRestricted disabled partner { code } }
}`;
const SET_DISABLED = `mutation SetDisabled($input: SetUserDisabledInput!) { setUserDisabled(input: $input) { id disabled } }`;
const RESET = `mutation Reset($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const REQUEST_RESET = `mutation RequestReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const CHANGE = `mutation Change($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { id } }`;

interface ListedUser {
  id: string;
  email: string;
  role: string;
  disabled: boolean;
  partner: { code: string } | null;
}

describe('user administration', () => {
  let t: TestApp;
  let secretariat: TestAgent;
  let caCoordinator: TestAgent;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '1000' });
    [secretariat, caCoordinator] = await Promise.all([
      t.as(demo.secretariat),
      t.as(demo.caCoordinator),
    ]);
  });
  afterAll(() => t.close());

  const dbUsers = () => t.app.get(DataSource).getRepository(UserEntity).find();
  const invite = (agent: TestAgent, input: Record<string, unknown>) =>
    gql(agent, INVITE, {
      input: { displayName: 'Invited Person', clearedForRestricted: false, ...input },
    });

  describe('listing', () => {
    beforeAll(async () => {
      await Promise.all([
        createUser(t, { partnerCode: 'CA' }),
        createUser(t, { partnerCode: 'EU' }),
        createUser(t, { partnerCode: 'US', role: 'COORDINATOR' }),
      ]);
    });

    it('the secretariat lists every account', async () => {
      const res = await gql(secretariat, USERS);
      expect(res.body.errors).toBeUndefined();
      const listed: ListedUser[] = res.body.data.users;
      expect(listed.map((u) => u.id).sort()).toEqual((await dbUsers()).map((u) => u.id).sort());
      expect(new Set(listed.map((u) => u.partner?.code))).toEqual(
        new Set(['SECRETARIAT', 'EU', 'US', 'CA']),
      );
    });

    it('searches names and emails taking % and _ literally', async () => {
      const [percent, digits, underscore, letter] = await Promise.all(
        Array.from({ length: 4 }, () => createUser(t, { partnerCode: 'CA' })),
      );
      const users = t.app.get(DataSource).getRepository(UserEntity);
      const tag = Math.random().toString(36).slice(2, 8);
      await users.update(percent.id, { displayName: `Rate ${tag} 100% Sure` });
      await users.update(digits.id, { displayName: `Rate ${tag} 1000 Sure` });
      await users.update(underscore.id, { displayName: `Under ${tag} a_b` });
      await users.update(letter.id, { displayName: `Under ${tag} axb` });
      const found = async (search: string) =>
        ((await gql(secretariat, USERS, { filter: { search } })).body.data.users as ListedUser[])
          .map((u) => u.id)
          .sort();
      expect(await found(`${tag} 100%`)).toEqual([percent.id]);
      expect(await found(`${tag} a_b`)).toEqual([underscore.id]);
      expect(await found(`RATE ${tag}`)).toEqual([percent.id, digits.id].sort());
      // The email is searched too, whatever the case typed.
      expect(await found(letter.email.toUpperCase())).toEqual([letter.id]);
    });

    it('the secretariat can filter by partner and role', async () => {
      const res = await gql(secretariat, USERS, {
        filter: { partnerCode: 'US', role: 'DIPLOMAT' },
      });
      const expected = (await dbUsers()).filter(
        (u) => u.partnerCode === 'US' && u.role === 'DIPLOMAT',
      );
      expect(res.body.data.users.map((u: ListedUser) => u.id).sort()).toEqual(
        expected.map((u) => u.id).sort(),
      );
      expect(expected.length).toBeGreaterThan(0);
    });

    // UsersService.list asks `administer` on a resource of type 'user-directory', but the policy
    // (decideAdminister) lets a coordinator administer only type 'user': coordinators get FORBIDDEN.
    it("a coordinator lists exactly its own partner's accounts", async () => {
      const res = await gql(caCoordinator, USERS);
      expect(res.body.errors).toBeUndefined();
      const expected = (await dbUsers()).filter((u) => u.partnerCode === 'CA');
      expect(res.body.data.users.map((u: ListedUser) => u.id).sort()).toEqual(
        expected.map((u) => u.id).sort(),
      );
      // Asking for another partner's people gives nothing, not an error.
      const other = await gql(caCoordinator, USERS, { filter: { partnerCode: 'EU' } });
      expect(other.body.data.users).toEqual([]);
    });

    it('a diplomat cannot list users (FORBIDDEN), an anonymous caller is UNAUTHENTICATED', async () => {
      const diplomat = await t.as(demo.usDiplomat);
      const res = await gql(diplomat, USERS);
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(res.body.data).toBeNull();
      expect(errorCode(await gql(t.agent(), USERS))).toBe('UNAUTHENTICATED');
    });
  });

  describe('invitations', () => {
    it('a coordinator invites a diplomat of its partner, who sets a password from the mailed link and signs in', async () => {
      const email = randomEmail('invitee');
      const res = await invite(caCoordinator, { email: email.toUpperCase(), role: 'DIPLOMAT' });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.inviteUser).toMatchObject({
        email,
        role: 'DIPLOMAT',
        partner: { code: 'CA' },
        clearedForRestricted: false,
        disabled: false,
      });

      const mail = t.mailer.sent.filter((m) => m.to === email);
      expect(mail).toHaveLength(1);
      expect(mail[0].subject).toMatch(/invitation/i);
      expect(mail[0].text).toMatch(new RegExp(`${t.config.publicUrl}/reset-password\\?token=`));
      const token = t.mailer.lastLinkTo(email);

      // Not signed in before the password is set.
      const password = randomPassword();
      expect(errorCode(await gql(t.agent(), LOGIN, { input: { email, password } }))).toBe(
        'INVALID_CREDENTIALS',
      );

      const reset = await gql(t.agent(), RESET, { input: { token, newPassword: password } });
      expect(reset.body).toEqual({ data: { resetPassword: true } });
      const { agent } = await signIn(t, email, password);
      const me = await gql(agent, ME);
      expect(me.body.data.me).toMatchObject({ email, role: 'DIPLOMAT', partner: { code: 'CA' } });

      // The link is single-use.
      const again = await gql(t.agent(), RESET, {
        input: { token, newPassword: randomPassword() },
      });
      expect(errorCode(again)).toBe('INVALID_TOKEN');
      await signIn(t, email, password);
    });

    it('refuses a weak password without using up the link', async () => {
      const email = randomEmail('weak');
      expect(
        (await invite(caCoordinator, { email, role: 'DIPLOMAT' })).body.errors,
      ).toBeUndefined();
      const token = t.mailer.lastLinkTo(email);
      expect(
        errorCode(await gql(t.agent(), RESET, { input: { token, newPassword: 'short' } })),
      ).toBe('WEAK_PASSWORD');
      const withEmail = `${email.split('@')[0]}-and-more`;
      expect(
        errorCode(await gql(t.agent(), RESET, { input: { token, newPassword: withEmail } })),
      ).toBe('WEAK_PASSWORD');
      const good = await gql(t.agent(), RESET, { input: { token, newPassword: randomPassword() } });
      expect(good.body.data.resetPassword).toBe(true);
    });

    it('refuses an unknown token with INVALID_TOKEN', async () => {
      const res = await gql(t.agent(), RESET, {
        input: { token: 'x'.repeat(43), newPassword: randomPassword() },
      });
      expect(errorCode(res)).toBe('INVALID_TOKEN');
    });

    it('refuses a duplicate email with EMAIL_TAKEN, whatever its case', async () => {
      const existing = await createUser(t, { partnerCode: 'CA' });
      const before = t.mailer.sent.length;
      for (const email of [existing.email, existing.email.toUpperCase()]) {
        expect(errorCode(await invite(caCoordinator, { email, role: 'DIPLOMAT' }))).toBe(
          'EMAIL_TAKEN',
        );
      }
      expect(
        errorCode(
          await invite(secretariat, {
            email: demo.euDiplomat,
            role: 'DIPLOMAT',
            partnerCode: 'EU',
          }),
        ),
      ).toBe('EMAIL_TAKEN');
      expect(t.mailer.sent.length).toBe(before);
    });

    it.each([
      ['to another partner', { role: 'DIPLOMAT', partnerCode: 'EU' }],
      ['with the secretariat role', { role: 'SECRETARIAT' }],
      ['to the secretariat', { role: 'DIPLOMAT', partnerCode: 'SECRETARIAT' }],
    ])(
      'a coordinator cannot invite %s (FORBIDDEN), and nobody is created',
      async (_what, input) => {
        const email = randomEmail('refused');
        const res = await invite(caCoordinator, { email, ...input });
        expect(errorCode(res)).toBe('FORBIDDEN');
        expect((await dbUsers()).some((u) => u.email === email)).toBe(false);
        expect(t.mailer.sent.some((m) => m.to === email)).toBe(false);
      },
    );

    it('the secretariat invites to any partner, including a secretariat coordinator', async () => {
      for (const input of [
        { role: 'DIPLOMAT', partnerCode: 'EU' },
        { role: 'COORDINATOR', partnerCode: 'SECRETARIAT' },
      ]) {
        const email = randomEmail('by-sec');
        const res = await invite(secretariat, { email, ...input });
        expect(res.body.errors).toBeUndefined();
        expect(res.body.data.inviteUser).toMatchObject({
          email,
          role: input.role,
          partner: { code: input.partnerCode },
        });
        expect(t.mailer.lastLinkTo(email)).toMatch(/^[\w-]{20,}$/);
      }
    });

    it('a diplomat cannot invite anyone', async () => {
      const diplomat = await t.as(demo.usDiplomat);
      const res = await invite(diplomat, {
        email: randomEmail('nope'),
        role: 'DIPLOMAT',
        partnerCode: 'US',
      });
      expect(errorCode(res)).toBe('FORBIDDEN');
    });
  });

  describe('disabling accounts', () => {
    it("ends the user's open sessions at once; signing in then fails with ACCOUNT_DISABLED", async () => {
      const user = await createUser(t, { partnerCode: 'CA' });
      const first = await signIn(t, user.email, user.password);
      const second = await signIn(t, user.email, user.password);
      expect(errorCode(await gql(first.agent, ME))).toBeUndefined();

      const res = await gql(caCoordinator, SET_DISABLED, {
        input: { userId: user.id, disabled: true },
      });
      expect(res.body.data.setUserDisabled).toEqual({ id: user.id, disabled: true });

      for (const { agent } of [first, second])
        expect(errorCode(await gql(agent, ME))).toBe('UNAUTHENTICATED');
      const login = await gql(t.agent(), LOGIN, {
        input: { email: user.email, password: user.password },
      });
      expect(errorCode(login)).toBe('ACCOUNT_DISABLED');

      // Enabled again, the account signs in; the old sessions stay ended.
      await gql(secretariat, SET_DISABLED, { input: { userId: user.id, disabled: false } });
      await signIn(t, user.email, user.password);
      expect(errorCode(await gql(first.agent, ME))).toBe('UNAUTHENTICATED');
    });

    it('a coordinator cannot disable a user of another partner (FORBIDDEN)', async () => {
      const user = await createUser(t, { partnerCode: 'US' });
      const res = await gql(caCoordinator, SET_DISABLED, {
        input: { userId: user.id, disabled: true },
      });
      expect(errorCode(res)).toBe('FORBIDDEN');
      const row = await t.app
        .get(DataSource)
        .getRepository(UserEntity)
        .findOneByOrFail({ id: user.id });
      expect(row.disabled).toBe(false);
      await signIn(t, user.email, user.password);
    });

    it('nobody can disable their own account', async () => {
      const me = await gql(secretariat, ME);
      const res = await gql(secretariat, SET_DISABLED, {
        input: { userId: me.body.data.me.id, disabled: true },
      });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(errorCode(await gql(secretariat, ME))).toBeUndefined();
    });
  });

  describe('passwords', () => {
    it('a reset request for an unknown email still answers true and sends nothing', async () => {
      const before = t.mailer.sent.length;
      const email = randomEmail('unknown');
      const res = await gql(t.agent(), REQUEST_RESET, { input: { email } });
      expect(res.body).toEqual({ data: { requestPasswordReset: true } });
      expect(t.mailer.sent.length).toBe(before);
    });

    it('a reset request for a known email mails a link that sets the password and ends other sessions', async () => {
      const user = await createUser(t);
      const open = await signIn(t, user.email, user.password);
      const res = await gql(t.agent(), REQUEST_RESET, { input: { email: user.email } });
      expect(res.body).toEqual({ data: { requestPasswordReset: true } });
      const next = randomPassword();
      const reset = await gql(t.agent(), RESET, {
        input: { token: t.mailer.lastLinkTo(user.email), newPassword: next },
      });
      expect(reset.body.data.resetPassword).toBe(true);
      expect(errorCode(await gql(open.agent, ME))).toBe('UNAUTHENTICATED');
      await signIn(t, user.email, next);
    });

    it("changePassword ends the user's other sessions while the changing one stays signed in", async () => {
      const user = await createUser(t);
      const changing = await signIn(t, user.email, user.password);
      const other = await signIn(t, user.email, user.password);
      const next = randomPassword();

      const res = await gql(changing.agent, CHANGE, {
        input: { currentPassword: user.password, newPassword: next },
      });
      expect(res.body).toEqual({ data: { changePassword: true } });

      expect(errorCode(await gql(other.agent, ME))).toBe('UNAUTHENTICATED');
      const me = await gql(changing.agent, ME);
      expect(me.body.data.me.email).toBe(user.email);
      // The old password no longer works; the new one does.
      expect(
        errorCode(
          await gql(t.agent(), LOGIN, { input: { email: user.email, password: user.password } }),
        ),
      ).toBe('INVALID_CREDENTIALS');
      await signIn(t, user.email, next);
    });

    it('changePassword refuses a wrong current password and a weak new one, and changes nothing', async () => {
      const user = await createUser(t);
      const { agent } = await signIn(t, user.email, user.password);
      const change = (currentPassword: string, newPassword: string) =>
        gql(agent, CHANGE, { input: { currentPassword, newPassword } });
      expect(errorCode(await change('not the password', randomPassword()))).toBe(
        'INVALID_CREDENTIALS',
      );
      expect(errorCode(await change(user.password, 'short'))).toBe('WEAK_PASSWORD');
      expect(errorCode(await gql(agent, ME))).toBeUndefined();
      await signIn(t, user.email, user.password);
    });
  });
});
