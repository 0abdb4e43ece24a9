import { isCalendarDate, todayUtc } from '../cases/case-form';

/** The longest range the API's `meetings` query accepts (MeetingsService refuses more). */
export const MEETINGS_MAX_RANGE_DAYS = 400;

/**
 * An assessment is usually recorded after the round it assesses, so the list reaches back over
 * a year (last year's round included) and a month ahead for the meetings coming up.
 */
export const ASSESSMENT_MEETING_DAYS_BEFORE = 368;
export const ASSESSMENT_MEETING_DAYS_AFTER = 30;

const DAY_MS = 86_400_000;

/**
 * The meetings filter for the assessment form's meeting list: around the assessment's date when
 * one is typed (so a back-dated assessment finds its round), else around today, and never longer
 * than the API allows.
 */
export function assessmentMeetingRange(
  date: string,
  now: Date = new Date(),
): { from: string; to: string } {
  const typed = date.trim();
  const anchor = Date.parse(`${isCalendarDate(typed) ? typed : todayUtc(now)}T00:00:00Z`);
  return {
    from: new Date(anchor - ASSESSMENT_MEETING_DAYS_BEFORE * DAY_MS).toISOString(),
    // The anchor day itself is included whole.
    to: new Date(anchor + (ASSESSMENT_MEETING_DAYS_AFTER + 1) * DAY_MS).toISOString(),
  };
}
