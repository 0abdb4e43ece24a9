import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { NoteVersionFieldsFragment, NoteVersionKind } from '../../generated/graphql';

export const VERSION_NAME_MAX = 120;

/** A mistake the versions panel can explain in words (from a check here or the API's `fields`). */
export type VersionProblem =
  'nameRequired' | 'nameTooLong' | 'onlyNamed' | 'noApprovals' | 'differentNotes' | 'restoreSame';

export type VersionProblemKey = `notes.versions.problems.${VersionProblem}`;

export function versionProblemKey(problem: VersionProblem): VersionProblemKey {
  return `notes.versions.problems.${problem}`;
}

export type VersionKindKey = `notes.versions.kind.${NoteVersionKind}`;

export function versionKindKey(kind: NoteVersionKind): VersionKindKey {
  return `notes.versions.kind.${kind}`;
}

// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

/** The API's rules for a version name, checked before sending. */
export function checkVersionName(raw: string): VersionProblem | null {
  const name = raw.trim();
  if (!name || CONTROL_CHARS.test(name)) return 'nameRequired';
  if (name.length > VERSION_NAME_MAX) return 'nameTooLong';
  return null;
}

type Fields = Record<string, unknown>;

function firstOf(fields: Fields, key: string): string | undefined {
  const value = fields[key];
  return Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;
}

/**
 * The problem a BAD_USER_INPUT answer names through `extensions.fields`. A restore refused
 * without fields means the note already has that content (an archived note offers no restore).
 */
export function versionProblemOf(
  error: unknown,
  action: 'name' | 'restore' | 'approve' | 'seal' | 'compare',
): VersionProblem | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const e of error.errors) {
    if (e.extensions?.['code'] !== 'BAD_USER_INPUT') continue;
    const fields = (e.extensions['fields'] ?? {}) as Fields;
    const name = firstOf(fields, 'name');
    if (name === 'required') return 'nameRequired';
    if (name === 'too long') return 'nameTooLong';
    const id = firstOf(fields, 'id');
    if (id === 'not named') return 'onlyNamed';
    if (id === 'no approvals') return 'noApprovals';
    if (firstOf(fields, 'toId') !== undefined) return 'differentNotes';
    if (action === 'restore' && Object.keys(fields).length === 0) return 'restoreSame';
  }
  return null;
}

export type DiffChange = 'added' | 'removed' | 'same';

export interface DiffLineView {
  change: DiffChange;
  /** Shown before the line: "+", "−" (minus sign) or nothing. Never the only cue: see `label`. */
  sign: string;
  /** Translation key of the word read out before a changed line; null for unchanged lines. */
  label: 'notes.versions.diff.added' | 'notes.versions.diff.removed' | null;
}

/** How one line of a diff is shown: sign, colour class and the word said to screen readers. */
export function diffLineView(change: string): DiffLineView {
  switch (change) {
    case 'ADDED':
      return { change: 'added', sign: '+', label: 'notes.versions.diff.added' };
    case 'REMOVED':
      return { change: 'removed', sign: '\u2212', label: 'notes.versions.diff.removed' };
    default:
      return { change: 'same', sign: '', label: null };
  }
}

type Version = Pick<NoteVersionFieldsFragment, 'kind' | 'sealedAt' | 'approvals'>;

export interface VersionActor {
  role: string;
  partnerCode: string | null;
  /** The API lets the user edit the note. */
  canEdit: boolean;
  /** The owner partner's coordinator or the secretariat (`note.canShare`). */
  canShare: boolean;
}

/** A delegation approves a named, unsealed version once; read-only users only look. */
export function canApproveVersion(version: Version, actor: VersionActor): boolean {
  return (
    actor.canEdit &&
    (actor.role === 'COORDINATOR' || actor.role === 'DIPLOMAT') &&
    actor.partnerCode !== null &&
    actor.partnerCode !== 'SECRETARIAT' &&
    version.kind === 'NAMED' &&
    !version.sealedAt &&
    !version.approvals.some((a) => a.partnerCode === actor.partnerCode)
  );
}

/** Sealing is offered to whoever may share the note, for a named version not yet sealed. */
export function canSealVersion(version: Version, actor: VersionActor): boolean {
  return actor.canShare && version.kind === 'NAMED' && !version.sealedAt;
}
