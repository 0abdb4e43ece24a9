import type { AgendaItemState, ConsentPosition, PartnerCode } from '@berne/domain';
import { isClosedState } from './display';

/** The API's limit on a reservation's or objection's text (agendas.errors.ts). */
export const POSITION_TEXT_MAX = 2000;

export interface ConsentLike {
  partnerCode: PartnerCode;
  position: ConsentPosition;
  text?: string | null;
}

export interface ConsentSummary {
  total: number;
  agree: number;
  reservation: number;
  objection: number;
  notYet: number;
  /** Partners that have not taken a position yet, in the order given. */
  waitingFor: PartnerCode[];
  /** Partners that object, in the order given. */
  objecting: PartnerCode[];
  /** Every partner agrees or reserves: the item is agreed (as the API computes it). */
  consensus: boolean;
}

/** Counts the positions of the participating partners on one item. */
export function consentSummary(consents: readonly ConsentLike[]): ConsentSummary {
  const of = (position: ConsentPosition) => consents.filter((c) => c.position === position);
  const agree = of('AGREE').length;
  const reservation = of('RESERVATION').length;
  return {
    total: consents.length,
    agree,
    reservation,
    objection: of('OBJECTION').length,
    notYet: of('NOT_YET').length,
    waitingFor: of('NOT_YET').map((c) => c.partnerCode),
    objecting: of('OBJECTION').map((c) => c.partnerCode),
    consensus: consents.length > 0 && agree + reservation === consents.length,
  };
}

/** A reservation or an objection must say why: the other partners read it. */
export function positionNeedsText(position: ConsentPosition): boolean {
  return position === 'RESERVATION' || position === 'OBJECTION';
}

export type ConsentProblem = 'reservationText' | 'objectionText' | 'textTooLong';

/** The same checks as the API, before sending. */
export function checkConsent(position: ConsentPosition, text: string): ConsentProblem | null {
  const trimmed = text.trim();
  if (positionNeedsText(position) && !trimmed) {
    return position === 'OBJECTION' ? 'objectionText' : 'reservationText';
  }
  if (positionNeedsText(position) && trimmed.length > POSITION_TEXT_MAX) return 'textTooLong';
  return null;
}

/** The position the caller's delegation holds now (what the radio group starts from). */
export function ownPosition(
  consents: readonly ConsentLike[],
  partner: PartnerCode | null | undefined,
): ConsentLike | null {
  if (!partner) return null;
  return consents.find((c) => c.partnerCode === partner) ?? null;
}

/**
 * Whether the caller may record its delegation's position on an item now: it speaks for a
 * participating partner, the agenda is open, and the item still takes positions.
 */
export function canTakePosition(
  agenda: { status: string; speaksFor?: PartnerCode | null },
  item: { state: AgendaItemState },
): boolean {
  return agenda.status === 'OPEN' && !!agenda.speaksFor && !isClosedState(item.state);
}
