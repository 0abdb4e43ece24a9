import type { ResourceRef } from '../../../access/access.policy';
import { isStaff, type Principal } from '../../../access/principal';
import type { ActionItemEntity } from '../action-item.entity';
import { ACTION_ITEM } from '../meetings.policy';

/**
 * An action item as a resource of the access policy: read by its classification, owned by the
 * partner that carries it. No named readers: a RESTRICTED item is read by cleared staff only.
 */
export const actionItemResource = (
  item: Pick<ActionItemEntity, 'id' | 'classification' | 'ownerPartner'>,
): ResourceRef => ({
  type: ACTION_ITEM,
  id: item.id,
  classification: item.classification,
  ownerPartner: item.ownerPartner,
});

/** The read scope's columns on `action_items`. */
export const ACTION_ITEM_SCOPE = {
  resourceType: ACTION_ITEM,
  idColumn: 'id',
  classificationColumn: 'classification',
  ownerColumn: 'ownerPartner',
} as const;

/**
 * Who moves an item along, once they may read it: the owning partner's staff, the person it is
 * assigned to, and the secretariat. NGO guests never do.
 */
export const mayEditActionItem = (
  p: Principal,
  item: Pick<ActionItemEntity, 'ownerPartner' | 'assigneeId'>,
): boolean =>
  isStaff(p) &&
  (p.kind === 'SECRETARIAT' ||
    (!!p.partnerCode && p.partnerCode === item.ownerPartner) ||
    (!!p.userId && p.userId === item.assigneeId));
