import { CommonErrors } from '../../../common/app-error';

/** The formats a briefing note exports to, as they appear in the URL. */
export const EXPORT_FORMATS = ['md', 'docx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPE: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

const NOTE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const ExportErrors = {
  unknownFormat: (format: string) =>
    CommonErrors.badInput(
      `"${format.slice(0, 20)}" is not an export format: choose md, docx or pdf.`,
      { format: ['md | docx | pdf'] },
    ),
  badNoteId: () =>
    CommonErrors.badInput('This is not a briefing note id: a note id is a UUID.', {
      id: ['not a UUID'],
    }),
};

export function parseExportFormat(raw: string): ExportFormat {
  const format = raw.toLowerCase();
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    throw ExportErrors.unknownFormat(raw);
  return format as ExportFormat;
}

/** A note id from the URL, lower-cased as ids are stored. */
export function parseNoteId(raw: string): string {
  if (!NOTE_ID.test(raw)) throw ExportErrors.badNoteId();
  return raw.toLowerCase();
}

const MAX_NAME = 80;
/** Control characters, path separators and quotes: never part of a file name. */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f/\\"]+/g;

/**
 * `Content-Disposition: attachment` for a file named after the note's title: an ASCII fallback
 * (`filename`, letters, digits and dashes only) and the title itself (RFC 5987 `filename*`),
 * both without path separators, quotes or control characters.
 */
export function attachmentDisposition(title: string, format: ExportFormat): string {
  const ascii =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+/, '')
      .slice(0, MAX_NAME)
      .replace(/-+$/, '') || 'briefing-note';
  const unicode =
    [...title.replace(UNSAFE_IN_NAME, ' ').replace(/\s+/g, ' ').trim()]
      .slice(0, MAX_NAME)
      .join('')
      .trim() || 'briefing-note';
  const rfc5987 = encodeURIComponent(`${unicode}.${format}`).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}.${format}"; filename*=UTF-8''${rfc5987}`;
}
