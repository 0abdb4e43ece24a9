import { PARTNER_CODES, ROLES, type PartnerCode, type Role } from '@berne/domain';

export interface Actor {
  id: string;
  role: Role;
  partnerCode: PartnerCode | null;
}

export interface ManagedUser {
  id: string;
  role: Role;
  partnerCode: PartnerCode | null;
}

/** Coordinators and the secretariat administer accounts. */
export function canAdministerUsers(actor: Pick<Actor, 'role'>): boolean {
  return actor.role === 'SECRETARIAT' || actor.role === 'COORDINATOR';
}

/** Roles the actor may give to someone they invite; only the secretariat creates secretariat staff. */
export function assignableRoles(actor: Pick<Actor, 'role'>): Role[] {
  switch (actor.role) {
    case 'SECRETARIAT':
      return [...ROLES];
    case 'COORDINATOR':
      return ROLES.filter((role) => role !== 'SECRETARIAT');
    case 'DIPLOMAT':
    case 'GUEST':
      return [];
  }
}

/** Partners the actor may invite into: any for the secretariat, their own for a coordinator. */
export function assignablePartners(actor: Pick<Actor, 'role' | 'partnerCode'>): PartnerCode[] {
  if (actor.role === 'SECRETARIAT') return [...PARTNER_CODES];
  if (actor.role === 'COORDINATOR' && actor.partnerCode) return [actor.partnerCode];
  return [];
}

/** Whether the actor may disable or enable this account (never their own). */
export function canManageUser(actor: Actor, target: ManagedUser): boolean {
  if (actor.id === target.id) return false;
  if (actor.role === 'SECRETARIAT') return true;
  if (actor.role === 'COORDINATOR') {
    return (
      actor.partnerCode !== null &&
      target.partnerCode === actor.partnerCode &&
      target.role !== 'SECRETARIAT'
    );
  }
  return false;
}

export interface InviteFormValues {
  email: string;
  displayName: string;
  role: Role;
  partnerCode: PartnerCode | null;
  clearedForRestricted: boolean;
}

export interface InviteInput {
  email: string;
  displayName: string;
  role: Role;
  partnerCode?: PartnerCode | null;
  clearedForRestricted: boolean;
}

export type InviteProblem =
  | 'emailRequired'
  | 'emailInvalid'
  | 'displayNameRequired'
  | 'roleNotAllowed'
  | 'partnerRequired'
  | 'partnerNotAllowed';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Validates the invitation form and builds the mutation input (a coordinator's partner is always their own). */
export function buildInviteInput(
  actor: Actor,
  values: InviteFormValues,
): { input: InviteInput } | { problem: InviteProblem } {
  const email = values.email.trim();
  const displayName = values.displayName.trim();
  if (!email) return { problem: 'emailRequired' };
  if (!EMAIL_PATTERN.test(email)) return { problem: 'emailInvalid' };
  if (!displayName) return { problem: 'displayNameRequired' };
  if (!assignableRoles(actor).includes(values.role)) return { problem: 'roleNotAllowed' };

  const partnerCode = actor.role === 'COORDINATOR' ? actor.partnerCode : values.partnerCode;
  // Guests belong to a consultation round, not a delegation; everyone else needs a partner.
  if (!partnerCode && values.role !== 'GUEST') return { problem: 'partnerRequired' };
  if (partnerCode && !assignablePartners(actor).includes(partnerCode))
    return { problem: 'partnerNotAllowed' };
  if (values.role === 'SECRETARIAT' && partnerCode !== 'SECRETARIAT')
    return { problem: 'partnerNotAllowed' };

  return {
    input: {
      email,
      displayName,
      role: values.role,
      partnerCode: partnerCode ?? null,
      // Guests are never cleared for restricted records.
      clearedForRestricted: values.role === 'GUEST' ? false : values.clearedForRestricted,
    },
  };
}
