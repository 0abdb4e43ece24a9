import type {
  AgendaItemState,
  AssessmentStatus,
  ConsentPosition,
  PartnerCode,
} from '@berne/domain';

/** How a state reads in English (outcome summaries, exports). */
export const AGENDA_STATE_LABEL: Record<AgendaItemState, string> = {
  PROPOSED: 'Proposed',
  IN_CONSULTATION: 'In consultation',
  AGREED: 'Agreed',
  CONTESTED: 'Contested',
  WITHDRAWN: 'Withdrawn',
  DEFERRED: 'Deferred',
};

/** How a benchmark assessment's status reads in English (theme timelines). */
export const ASSESSMENT_STATUS_LABEL: Record<AssessmentStatus, string> = {
  REGRESSED: 'Regressed',
  NO_PROGRESS: 'No progress',
  LIMITED: 'Limited progress',
  SUBSTANTIAL: 'Substantial progress',
  ACHIEVED: 'Achieved',
};

export interface OutcomePosition {
  partnerCode: PartnerCode;
  position: ConsentPosition;
  text: string | null;
}

export interface Outcome {
  state: AgendaItemState;
  summary: string;
  positions: OutcomePosition[];
}

/** Positions that carry a text the other partners need to read. */
export const isVoiced = (position: ConsentPosition) =>
  position === 'OBJECTION' || position === 'RESERVATION';

/**
 * An item's outcome: its state, the reservations and objections recorded on it (objections first,
 * then by partner), and one line saying so, e.g. "Deferred; objection by Hungary".
 */
export function agendaOutcome(
  state: AgendaItemState,
  positions: readonly OutcomePosition[],
  partnerName: (code: PartnerCode) => string,
): Outcome {
  const voiced = positions
    .filter((p) => isVoiced(p.position))
    .sort(
      (a, b) =>
        Number(b.position === 'OBJECTION') - Number(a.position === 'OBJECTION') ||
        a.partnerCode.localeCompare(b.partnerCode),
    )
    .map((p) => ({ partnerCode: p.partnerCode, position: p.position, text: p.text }));
  const by = (position: ConsentPosition) =>
    voiced
      .filter((p) => p.position === position)
      .map((p) => partnerName(p.partnerCode))
      .join(', ');
  const parts = [AGENDA_STATE_LABEL[state]];
  const objections = by('OBJECTION');
  const reservations = by('RESERVATION');
  if (objections) parts.push(`objection by ${objections}`);
  if (reservations) parts.push(`reservation by ${reservations}`);
  return { state, summary: parts.join('; '), positions: voiced };
}

/** Where the web app shows a meeting, an item on its agenda, a note, a benchmark. */
export const meetingPath = (meetingId: string) => `/meetings/${meetingId}`;
export const agendaItemPath = (meetingId: string, itemId: string) =>
  `/meetings/${meetingId}/agenda?item=${itemId}`;
export const briefingNotePath = (noteId: string) => `/briefing-notes/${noteId}`;
export const benchmarkPath = (benchmarkId: string) => `/benchmarks/${benchmarkId}`;
