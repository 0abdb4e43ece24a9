import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The API's limits (apps/api agendas.errors.ts), checked before sending. */
export const ITEM_TITLE_MAX = 200;
export const ITEM_DESCRIPTION_MAX = 8000;
export const ITEM_MINUTES_MAX = 600;
export const REOPEN_REASON_MAX = 500;

export type ItemField =
  | 'proposingPartner'
  | 'title'
  | 'description'
  | 'minutes'
  | 'themeCodes'
  | 'influenceRegion'
  | 'links'
  | 'form';

/**
 * A mistake in the proposal form. Known ones are translated (their English sentence is the API's
 * own); others carry the API's sentence as it wrote it.
 */
export type ItemProblem =
  | { field: ItemField; code: 'titleRequired' | 'titleTooLong' | 'descriptionTooLong' }
  | { field: ItemField; code: 'badMinutes' | 'regionRequired' | 'partnerRequired' }
  | { field: ItemField; code: 'api'; message: string };

export interface ItemFormValues {
  title: string;
  description: string;
  /** As typed: a number, or '' when empty. */
  minutes: number | string;
  influence: boolean;
  influenceRegion: string | null;
  /** The chair proposes on behalf of a partner, which must be chosen. */
  choosesPartner?: boolean;
  proposingPartner?: string | null;
}

// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

/** The same checks as the API, in its order, so the first problem is the one it would name. */
export function checkItemForm(values: ItemFormValues): ItemProblem[] {
  const problems: ItemProblem[] = [];
  if (values.choosesPartner && !values.proposingPartner)
    problems.push({ field: 'proposingPartner', code: 'partnerRequired' });
  const title = values.title.trim();
  if (!title || CONTROL_CHARS.test(title)) problems.push({ field: 'title', code: 'titleRequired' });
  else if (title.length > ITEM_TITLE_MAX) problems.push({ field: 'title', code: 'titleTooLong' });
  if (values.description.trim().length > ITEM_DESCRIPTION_MAX)
    problems.push({ field: 'description', code: 'descriptionTooLong' });
  const minutes = typeof values.minutes === 'number' ? values.minutes : Number.NaN;
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > ITEM_MINUTES_MAX)
    problems.push({ field: 'minutes', code: 'badMinutes' });
  if (values.influence && !values.influenceRegion)
    problems.push({ field: 'influenceRegion', code: 'regionRequired' });
  return problems;
}

const ITEM_FIELDS: readonly ItemField[] = [
  'proposingPartner',
  'title',
  'description',
  'minutes',
  'themeCodes',
  'influenceRegion',
  'links',
];

/**
 * The field a BAD_USER_INPUT answer names (its `extensions.fields` keys, e.g. `{ title: ["required"] }`)
 * and the API's sentence; null for other errors, which are shown from their code.
 */
export function apiFieldProblem(error: unknown): { field: string | null; message: string } | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const e of error.errors) {
    if (e.extensions?.['code'] !== 'BAD_USER_INPUT') continue;
    const fields = e.extensions['fields'];
    const field =
      fields && typeof fields === 'object' && !Array.isArray(fields)
        ? (Object.keys(fields)[0] ?? null)
        : null;
    return { field, message: e.message };
  }
  return null;
}

/** The form problem an API answer names, or null when it is not about the form's input. */
export function itemProblemOf(error: unknown): ItemProblem | null {
  const found = apiFieldProblem(error);
  if (!found) return null;
  const field = ITEM_FIELDS.find((f) => f === found.field) ?? 'form';
  return { field, code: 'api', message: found.message };
}

export type ReasonProblem = 'reasonRequired' | 'reasonTooLong';

/** A reopened agenda needs a reason the partners will read. */
export function checkReopenReason(reason: string): ReasonProblem | null {
  const trimmed = reason.trim();
  if (!trimmed) return 'reasonRequired';
  if (trimmed.length > REOPEN_REASON_MAX) return 'reasonTooLong';
  return null;
}
