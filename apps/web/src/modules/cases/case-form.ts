import {
  CASE_LIMITS,
  CASE_REFERENCE_PATTERN,
  type CaseAnswerKind,
  type CaseRaisingChannel,
  type CaseStatus,
  type PartnerCode,
  type VulnerableGroup,
} from '@berne/domain';
import type {
  CreateCaseInput,
  RecordCaseAnswerInput,
  RecordCaseRaisingInput,
} from '../../generated/graphql';

/*
 * The case forms' rules, mirroring the API's (apps/api cases: case-fields.ts): one-line fields
 * have their whitespace runs collapsed before they are measured, long texts are trimmed; dates are
 * calendar dates no later than today. The API checks again and its sentence is shown when it
 * refuses.
 */

/** The case form's fields as typed. */
export interface CaseFormValues {
  reference: string;
  name: string;
  nativeName: string;
  birthYear: string;
  region: string;
  status: CaseStatus;
  detainedOn: string;
  charges: string;
  sentence: string;
  location: string;
  summary: string;
  sourceName: string;
  sourceReference: string;
  themeCodes: string[];
  vulnerableGroups: VulnerableGroup[];
}

export const EMPTY_CASE_FORM: CaseFormValues = {
  reference: '',
  name: '',
  nativeName: '',
  birthYear: '',
  region: '',
  status: 'DETAINED',
  detainedOn: '',
  charges: '',
  sentence: '',
  location: '',
  summary: '',
  sourceName: '',
  sourceReference: '',
  themeCodes: [],
  vulnerableGroups: [],
};

/** One-line fields and their limits (the API's `cleanLine`). */
export const CASE_LINE_FIELDS = {
  name: CASE_LIMITS.name,
  nativeName: CASE_LIMITS.name,
  region: CASE_LIMITS.shortText,
  charges: CASE_LIMITS.shortText,
  sentence: CASE_LIMITS.shortText,
  location: CASE_LIMITS.shortText,
  sourceName: CASE_LIMITS.shortText,
  sourceReference: CASE_LIMITS.shortText,
} as const;
export type CaseLineField = keyof typeof CASE_LINE_FIELDS;

export type CaseFormField = CaseLineField | 'reference' | 'birthYear' | 'detainedOn' | 'summary';

export type CaseFormProblem =
  | { field: 'name'; code: 'required' }
  | { field: CaseLineField | 'summary'; code: 'tooLong'; max: number }
  | { field: 'reference'; code: 'badReference' }
  | { field: 'birthYear'; code: 'badBirthYear' }
  | { field: 'detainedOn'; code: 'badDate' | 'futureDate' };

/** One line, as the API stores it: whitespace runs (line breaks too) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a real calendar date written YYYY-MM-DD (no 31 April). */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Today's date in UTC, as the API counts it. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** A past (or today's) date, or empty: null when fine, else what is wrong. */
export function pastDateProblem(
  raw: string,
  now: Date = new Date(),
): 'badDate' | 'futureDate' | null {
  const text = raw.trim();
  if (!text) return null;
  if (!isCalendarDate(text) || Number(text.slice(0, 4)) < 1900) return 'badDate';
  if (text > todayUtc(now)) return 'futureDate';
  return null;
}

/** The reference as the API will store it (capitals), for checking and sending. */
export function normalReference(raw: string): string {
  return raw.trim().toUpperCase();
}

/** What stops the case form before the API is asked, in the form's order. */
export function caseFormProblems(
  values: CaseFormValues,
  now: Date = new Date(),
): CaseFormProblem[] {
  const problems: CaseFormProblem[] = [];
  const reference = normalReference(values.reference);
  if (reference && !CASE_REFERENCE_PATTERN.test(reference)) {
    problems.push({ field: 'reference', code: 'badReference' });
  }
  if (!oneLine(values.name)) problems.push({ field: 'name', code: 'required' });
  for (const [field, max] of Object.entries(CASE_LINE_FIELDS) as [CaseLineField, number][]) {
    if (oneLine(values[field]).length > max) problems.push({ field, code: 'tooLong', max });
  }
  const birthYear = values.birthYear.trim();
  if (birthYear) {
    const year = Number(birthYear);
    if (!/^\d{4}$/.test(birthYear) || year < 1900 || year > now.getUTCFullYear()) {
      problems.push({ field: 'birthYear', code: 'badBirthYear' });
    }
  }
  const detained = pastDateProblem(values.detainedOn, now);
  if (detained) problems.push({ field: 'detainedOn', code: detained });
  if (values.summary.trim().length > CASE_LIMITS.text) {
    problems.push({ field: 'summary', code: 'tooLong', max: CASE_LIMITS.text });
  }
  return problems;
}

/**
 * The create input (the update input takes the same fields and the id). Every field is sent, so
 * that clearing one in the form clears it in the record; an empty reference is left for the API to
 * generate (and is never cleared).
 */
export function caseInput(values: CaseFormValues): CreateCaseInput {
  const reference = normalReference(values.reference);
  const birthYear = values.birthYear.trim();
  return {
    ...(reference ? { reference } : {}),
    name: oneLine(values.name),
    nativeName: oneLine(values.nativeName),
    birthYear: birthYear ? Number(birthYear) : null,
    region: oneLine(values.region),
    status: values.status,
    detainedOn: values.detainedOn.trim(),
    charges: oneLine(values.charges),
    sentence: oneLine(values.sentence),
    location: oneLine(values.location),
    summary: values.summary.trim(),
    sourceName: oneLine(values.sourceName),
    sourceReference: oneLine(values.sourceReference),
    themeCodes: [...new Set(values.themeCodes)],
    vulnerableGroups: [...new Set(values.vulnerableGroups)],
  };
}

/** The form's values for an existing case. */
export function caseFormValues(c: {
  reference: string;
  name: string;
  nativeName: string;
  birthYear: number | null;
  region: string;
  status: CaseStatus;
  detainedOn: string | null;
  charges: string;
  sentence: string;
  location: string;
  summary: string;
  sourceName: string;
  sourceReference: string;
  themeCodes: readonly string[];
  vulnerableGroups: readonly VulnerableGroup[];
}): CaseFormValues {
  return {
    reference: c.reference,
    name: c.name,
    nativeName: c.nativeName,
    birthYear: c.birthYear === null ? '' : String(c.birthYear),
    region: c.region,
    status: c.status,
    detainedOn: c.detainedOn ?? '',
    charges: c.charges,
    sentence: c.sentence,
    location: c.location,
    summary: c.summary,
    sourceName: c.sourceName,
    sourceReference: c.sourceReference,
    themeCodes: [...c.themeCodes],
    vulnerableGroups: [...c.vulnerableGroups],
  };
}

/* ---------------------------------------------------------------- raisings and answers */

export interface RaisingFormValues {
  /** Chosen by the secretariat; others raise for their own partner (left empty). */
  partnerCode: PartnerCode | '';
  channel: CaseRaisingChannel;
  raisedOn: string;
  meetingId: string;
  request: string;
}

export type RaisingFormProblem =
  | { field: 'partnerCode'; code: 'partnerRequired' }
  | { field: 'raisedOn'; code: 'dateRequired' | 'badDate' | 'futureDate' }
  | { field: 'request'; code: 'tooLong'; max: number };

export function raisingFormProblems(
  values: RaisingFormValues,
  choosesPartner: boolean,
  now: Date = new Date(),
): RaisingFormProblem[] {
  const problems: RaisingFormProblem[] = [];
  if (choosesPartner && !values.partnerCode) {
    problems.push({ field: 'partnerCode', code: 'partnerRequired' });
  }
  if (!values.raisedOn.trim()) problems.push({ field: 'raisedOn', code: 'dateRequired' });
  else {
    const date = pastDateProblem(values.raisedOn, now);
    if (date) problems.push({ field: 'raisedOn', code: date });
  }
  if (values.request.trim().length > CASE_LIMITS.text) {
    problems.push({ field: 'request', code: 'tooLong', max: CASE_LIMITS.text });
  }
  return problems;
}

export function raisingInput(
  caseId: string,
  values: RaisingFormValues,
  choosesPartner: boolean,
): RecordCaseRaisingInput {
  return {
    caseId,
    channel: values.channel,
    raisedOn: values.raisedOn.trim(),
    request: values.request.trim(),
    ...(choosesPartner && values.partnerCode ? { partnerCode: values.partnerCode } : {}),
    ...(values.meetingId ? { meetingId: values.meetingId } : {}),
  };
}

export interface AnswerFormValues {
  answerKind: CaseAnswerKind;
  answer: string;
  answeredOn: string;
}

export type AnswerFormProblem =
  | { field: 'answeredOn'; code: 'dateRequired' | 'badDate' | 'futureDate' | 'beforeRaising' }
  | { field: 'answer'; code: 'textRequired' }
  | { field: 'answer'; code: 'tooLong'; max: number };

/**
 * An answer other than "awaited" needs its date (not before the raising, not in the future); a
 * partial or full answer, or a refusal, needs its text.
 */
export function answerFormProblems(
  values: AnswerFormValues,
  raisedOn: string,
  now: Date = new Date(),
): AnswerFormProblem[] {
  const problems: AnswerFormProblem[] = [];
  if (values.answerKind === 'AWAITED') return problems;
  const date = values.answeredOn.trim();
  if (!date) problems.push({ field: 'answeredOn', code: 'dateRequired' });
  else {
    const problem = pastDateProblem(date, now);
    if (problem) problems.push({ field: 'answeredOn', code: problem });
    else if (date < raisedOn) problems.push({ field: 'answeredOn', code: 'beforeRaising' });
  }
  const text = values.answer.trim();
  if (values.answerKind !== 'NONE' && !text) {
    problems.push({ field: 'answer', code: 'textRequired' });
  }
  if (text.length > CASE_LIMITS.text) {
    problems.push({ field: 'answer', code: 'tooLong', max: CASE_LIMITS.text });
  }
  return problems;
}

export function answerInput(raisingId: string, values: AnswerFormValues): RecordCaseAnswerInput {
  if (values.answerKind === 'AWAITED') return { raisingId, answerKind: 'AWAITED' };
  return {
    raisingId,
    answerKind: values.answerKind,
    answer: values.answer.trim(),
    answeredOn: values.answeredOn.trim(),
  };
}
