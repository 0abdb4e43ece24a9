import {
  MEETING_KINDS,
  WORKING_HOURS,
  type MeetingKind,
  type MeetingStatus,
  type PollAnswer,
} from '@berne/domain';

/**
 * One colour per kind of meeting, each dark enough for white text (WCAG AA, ≥ 4.5:1). Colour is
 * never the only sign: every event also carries the kind's name.
 */
export const KIND_COLORS: Record<MeetingKind, string> = {
  BERNE_PROCESS: '#1c4f8c',
  NGO_CONSULTATION: '#1e6b34',
  BILATERAL_ROUND: '#5b3a9e',
  EXPERT_SEMINAR: '#8a3a00',
};

/** Cancelled meetings are greyed (and struck through, and say "Cancelled"). */
export const CANCELLED_COLOR = '#5c5f66';

/**
 * Text and outline colours that keep WCAG AA contrast (≥ 4.5:1) on white; Mantine's green, orange
 * and yellow shades 9 do not.
 */
export const TEXT_COLORS = {
  good: '#1e6b34',
  warning: '#a13b00',
  maybe: '#7a5200',
  bad: '#b02525',
  neutral: '#343a40',
  info: '#1c4f8c',
} as const;

export function isMeetingKind(value: string): value is MeetingKind {
  return (MEETING_KINDS as readonly string[]).includes(value);
}

export function kindLabelKey(kind: MeetingKind): `meetings.kinds.${MeetingKind}` {
  return `meetings.kinds.${kind}`;
}

export function statusLabelKey(status: MeetingStatus): `meetings.statuses.${MeetingStatus}` {
  return `meetings.statuses.${status}`;
}

export function answerLabelKey(answer: PollAnswer): `polls.answers.${PollAnswer}` {
  return `polls.answers.${answer}`;
}

/** Badge colour of a status: calm for planned or confirmed, loud for cancelled or postponed. */
export function statusColor(status: MeetingStatus): string {
  switch (status) {
    case 'PLANNED':
      return TEXT_COLORS.neutral;
    case 'CONFIRMED':
      return TEXT_COLORS.good;
    case 'HELD':
      return TEXT_COLORS.info;
    case 'POSTPONED':
      return TEXT_COLORS.warning;
    case 'CANCELLED':
      return TEXT_COLORS.bad;
  }
}

export function answerColor(answer: PollAnswer | null): string {
  switch (answer) {
    case 'YES':
      return TEXT_COLORS.good;
    case 'IF_NEED_BE':
      return TEXT_COLORS.maybe;
    case 'NO':
      return TEXT_COLORS.bad;
    case null:
      return TEXT_COLORS.neutral;
  }
}

/** How a slot falls in a capital, as the API reports it. */
export interface LocalSlotFlags {
  outsideWorkingHours: boolean;
  weekend: boolean;
  holiday: string | null;
}

/** What makes a slot awkward in a capital; each is shown with an icon and a sentence. */
export type SlotFlag =
  { kind: 'outsideHours' } | { kind: 'weekend' } | { kind: 'holiday'; name: string };

export function slotFlags(local: LocalSlotFlags): SlotFlag[] {
  const flags: SlotFlag[] = [];
  if (local.outsideWorkingHours) flags.push({ kind: 'outsideHours' });
  if (local.weekend) flags.push({ kind: 'weekend' });
  if (local.holiday) flags.push({ kind: 'holiday', name: local.holiday });
  return flags;
}

const pad = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/** The sentence of a flag: its translation key and values, e.g. "Outside 08:00–19:00". */
export function flagMessage(flag: SlotFlag): {
  key: `polls.flags.${SlotFlag['kind']}`;
  values: Record<string, string>;
} {
  switch (flag.kind) {
    case 'outsideHours':
      return {
        key: 'polls.flags.outsideHours',
        values: { from: pad(WORKING_HOURS.start), to: pad(WORKING_HOURS.end) },
      };
    case 'weekend':
      return { key: 'polls.flags.weekend', values: {} };
    case 'holiday':
      return { key: 'polls.flags.holiday', values: { name: flag.name } };
  }
}

/** The viewer's own answer to a slot, from the list of votes. */
export function myAnswer(
  votes: readonly { userId: string; answer: PollAnswer }[],
  userId: string,
): PollAnswer | null {
  return votes.find((v) => v.userId === userId)?.answer ?? null;
}

/** Best slot first (rank 1), then earlier ones. */
export function bestSlot<T extends { rank: number; startsAt: string }>(
  slots: readonly T[],
): T | null {
  return (
    [...slots].sort(
      (a, b) => a.rank - b.rank || Date.parse(a.startsAt) - Date.parse(b.startsAt),
    )[0] ?? null
  );
}

/** Which status may follow which (as the API allows). HELD and CANCELLED are final. */
const TRANSITIONS: Record<MeetingStatus, readonly MeetingStatus[]> = {
  PLANNED: ['CONFIRMED', 'POSTPONED', 'CANCELLED', 'HELD'],
  CONFIRMED: ['HELD', 'POSTPONED', 'CANCELLED', 'PLANNED'],
  POSTPONED: ['PLANNED', 'CONFIRMED', 'CANCELLED'],
  HELD: [],
  CANCELLED: [],
};

export function nextStatuses(status: MeetingStatus): readonly MeetingStatus[] {
  return TRANSITIONS[status];
}

/** Postponing or cancelling needs a reason the participants will read. */
export function reasonRequired(status: MeetingStatus): boolean {
  return status === 'POSTPONED' || status === 'CANCELLED';
}
