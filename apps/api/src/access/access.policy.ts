import type { Action, Classification, PartnerCode } from '@berne/domain';
import { isStaff, type Principal } from './principal';

/**
 * What the policy needs to know about a record. Features declare their resources in this shape
 * (type + classification + owner + named readers + guest sharing) and never decide access themselves.
 */
export interface ResourceRef {
  /** e.g. 'partner', 'user', 'audit-log', 'briefing-note', 'case'. */
  type: string;
  id?: string;
  classification: Classification;
  /** The partner whose delegation owns the record (drafts, users, …). */
  ownerPartner?: PartnerCode | null;
  /** Users named as readers of a RESTRICTED record. */
  namedReaders?: readonly string[];
  /** The consultation round whose guests this record is explicitly shared with. */
  guestRoundId?: string | null;
  /** Guests of that round may also write it (submissions, live session notes). */
  guestWritable?: boolean;
}

export interface Decision {
  allowed: boolean;
  /** A short machine-readable reason, written to the audit log on denial. */
  reason: string;
}

const allow = (reason: string): Decision => ({ allowed: true, reason });
const deny = (reason: string): Decision => ({ allowed: false, reason });

const sharedWithGuest = (p: Principal, r: ResourceRef) =>
  !!r.guestRoundId && p.guestRoundIds.includes(r.guestRoundId);

function decideRead(p: Principal, r: ResourceRef): Decision {
  if (r.classification === 'PUBLIC') return allow('public');
  if (p.kind === 'ANONYMOUS') return deny('anonymous');
  if (p.kind === 'GUEST') {
    // Guests never see partner-private or restricted material, even if a round flags it.
    if (r.classification === 'PARTNERS' && sharedWithGuest(p, r)) return allow('shared-with-round');
    return deny('guest-not-shared');
  }
  switch (r.classification) {
    case 'PARTNERS':
      return allow('partners');
    case 'PARTNER_PRIVATE':
      return p.partnerCode && p.partnerCode === r.ownerPartner
        ? allow('own-partner')
        : deny('other-partner-private');
    case 'RESTRICTED':
      if (p.userId && r.namedReaders?.includes(p.userId)) return allow('named-reader');
      return p.cleared ? allow('cleared') : deny('not-cleared');
  }
}

function decideWrite(p: Principal, r: ResourceRef): Decision {
  if (p.kind === 'ANONYMOUS') return deny('anonymous');
  if (p.kind === 'GUEST') {
    // A guest writes only what its round shares with it for writing (submissions, session notes).
    const read = decideRead(p, r);
    if (!read.allowed) return read;
    return r.guestWritable && r.classification === 'PARTNERS' && sharedWithGuest(p, r)
      ? allow('guest-writable')
      : deny('guest-read-only');
  }
  const read = decideRead(p, r);
  if (!read.allowed) return read;
  if (r.classification === 'PUBLIC' && p.kind === 'DIPLOMAT') return deny('publishing-needs-coordinator');
  return allow(read.reason);
}

/** Deleting and re-sharing (classification, readers, guest flags) belong to the owner's coordinator. */
function decideManage(p: Principal, r: ResourceRef): Decision {
  if (!isStaff(p)) return deny(p.kind === 'ANONYMOUS' ? 'anonymous' : 'guest-read-only');
  const read = decideRead(p, r);
  if (!read.allowed) return read;
  if (p.kind === 'SECRETARIAT') return allow('secretariat');
  if (p.kind === 'COORDINATOR' && p.partnerCode && p.partnerCode === r.ownerPartner) {
    return allow('owner-coordinator');
  }
  return deny('not-owner-coordinator');
}

/** Administration: the secretariat manages everything; a coordinator manages its own partner's users. */
function decideAdminister(p: Principal, r: ResourceRef): Decision {
  if (p.kind === 'SECRETARIAT') return allow('secretariat');
  if (
    p.kind === 'COORDINATOR' &&
    (r.type === 'user' || r.type === 'user-directory') &&
    p.partnerCode &&
    p.partnerCode === r.ownerPartner
  ) {
    return allow('own-partner-coordinator');
  }
  return deny('not-administrator');
}

/** The one access decision of the portal. Every resolver, socket, export and search asks it. */
export function decide(p: Principal, action: Action, r: ResourceRef): Decision {
  switch (action) {
    case 'read':
    case 'export':
      return decideRead(p, r);
    case 'create':
    case 'update':
      return decideWrite(p, r);
    case 'delete':
    case 'share':
      return decideManage(p, r);
    case 'administer':
      return decideAdminister(p, r);
  }
}

export function can(p: Principal, action: Action, r: ResourceRef): boolean {
  return decide(p, action, r).allowed;
}
