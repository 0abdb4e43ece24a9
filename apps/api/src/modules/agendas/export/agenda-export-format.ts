import { CommonErrors } from '../../../common/app-error';

/** The formats an agenda exports to, as they appear in the URL (`agenda.pdf`, `agenda.docx`). */
export const AGENDA_EXPORT_FORMATS = ['pdf', 'docx'] as const;
export type AgendaExportFormat = (typeof AGENDA_EXPORT_FORMATS)[number];

/**
 * Who the file is for. `partners`: every item with each partner's position and its text.
 * `guests`: what invited NGO guests may be given — guest-visible items only, no positions, no
 * history.
 */
export const AGENDA_AUDIENCES = ['partners', 'guests'] as const;
export type AgendaAudience = (typeof AGENDA_AUDIENCES)[number];

export const AGENDA_CONTENT_TYPE: Record<AgendaExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The handling line on every page of the guest version. */
export const GUEST_MARKING = 'For the NGO consultation — shared with invited guests';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const AgendaExportErrors = {
  badMeetingId: () =>
    CommonErrors.badInput('This is not a meeting id: a meeting id is a UUID.', {
      id: ['not a UUID'],
    }),
  unknownFormat: (format: string) =>
    CommonErrors.badInput(
      `"${format.slice(0, 20)}" is not an agenda export format: choose pdf or docx.`,
      { format: ['pdf | docx'] },
    ),
  unknownAudience: () =>
    CommonErrors.badInput('Choose the audience: partners or guests.', {
      audience: ['partners | guests'],
    }),
  noGuestVersion: () =>
    CommonErrors.badInput(
      'This meeting is not shared with all partners: its agenda has no version for guests.',
      { audience: ['not available'] },
    ),
};

/** A meeting id from the URL, lower-cased as ids are stored. */
export function parseMeetingId(raw: string): string {
  if (!UUID.test(raw)) throw AgendaExportErrors.badMeetingId();
  return raw.toLowerCase();
}

export function parseAgendaFormat(raw: string): AgendaExportFormat {
  const format = raw.toLowerCase();
  if (!(AGENDA_EXPORT_FORMATS as readonly string[]).includes(format))
    throw AgendaExportErrors.unknownFormat(raw);
  return format as AgendaExportFormat;
}

/** `?audience=` — partners when left out; anything else (or given twice) is refused. */
export function parseAudience(raw: unknown): AgendaAudience {
  if (raw === undefined) return 'partners';
  if (typeof raw !== 'string' || !(AGENDA_AUDIENCES as readonly string[]).includes(raw)) {
    throw AgendaExportErrors.unknownAudience();
  }
  return raw as AgendaAudience;
}
