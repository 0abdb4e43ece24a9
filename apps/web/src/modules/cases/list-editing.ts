import { CASE_LIMITS, type CaseStatus } from '@berne/domain';
import type { CaseListEntryInput } from '../../generated/graphql';

/** The API's cap on a meeting's list (apps/api cases.inputs CASE_LIST_MAX). */
export const CASE_LIST_MAX = 200;

/** A case on the list being prepared: what the table shows and the request for it. */
export interface DraftEntry {
  caseId: string;
  reference: string;
  name: string;
  status: CaseStatus;
  request: string;
}

export function moveEntry(entries: readonly DraftEntry[], from: number, to: number): DraftEntry[] {
  if (from < 0 || from >= entries.length || to < 0 || to >= entries.length || from === to) {
    return [...entries];
  }
  const next = [...entries];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved);
  return next;
}

/** Adds a case at the end, unless it is already on the list. */
export function addEntry(entries: readonly DraftEntry[], entry: DraftEntry): DraftEntry[] {
  if (entries.some((e) => e.caseId === entry.caseId)) return [...entries];
  return [...entries, entry];
}

export function removeEntry(entries: readonly DraftEntry[], caseId: string): DraftEntry[] {
  return entries.filter((e) => e.caseId !== caseId);
}

export function setRequest(
  entries: readonly DraftEntry[],
  caseId: string,
  request: string,
): DraftEntry[] {
  return entries.map((e) => (e.caseId === caseId ? { ...e, request } : e));
}

/** Whether the draft differs from the saved list: other cases, another order or other requests. */
export function isListChanged(
  saved: readonly Pick<DraftEntry, 'caseId' | 'request'>[],
  draft: readonly Pick<DraftEntry, 'caseId' | 'request'>[],
): boolean {
  if (saved.length !== draft.length) return true;
  return saved.some(
    (entry, i) =>
      entry.caseId !== draft[i].caseId || entry.request.trim() !== draft[i].request.trim(),
  );
}

export type ListProblem =
  { code: 'tooMany'; max: number } | { code: 'requestTooLong'; caseId: string; max: number };

export function listProblems(entries: readonly DraftEntry[]): ListProblem[] {
  const problems: ListProblem[] = [];
  if (entries.length > CASE_LIST_MAX) problems.push({ code: 'tooMany', max: CASE_LIST_MAX });
  for (const e of entries) {
    if (e.request.trim().length > CASE_LIMITS.text) {
      problems.push({ code: 'requestTooLong', caseId: e.caseId, max: CASE_LIMITS.text });
    }
  }
  return problems;
}

export function listInput(entries: readonly DraftEntry[]): CaseListEntryInput[] {
  return entries.map((e) => ({ caseId: e.caseId, request: e.request.trim() }));
}
