/** Agenda items move through these states; every change is recorded with who and when. */
export const AGENDA_ITEM_STATES = [
  'PROPOSED',
  'IN_CONSULTATION',
  'AGREED',
  'CONTESTED',
  'WITHDRAWN',
  'DEFERRED',
] as const;
export type AgendaItemState = (typeof AGENDA_ITEM_STATES)[number];

/** A delegation's position on an item (one per partner, not per person). */
export const CONSENT_POSITIONS = ['NOT_YET', 'AGREE', 'RESERVATION', 'OBJECTION'] as const;
export type ConsentPosition = (typeof CONSENT_POSITIONS)[number];

/** Vulnerable groups an item can be tagged with (seed rec. on women, children, elderly, minorities). */
export const VULNERABLE_GROUPS = ['WOMEN', 'CHILDREN', 'ELDERLY', 'ETHNIC_MINORITIES'] as const;
export type VulnerableGroup = (typeof VULNERABLE_GROUPS)[number];

/** Regions for items on China's influence on human rights abroad. */
export const INFLUENCE_REGIONS = [
  'AFRICA',
  'ASIA_PACIFIC',
  'CENTRAL_ASIA',
  'EUROPE',
  'LATIN_AMERICA',
  'MIDDLE_EAST',
  'UN_SYSTEM',
] as const;
export type InfluenceRegion = (typeof INFLUENCE_REGIONS)[number];

/** What an agenda item can link to. A case link shows only to readers cleared for the case. */
export const AGENDA_LINK_KINDS = ['BRIEFING_NOTE', 'BENCHMARK', 'CASE'] as const;
export type AgendaLinkKind = (typeof AGENDA_LINK_KINDS)[number];
