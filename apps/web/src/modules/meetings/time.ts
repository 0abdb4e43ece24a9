import { DateTime, IANAZone } from 'luxon';
import type { Language } from '../../i18n/language';

/** The Intl locale used for dates: day-month order and a 24-hour clock in both languages. */
export function dateLocale(language: Language): string {
  return language === 'fr' ? 'fr-FR' : 'en-GB';
}

/** The browser's own IANA time zone (what the viewer's clock shows). */
export function viewerTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export function isKnownTimeZone(zone: string): boolean {
  return zone.trim() !== '' && IANAZone.isValidZone(zone.trim());
}

/** Every IANA zone the browser knows, sorted; the partners' zones at least if it cannot list them. */
export function allTimeZones(extra: readonly string[] = []): string[] {
  return [...new Set([...browserZones(), ...extra, 'UTC'])].sort((a, b) => a.localeCompare(b));
}

function browserZones(): string[] {
  try {
    const intl = Intl as { supportedValuesOf?: (key: string) => string[] };
    return intl.supportedValuesOf?.('timeZone') ?? [];
  } catch {
    return [];
  }
}

/** A slot as typed in the form: a day and two wall-clock times at the venue. */
export interface SlotDraft {
  /** YYYY-MM-DD, or null while empty. */
  date: string | null;
  /** HH:mm */
  start: string;
  /** HH:mm */
  end: string;
}

export interface SlotInstants {
  /** UTC instants, ISO 8601 with a Z, as the API takes them. */
  startsAt: string;
  endsAt: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The wall-clock time `date`T`time` in `zone` as a luxon DateTime, or null when it is not a valid
 * date, or when that time does not exist there (skipped by a daylight-saving change).
 */
export function wallClock(date: string, time: string, zone: string): DateTime | null {
  if (!DATE.test(date) || !TIME.test(time) || !isKnownTimeZone(zone)) return null;
  const local = DateTime.fromISO(`${date}T${time}`, { zone: zone.trim() });
  if (!local.isValid) return null;
  // luxon moves a time in a spring-forward gap to a real one: such a time was never on the clock.
  if (local.toFormat('yyyy-MM-dd') !== date || local.toFormat('HH:mm') !== time) return null;
  return local;
}

/** Converts a slot typed at the venue into the instants the API stores. */
export function slotToInstants(draft: SlotDraft, zone: string): SlotInstants | null {
  if (!draft.date) return null;
  const start = wallClock(draft.date, draft.start, zone);
  const end = wallClock(draft.date, draft.end, zone);
  if (!start || !end) return null;
  return { startsAt: start.toUTC().toISO()!, endsAt: end.toUTC().toISO()! };
}

/** Where an instant falls in a zone, e.g. "Tue 2 Mar 2027, 15:00". */
export function formatInZone(
  iso: string,
  zone: string,
  language: Language,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'full', timeStyle: 'short' },
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  try {
    return new Intl.DateTimeFormat(dateLocale(language), { ...options, timeZone: zone }).format(
      date,
    );
  } catch {
    return new Intl.DateTimeFormat(dateLocale(language), options).format(date);
  }
}

/**
 * A time range as seen in one zone: "Tuesday 2 March 2027, 15:00–17:00", or both ends in full
 * when it ends on another day there.
 */
export function formatRangeInZone(
  startIso: string,
  endIso: string,
  zone: string,
  language: Language,
): string {
  const start = DateTime.fromISO(startIso, { zone });
  const end = DateTime.fromISO(endIso, { zone });
  if (!start.isValid || !end.isValid) return '';
  const locale = dateLocale(language);
  const day = (t: DateTime) =>
    t.setLocale(locale).toLocaleString({
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
  const time = (t: DateTime) => t.setLocale(locale).toLocaleString(DateTime.TIME_24_SIMPLE);
  if (start.hasSame(end, 'day')) return `${day(start)}, ${time(start)}–${time(end)}`;
  return `${day(start)}, ${time(start)} – ${day(end)}, ${time(end)}`;
}

/**
 * A local slot as the API gives it (ISO with the capital's offset), shown in that capital's own
 * clock: "Tue 2 Mar, 09:00–11:00", with the end's day when it differs.
 */
export function formatLocalSlot(localStart: string, localEnd: string, language: Language): string {
  const start = DateTime.fromISO(localStart, { setZone: true });
  const end = DateTime.fromISO(localEnd, { setZone: true });
  if (!start.isValid || !end.isValid) return '';
  const locale = dateLocale(language);
  const day = (t: DateTime) =>
    t.setLocale(locale).toLocaleString({ weekday: 'short', day: 'numeric', month: 'short' });
  const time = (t: DateTime) => t.setLocale(locale).toLocaleString(DateTime.TIME_24_SIMPLE);
  if (start.hasSame(end, 'day')) return `${day(start)}, ${time(start)}–${time(end)}`;
  return `${day(start)}, ${time(start)} – ${day(end)}, ${time(end)}`;
}

/** The offset of a zone at an instant, e.g. "UTC+01:00". */
export function offsetLabel(iso: string, zone: string): string {
  const t = DateTime.fromISO(iso, { zone });
  return t.isValid ? `UTC${t.toFormat('ZZ')}` : '';
}

/** Today's date (YYYY-MM-DD) in a zone. */
export function todayIn(zone: string, now: Date = new Date()): string {
  const t = DateTime.fromJSDate(now, { zone: isKnownTimeZone(zone) ? zone : 'UTC' });
  return t.toFormat('yyyy-MM-dd');
}
