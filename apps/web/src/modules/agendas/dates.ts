import type { Language } from '../../i18n/language';

/** A meeting's day as it was at the venue, e.g. "12 Dec 2026". */
export function formatMeetingDate(iso: string, timeZone: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
  }
}

/** The start of a day typed as YYYY-MM-DD in the viewer's zone, as an ISO instant (or null). */
export function startOfDay(date: string | null): string | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const [y, m, d] = date.split('-').map(Number);
  const instant = new Date(y, m - 1, d);
  return instant.getDate() === d ? instant.toISOString() : null;
}

/** The start of the day after (an inclusive "to" date becomes an exclusive bound). */
export function startOfNextDay(date: string | null): string | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const [y, m, d] = date.split('-').map(Number);
  const instant = new Date(y, m - 1, d + 1);
  return new Date(y, m - 1, d).getDate() === d ? instant.toISOString() : null;
}
