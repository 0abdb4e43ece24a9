import {
  CASE_ANSWER_KINDS,
  CASE_RAISING_CHANNELS,
  CASE_STATUSES,
  type CaseAnswerKind,
  type CaseRaisingChannel,
  type CaseStatus,
} from '@berne/domain';
import { TEXT_COLORS } from '../meetings/display';

export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === 'string' && (CASE_STATUSES as readonly string[]).includes(value);
}

export function isCaseAnswerKind(value: unknown): value is CaseAnswerKind {
  return typeof value === 'string' && (CASE_ANSWER_KINDS as readonly string[]).includes(value);
}

export function isCaseRaisingChannel(value: unknown): value is CaseRaisingChannel {
  return typeof value === 'string' && (CASE_RAISING_CHANNELS as readonly string[]).includes(value);
}

export function caseStatusLabelKey(status: CaseStatus): `cases.statuses.${CaseStatus}` {
  return `cases.statuses.${status}`;
}

export function answerKindLabelKey(kind: CaseAnswerKind): `cases.answerKinds.${CaseAnswerKind}` {
  return `cases.answerKinds.${kind}`;
}

export function channelLabelKey(
  channel: CaseRaisingChannel,
): `cases.channels.${CaseRaisingChannel}` {
  return `cases.channels.${channel}`;
}

/**
 * Outline colours of the status badges (≥ 4.5:1 on white). The word is the information; the
 * colour only groups: still held (red), unknown (orange), out (green), dead (grey).
 */
export const CASE_STATUS_COLORS: Record<CaseStatus, string> = {
  DETAINED: TEXT_COLORS.bad,
  RSDL: TEXT_COLORS.bad,
  SENTENCED: TEXT_COLORS.bad,
  DISAPPEARED: TEXT_COLORS.warning,
  RELEASED: TEXT_COLORS.good,
  DECEASED: TEXT_COLORS.neutral,
};

/**
 * One colour per answer kind for badges and the chart's bars: each ≥ 4.5:1 on white (text) and
 * ≥ 3:1 against its neighbours' white gaps (graphics). Every bar also has its name in the legend,
 * the tooltip and the data table.
 */
export const ANSWER_COLORS: Record<CaseAnswerKind, string> = {
  FULL: '#1e6b34',
  PARTIAL: '#7a5200',
  REFUSED: '#b02525',
  NONE: '#5c5f66',
  AWAITED: '#1c4f8c',
};

/** The chart's stacking order: answered (best first), then nothing, then still awaited. */
export const CHART_ANSWER_ORDER: readonly CaseAnswerKind[] = [
  'FULL',
  'PARTIAL',
  'REFUSED',
  'NONE',
  'AWAITED',
];

/**
 * Demo cases (references DEMO-…) are invented people: the interface says so wherever they show,
 * so that nobody takes them for real prisoners.
 */
export function isDemoCase(reference: string): boolean {
  return /^DEMO-/i.test(reference.trim());
}

/**
 * The language of a name written in the person's own script, for screen readers: Chinese when it
 * is written in Han characters, otherwise left to the page (Tibetan, Uyghur and Mongolian names
 * are mostly transliterated here).
 */
export function nativeNameLang(nativeName: string): string | undefined {
  if (/[\u3400-\u9fff\uf900-\ufaff]/.test(nativeName)) return 'zh';
  if (/[\u0f00-\u0fff]/.test(nativeName)) return 'bo';
  if (/[\u0600-\u06ff]/.test(nativeName)) return 'ug';
  return undefined;
}

/** How long an answer took, as words' keys: "the same day", "after 23 days". */
export function daysToAnswerKey(days: number): 'cases.history.sameDay' | 'cases.history.afterDays' {
  return days === 0 ? 'cases.history.sameDay' : 'cases.history.afterDays';
}

/** "The round is in 12 days" / "today" / "started 3 days ago". */
export function roundTimingKey(
  days: number,
): 'cases.list.roundIn' | 'cases.list.roundToday' | 'cases.list.roundPast' {
  if (days === 0) return 'cases.list.roundToday';
  return days > 0 ? 'cases.list.roundIn' : 'cases.list.roundPast';
}
