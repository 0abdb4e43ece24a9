/** Days either side of a raising's date in which its round is looked for (the API allows 400 in all). */
export const MEETING_WINDOW_DAYS = 199;

const DAY_MS = 86_400_000;

/** The meetings filter around a date (YYYY-MM-DD): from 199 days before to 199 days after. */
export function meetingRange(date: string): { from: string; to: string } {
  const at = Date.parse(`${date}T00:00:00Z`);
  return {
    from: new Date(at - MEETING_WINDOW_DAYS * DAY_MS).toISOString(),
    to: new Date(at + (MEETING_WINDOW_DAYS + 1) * DAY_MS).toISOString(),
  };
}
