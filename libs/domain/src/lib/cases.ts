/**
 * Individual cases (seed rec. 7): a complete, detailed and current list of prisoners of concern,
 * compiled from NGO sources, sent to the other side weeks before a round, with the answers
 * recorded. Every case is RESTRICTED: cleared staff and the case's named readers only, never
 * guests; every view is audited. Shared by the API and the web app; no runtime dependencies.
 */

/** What is known of the person's situation, as last recorded. */
export const CASE_STATUSES = [
  /** Held, not (yet) tried. */
  'DETAINED',
  /** Residential surveillance at a designated location (RSDL). */
  'RSDL',
  'SENTENCED',
  /** Whereabouts unknown to family and lawyers. */
  'DISAPPEARED',
  /** Released, possibly under restrictions (exit bans, surveillance). */
  'RELEASED',
  'DECEASED',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Statuses of a case that is still of concern (lists sent before a round default to these). */
export const OPEN_CASE_STATUSES: readonly CaseStatus[] = [
  'DETAINED',
  'RSDL',
  'SENTENCED',
  'DISAPPEARED',
];

/** How a partner raised a case with the other side. */
export const CASE_RAISING_CHANNELS = [
  /** On the list sent before a round. */
  'LIST',
  /** Orally, during a dialogue round. */
  'ROUND',
  /** By letter or note verbale between rounds. */
  'LETTER',
] as const;
export type CaseRaisingChannel = (typeof CASE_RAISING_CHANNELS)[number];

/** What came back from the other side on a raising. */
export const CASE_ANSWER_KINDS = [
  /** Not yet answered. */
  'AWAITED',
  /** Nothing came back by the round (or by the deadline the partner set). */
  'NONE',
  /** Some information (e.g. the charge or the place of detention), not all that was asked. */
  'PARTIAL',
  /** The information asked for. */
  'FULL',
  /** Refused, e.g. as an internal affair. */
  'REFUSED',
] as const;
export type CaseAnswerKind = (typeof CASE_ANSWER_KINDS)[number];

/** Field limits, shared so that the web validates as the API does. */
export const CASE_LIMITS = {
  name: 200,
  text: 4000,
  shortText: 300,
  reference: 40,
} as const;

/** A reference looks like "BP-2026-014": letters, digits and dashes. */
export const CASE_REFERENCE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,39}$/;
