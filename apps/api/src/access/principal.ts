import type { PartnerCode, PrincipalKind } from '@berne/domain';

/** Who is asking. Built once per request / socket from the session; never from client input. */
export interface Principal {
  kind: PrincipalKind;
  userId?: string;
  email?: string;
  displayName?: string;
  partnerCode?: PartnerCode | null;
  /** Cleared to read RESTRICTED records. */
  cleared: boolean;
  sessionId?: string;
  /** Consultation rounds an NGO guest is invited to; empty for everyone else. */
  guestRoundIds: readonly string[];
}

export const ANONYMOUS: Principal = Object.freeze({
  kind: 'ANONYMOUS',
  cleared: false,
  guestRoundIds: [],
});

export const isStaff = (p: Principal) =>
  p.kind === 'SECRETARIAT' || p.kind === 'COORDINATOR' || p.kind === 'DIPLOMAT';
