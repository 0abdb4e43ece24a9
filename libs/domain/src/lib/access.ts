/** Roles a signed-in account can hold. Anonymous callers have no account and no role. */
export const ROLES = ['SECRETARIAT', 'COORDINATOR', 'DIPLOMAT', 'GUEST'] as const;
export type Role = (typeof ROLES)[number];

/** The kinds of principal the access policy reasons about. */
export type PrincipalKind = Role | 'ANONYMOUS';

/**
 * Every record carries one classification (seed rec. 10: transparency balanced with effectiveness).
 * - PUBLIC: anyone, including anonymous readers and guests.
 * - PARTNERS: every Berne Process member's staff.
 * - PARTNER_PRIVATE: one partner's delegation (its working drafts).
 * - RESTRICTED: named readers, or staff cleared for restricted material (e.g. individual cases).
 */
export const CLASSIFICATIONS = ['PUBLIC', 'PARTNERS', 'PARTNER_PRIVATE', 'RESTRICTED'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/** What a principal may try to do to a resource. */
export const ACTIONS = ['read', 'create', 'update', 'delete', 'share', 'export', 'administer'] as const;
export type Action = (typeof ACTIONS)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isClassification(value: string): value is Classification {
  return (CLASSIFICATIONS as readonly string[]).includes(value);
}
