import { PARTNER_CODES } from '@berne/domain';
import {
  assignablePartners,
  assignableRoles,
  buildInviteInput,
  canAdministerUsers,
  canManageUser,
  type Actor,
  type InviteFormValues,
} from '../permissions';

const secretariat: Actor = { id: 's1', role: 'SECRETARIAT', partnerCode: 'SECRETARIAT' };
const caCoordinator: Actor = { id: 'c1', role: 'COORDINATOR', partnerCode: 'CA' };
const euDiplomat: Actor = { id: 'd1', role: 'DIPLOMAT', partnerCode: 'EU' };

const form = (overrides: Partial<InviteFormValues> = {}): InviteFormValues => ({
  email: ' new.person@berne.example ',
  displayName: ' New Person ',
  role: 'DIPLOMAT',
  partnerCode: 'EU',
  clearedForRestricted: true,
  ...overrides,
});

describe('user administration rights', () => {
  it('belongs to the secretariat and coordinators', () => {
    expect(canAdministerUsers(secretariat)).toBe(true);
    expect(canAdministerUsers(caCoordinator)).toBe(true);
    expect(canAdministerUsers(euDiplomat)).toBe(false);
  });

  it('lets only the secretariat create secretariat staff', () => {
    expect(assignableRoles(secretariat)).toContain('SECRETARIAT');
    expect(assignableRoles(caCoordinator)).toEqual(['COORDINATOR', 'DIPLOMAT', 'GUEST']);
    expect(assignableRoles(euDiplomat)).toEqual([]);
  });

  it('lets the secretariat pick any partner and fixes a coordinator to their own', () => {
    expect(assignablePartners(secretariat)).toEqual([...PARTNER_CODES]);
    expect(assignablePartners(caCoordinator)).toEqual(['CA']);
    expect(assignablePartners(euDiplomat)).toEqual([]);
  });

  it('never lets anyone disable themselves', () => {
    expect(
      canManageUser(secretariat, { id: 's1', role: 'SECRETARIAT', partnerCode: 'SECRETARIAT' }),
    ).toBe(false);
    expect(canManageUser(caCoordinator, { id: 'c1', role: 'COORDINATOR', partnerCode: 'CA' })).toBe(
      false,
    );
  });

  it('limits coordinators to their own delegation', () => {
    expect(canManageUser(caCoordinator, { id: 'x', role: 'DIPLOMAT', partnerCode: 'CA' })).toBe(
      true,
    );
    expect(canManageUser(caCoordinator, { id: 'y', role: 'DIPLOMAT', partnerCode: 'US' })).toBe(
      false,
    );
    expect(canManageUser(caCoordinator, { id: 'z', role: 'SECRETARIAT', partnerCode: 'CA' })).toBe(
      false,
    );
    expect(canManageUser(secretariat, { id: 'y', role: 'DIPLOMAT', partnerCode: 'US' })).toBe(true);
    expect(canManageUser(euDiplomat, { id: 'y', role: 'DIPLOMAT', partnerCode: 'EU' })).toBe(false);
  });
});

describe('invitation form', () => {
  it('builds a trimmed input for the secretariat', () => {
    expect(buildInviteInput(secretariat, form())).toEqual({
      input: {
        email: 'new.person@berne.example',
        displayName: 'New Person',
        role: 'DIPLOMAT',
        partnerCode: 'EU',
        clearedForRestricted: true,
      },
    });
  });

  it("always uses the coordinator's own partner, whatever the form says", () => {
    const result = buildInviteInput(caCoordinator, form({ partnerCode: 'US' }));
    expect(result).toEqual({ input: expect.objectContaining({ partnerCode: 'CA' }) });
  });

  it('rejects missing or malformed fields', () => {
    expect(buildInviteInput(secretariat, form({ email: '  ' }))).toEqual({
      problem: 'emailRequired',
    });
    expect(buildInviteInput(secretariat, form({ email: 'not-an-email' }))).toEqual({
      problem: 'emailInvalid',
    });
    expect(buildInviteInput(secretariat, form({ displayName: '' }))).toEqual({
      problem: 'displayNameRequired',
    });
    expect(buildInviteInput(secretariat, form({ partnerCode: null }))).toEqual({
      problem: 'partnerRequired',
    });
    expect(buildInviteInput(caCoordinator, form({ role: 'SECRETARIAT' }))).toEqual({
      problem: 'roleNotAllowed',
    });
    expect(buildInviteInput(euDiplomat, form())).toEqual({ problem: 'roleNotAllowed' });
  });

  it('keeps secretariat staff in the secretariat', () => {
    expect(buildInviteInput(secretariat, form({ role: 'SECRETARIAT', partnerCode: 'EU' }))).toEqual(
      { problem: 'partnerNotAllowed' },
    );
    expect(
      buildInviteInput(secretariat, form({ role: 'SECRETARIAT', partnerCode: 'SECRETARIAT' })),
    ).toHaveProperty('input');
  });

  it('allows guests without a partner and never clears them for restricted records', () => {
    expect(
      buildInviteInput(
        secretariat,
        form({ role: 'GUEST', partnerCode: null, clearedForRestricted: true }),
      ),
    ).toEqual({
      input: expect.objectContaining({
        role: 'GUEST',
        partnerCode: null,
        clearedForRestricted: false,
      }),
    });
  });
});
