export interface Countdown {
  /** The deadline has passed: the API settles the item on its next read or sweep. */
  passed: boolean;
  days: number;
  hours: number;
  minutes: number;
}

/** Time left until a silence procedure's deadline, in whole minutes (rounded up). */
export function countdown(deadline: string | Date, now: Date = new Date()): Countdown {
  const end = typeof deadline === 'string' ? Date.parse(deadline) : deadline.getTime();
  const left = end - now.getTime();
  if (!(left > 0)) return { passed: true, days: 0, hours: 0, minutes: 0 };
  const total = Math.ceil(left / 60_000);
  return {
    passed: false,
    days: Math.floor(total / 1440),
    hours: Math.floor((total % 1440) / 60),
    minutes: total % 60,
  };
}

/**
 * The instant of a date (YYYY-MM-DD) and a time (HH:mm) typed in the viewer's own time zone, or
 * null when incomplete or not a real time.
 */
export function localDeadline(date: string | null, time: string): Date | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  if (hh > 23 || mm > 59) return null;
  const instant = new Date(y, m - 1, d, hh, mm);
  // new Date() rolls 31 February into March: refuse what it had to correct.
  if (instant.getFullYear() !== y || instant.getMonth() !== m - 1 || instant.getDate() !== d)
    return null;
  return instant;
}
