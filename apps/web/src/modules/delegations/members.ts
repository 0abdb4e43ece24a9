import { DELEGATION_LEVELS, type DelegationLevel } from '@berne/domain';

/** The API's limits (apps/api delegations.errors.ts). */
export const MEMBER_LIMITS = { name: 120, ministry: 160, function: 160 } as const;

export type MemberField = keyof typeof MEMBER_LIMITS;

export interface MemberDraft {
  name: string;
  ministry: string;
  function: string;
  level: DelegationLevel;
}

export function levelLabelKey(level: DelegationLevel): `delegations.levels.${DelegationLevel}` {
  return `delegations.levels.${level}`;
}

/** The same checks as the API: every field given, none too long. */
export function checkMember(
  draft: MemberDraft,
): Partial<Record<MemberField, 'required' | 'tooLong'>> {
  const problems: Partial<Record<MemberField, 'required' | 'tooLong'>> = {};
  for (const field of Object.keys(MEMBER_LIMITS) as MemberField[]) {
    const value = draft[field].trim();
    if (!value) problems[field] = 'required';
    else if (value.length > MEMBER_LIMITS[field]) problems[field] = 'tooLong';
  }
  return problems;
}

/** Most senior first, as the API orders a roster. */
export function levelOrder(level: DelegationLevel): number {
  return DELEGATION_LEVELS.indexOf(level);
}
