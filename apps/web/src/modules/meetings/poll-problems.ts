import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { isKnownTimeZone, slotToInstants, wallClock, type SlotDraft } from './time';

/** The API's limits (apps/api meetings.errors.ts), checked before sending. */
export const POLL_TITLE_MAX = 200;
export const MAX_SLOTS = 20;

/**
 * A mistake in the poll form. Each has an English sentence identical to the API's own, so what the
 * form says before sending and what the API answers read the same.
 */
export type PollProblem =
  | { code: 'titleRequired' }
  | { code: 'titleTooLong' }
  | { code: 'cityRequired' }
  | { code: 'unknownTimeZone'; zone: string }
  | { code: 'partnersRequired' }
  | { code: 'secretariatNotAPartner' }
  | { code: 'noSlots' }
  | { code: 'tooManySlots' }
  | { code: 'slotIncomplete'; slot: number }
  | { code: 'timeDoesNotExist'; slot: number }
  | { code: 'endBeforeStart'; slot: number }
  | { code: 'tooLong'; slot: number }
  | { code: 'slotInPast'; slot: number }
  | { code: 'duplicateSlot'; slot: number }
  /** A sentence from the API that the form does not know: shown as the API wrote it. */
  | { code: 'api'; message: string; slot?: number };

export type PollField = 'title' | 'city' | 'timeZone' | 'partnerCodes' | 'slots' | 'form';

export interface PollFormValues {
  title: string;
  city: string;
  timeZone: string;
  partnerCodes: readonly string[];
  slots: readonly SlotDraft[];
}

/** The form field a problem is shown next to (slot problems also name their slot). */
export function problemField(problem: PollProblem): PollField {
  switch (problem.code) {
    case 'titleRequired':
    case 'titleTooLong':
      return 'title';
    case 'cityRequired':
      return 'city';
    case 'unknownTimeZone':
      return 'timeZone';
    case 'partnersRequired':
    case 'secretariatNotAPartner':
      return 'partnerCodes';
    case 'noSlots':
    case 'tooManySlots':
    case 'slotIncomplete':
    case 'timeDoesNotExist':
    case 'endBeforeStart':
    case 'tooLong':
    case 'slotInPast':
    case 'duplicateSlot':
      return 'slots';
    case 'api':
      return problem.slot ? 'slots' : 'form';
  }
}

/** The 1-based slot a problem concerns, if any. */
export function problemSlot(problem: PollProblem): number | null {
  return 'slot' in problem && typeof problem.slot === 'number' ? problem.slot : null;
}

// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

/** The same checks as the API, in the same order, so the first problem is the one it would name. */
export function checkPollForm(values: PollFormValues, now: Date = new Date()): PollProblem[] {
  const problems: PollProblem[] = [];
  const title = values.title.trim();
  if (!title || CONTROL_CHARS.test(title)) problems.push({ code: 'titleRequired' });
  else if (title.length > POLL_TITLE_MAX) problems.push({ code: 'titleTooLong' });
  if (!values.city.trim()) problems.push({ code: 'cityRequired' });
  const zoneKnown = isKnownTimeZone(values.timeZone);
  if (!zoneKnown) problems.push({ code: 'unknownTimeZone', zone: values.timeZone });
  if (values.partnerCodes.includes('SECRETARIAT'))
    problems.push({ code: 'secretariatNotAPartner' });
  else if (values.partnerCodes.length === 0) problems.push({ code: 'partnersRequired' });
  if (values.slots.length === 0) problems.push({ code: 'noSlots' });
  else if (values.slots.length > MAX_SLOTS) problems.push({ code: 'tooManySlots' });
  if (!zoneKnown) return problems;
  const seen = new Set<string>();
  values.slots.forEach((draft, i) => {
    const slot = i + 1;
    if (!draft.date || !draft.start || !draft.end) {
      problems.push({ code: 'slotIncomplete', slot });
      return;
    }
    if (
      !wallClock(draft.date, draft.start, values.timeZone) ||
      !wallClock(draft.date, draft.end, values.timeZone)
    ) {
      problems.push({ code: 'timeDoesNotExist', slot });
      return;
    }
    const instants = slotToInstants(draft, values.timeZone);
    if (!instants) {
      problems.push({ code: 'slotIncomplete', slot });
      return;
    }
    const start = Date.parse(instants.startsAt);
    const end = Date.parse(instants.endsAt);
    if (!(end > start)) problems.push({ code: 'endBeforeStart', slot });
    else if (start <= now.getTime()) problems.push({ code: 'slotInPast', slot });
    else {
      const key = `${start}-${end}`;
      if (seen.has(key)) problems.push({ code: 'duplicateSlot', slot });
      seen.add(key);
    }
  });
  return problems;
}

type Fields = Record<string, unknown>;

const firstOf = (fields: Fields, key: string): string | undefined => {
  const value = fields[key];
  return Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;
};

/** Reads the API's `extensions.fields` (e.g. `{ "slots.1.endsAt": ["before start"] }`). */
function problemOfFields(fields: Fields, message: string): PollProblem {
  const title = firstOf(fields, 'title');
  if (title === 'required') return { code: 'titleRequired' };
  if (title === 'too long') return { code: 'titleTooLong' };
  if (firstOf(fields, 'city') === 'required') return { code: 'cityRequired' };
  if (firstOf(fields, 'timeZone') === 'unknown') {
    const zone = /“(.*)”/.exec(message)?.[1] ?? '';
    return { code: 'unknownTimeZone', zone };
  }
  const partners = firstOf(fields, 'partnerCodes');
  if (partners === 'SECRETARIAT') return { code: 'secretariatNotAPartner' };
  if (partners === 'required') return { code: 'partnersRequired' };
  for (const key of Object.keys(fields)) {
    const match = /^slots\.(\d+)\.endsAt$/.exec(key);
    if (!match) continue;
    const slot = Number(match[1]) + 1;
    const what = firstOf(fields, key);
    if (what === 'before start') return { code: 'endBeforeStart', slot };
    if (what === 'too long') return { code: 'tooLong', slot };
    return { code: 'api', message, slot };
  }
  const slots = firstOf(fields, 'slots');
  if (slots === 'required') return { code: 'noSlots' };
  if (slots === 'too many') return { code: 'tooManySlots' };
  const numbered = slots ? /^slot (\d+) (in the past|duplicated)$/.exec(slots) : null;
  if (numbered) {
    const slot = Number(numbered[1]);
    return numbered[2] === 'in the past'
      ? { code: 'slotInPast', slot }
      : { code: 'duplicateSlot', slot };
  }
  return { code: 'api', message };
}

/**
 * The form problem a BAD_USER_INPUT answer names, or null for other errors (FORBIDDEN,
 * NETWORK_ERROR…), which ErrorAlert shows from their code.
 */
export function pollProblemOf(error: unknown): PollProblem | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const e of error.errors) {
    if (e.extensions?.['code'] !== 'BAD_USER_INPUT') continue;
    const fields = e.extensions['fields'];
    if (fields && typeof fields === 'object') return problemOfFields(fields as Fields, e.message);
    return { code: 'api', message: e.message };
  }
  return null;
}

/** The translation key and values of a problem's sentence (`api` problems carry their own text). */
export function problemMessage(problem: Exclude<PollProblem, { code: 'api' }>): {
  key: `polls.problems.${Exclude<PollProblem['code'], 'api'>}`;
  values: Record<string, string | number>;
} {
  const values: Record<string, string | number> = {};
  if ('slot' in problem) values['n'] = problem.slot;
  if (problem.code === 'unknownTimeZone') values['zone'] = problem.zone.slice(0, 64);
  return { key: `polls.problems.${problem.code}`, values };
}
