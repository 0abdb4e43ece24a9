import type { ResourceRef } from '../../access/access.policy';
import { isStaff, type Principal } from '../../access/principal';
import type { IndividualCaseEntity } from './case.entity';

/** The resource type of individual cases in the policy, in resource_readers and in the audit log. */
export const CASE = 'case';
/** The list of cases sent before a meeting: read by whoever may read cases and the meeting. */
export const CASE_LIST = 'case-list';

/**
 * A case as a resource of the access policy: RESTRICTED, so readable by staff cleared for
 * restricted records and by the case's named readers, never by guests or anonymous callers;
 * owned by the partner that added it (its coordinator manages the named readers, as does the
 * secretariat).
 */
export const caseResource = (
  c: Pick<IndividualCaseEntity, 'id' | 'classification' | 'ownerPartner'>,
  namedReaders: readonly string[] = [],
): ResourceRef => ({
  type: CASE,
  id: c.id,
  classification: c.classification,
  ownerPartner: c.ownerPartner,
  namedReaders,
});

/**
 * The "new case" resource: creating a case is reading into the restricted list, so it takes a
 * clearance (a named reader of one case cannot add others).
 */
export const newCaseResource = (p: Principal): ResourceRef => ({
  type: CASE,
  classification: 'RESTRICTED',
  ownerPartner: p.partnerCode ?? null,
});

/** The read scope's columns on `individual_cases`. */
export const CASE_SCOPE = {
  resourceType: CASE,
  idColumn: 'id',
  classificationColumn: 'classification',
  ownerColumn: 'ownerPartner',
} as const;

/** Cases are the partners' business: guests and anonymous callers are refused before anything. */
export const mayUseCases = (p: Principal) => isStaff(p);
