import Holidays from 'date-holidays';
import { DateTime, IANAZone } from 'luxon';
import { PARTNER_HOLIDAY_REGIONS, PARTNERS, WORKING_HOURS, type PartnerCode } from '@berne/domain';

/** How a slot falls in one partner's capital. */
export interface LocalSlot {
  partnerCode: PartnerCode;
  timeZone: string;
  /** ISO 8601 with the local offset, e.g. 2027-03-01T09:00:00.000+01:00. */
  localStart: string;
  localEnd: string;
  outsideWorkingHours: boolean;
  weekend: boolean;
  /** The public holiday's name (English) on a day the slot touches, if any. */
  holiday: string | null;
}

export const isValidTimeZone = (zone: string) => IANAZone.isValidZone(zone);

const calendars = new Map<PartnerCode, Holidays>();
function holidaysOf(partner: PartnerCode): Holidays {
  let hd = calendars.get(partner);
  if (!hd) {
    const region = PARTNER_HOLIDAY_REGIONS[partner];
    hd = new Holidays(region.country, region.state ?? '', { languages: ['en'], types: ['public'] });
    calendars.set(partner, hd);
  }
  return hd;
}

/** The public holiday (if any) on the local calendar day `day` (YYYY-MM-DD) in a partner's country. */
export function publicHoliday(partner: PartnerCode, day: DateTime): string | null {
  const hd = holidaysOf(partner);
  const found = hd
    .getHolidays(day.year, 'en')
    .find((h) => h.type === 'public' && h.date.slice(0, 10) === day.toISODate());
  return found?.name ?? null;
}

/** Where a slot [start, end) falls for one partner: local times and what makes it awkward. */
export function localSlot(partner: PartnerCode, start: Date, end: Date): LocalSlot {
  const timeZone = PARTNERS.find((p) => p.code === partner)!.timeZone;
  const from = DateTime.fromJSDate(start, { zone: timeZone });
  const to = DateTime.fromJSDate(end, { zone: timeZone });
  const minutes = (t: DateTime) => t.hour * 60 + t.minute;
  const sameDay = from.toISODate() === to.toISODate();
  const outsideWorkingHours =
    !sameDay || minutes(from) < WORKING_HOURS.start * 60 || minutes(to) > WORKING_HOURS.end * 60;
  const days = sameDay ? [from] : [from, to];
  return {
    partnerCode: partner,
    timeZone,
    localStart: from.toISO()!,
    localEnd: to.toISO()!,
    outsideWorkingHours,
    weekend: days.some((d) => d.weekday >= 6),
    holiday: days.map((d) => publicHoliday(partner, d)).find((h) => h !== null) ?? null,
  };
}

/** A wall-clock time in a zone (e.g. 2027-03-28T09:00 in Europe/Zurich) as an instant. */
export function instantOf(localIso: string, zone: string): Date | null {
  const t = DateTime.fromISO(localIso, { zone });
  return t.isValid ? t.toJSDate() : null;
}
