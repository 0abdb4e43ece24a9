import {
  AGENDA_ITEM_STATES,
  CONSENT_POSITIONS,
  INFLUENCE_REGIONS,
  VULNERABLE_GROUPS,
  type AgendaItemState,
  type ConsentPosition,
  type InfluenceRegion,
  type VulnerableGroup,
} from '@berne/domain';
import { TEXT_COLORS } from '../meetings/display';

/** Items that no longer take positions and count for no time. */
export const CLOSED_STATES: readonly AgendaItemState[] = ['WITHDRAWN', 'DEFERRED'];

export function isClosedState(state: AgendaItemState): boolean {
  return CLOSED_STATES.includes(state);
}

export function isAgendaItemState(value: unknown): value is AgendaItemState {
  return typeof value === 'string' && (AGENDA_ITEM_STATES as readonly string[]).includes(value);
}

export function isConsentPosition(value: unknown): value is ConsentPosition {
  return typeof value === 'string' && (CONSENT_POSITIONS as readonly string[]).includes(value);
}

export function isVulnerableGroup(value: unknown): value is VulnerableGroup {
  return typeof value === 'string' && (VULNERABLE_GROUPS as readonly string[]).includes(value);
}

export function isInfluenceRegion(value: unknown): value is InfluenceRegion {
  return typeof value === 'string' && (INFLUENCE_REGIONS as readonly string[]).includes(value);
}

export function stateLabelKey(state: AgendaItemState): `agendas.states.${AgendaItemState}` {
  return `agendas.states.${state}`;
}

export function positionLabelKey(
  position: ConsentPosition,
): `agendas.positions.${ConsentPosition}` {
  return `agendas.positions.${position}`;
}

export function groupLabelKey(group: VulnerableGroup): `agendas.groups.${VulnerableGroup}` {
  return `agendas.groups.${group}`;
}

export function regionLabelKey(region: InfluenceRegion): `agendas.regions.${InfluenceRegion}` {
  return `agendas.regions.${region}`;
}

/**
 * The badge colour of a state (AA contrast on white). Colour is never alone: the badge says the
 * state in words.
 */
export function stateColor(state: AgendaItemState): string {
  switch (state) {
    case 'PROPOSED':
      return TEXT_COLORS.neutral;
    case 'IN_CONSULTATION':
      return TEXT_COLORS.info;
    case 'AGREED':
      return TEXT_COLORS.good;
    case 'CONTESTED':
      return TEXT_COLORS.bad;
    case 'WITHDRAWN':
      return TEXT_COLORS.neutral;
    case 'DEFERRED':
      return TEXT_COLORS.maybe;
  }
}

export function positionColor(position: ConsentPosition): string {
  switch (position) {
    case 'AGREE':
      return TEXT_COLORS.good;
    case 'RESERVATION':
      return TEXT_COLORS.maybe;
    case 'OBJECTION':
      return TEXT_COLORS.bad;
    case 'NOT_YET':
      return TEXT_COLORS.neutral;
  }
}

/** A shape per position, so positions differ in more than colour (the chip also says it in words). */
export function positionSymbol(position: ConsentPosition): string {
  switch (position) {
    case 'AGREE':
      return '✓';
    case 'RESERVATION':
      return '!';
    case 'OBJECTION':
      return '✕';
    case 'NOT_YET':
      return '…';
  }
}

/** The radio group's order: what a delegation says most often first, "not yet" last. */
export const POSITION_CHOICES: readonly ConsentPosition[] = [
  'AGREE',
  'RESERVATION',
  'OBJECTION',
  'NOT_YET',
];
