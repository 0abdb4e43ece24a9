import {
  allTimeZones,
  formatLocalSlot,
  formatRangeInZone,
  isKnownTimeZone,
  offsetLabel,
  slotToInstants,
  todayIn,
  wallClock,
} from '../time';

describe('slot inputs typed at the venue', () => {
  it('converts a Berne afternoon to the UTC instants the API stores (winter, UTC+1)', () => {
    expect(
      slotToInstants({ date: '2027-02-02', start: '15:00', end: '17:30' }, 'Europe/Zurich'),
    ).toEqual({ startsAt: '2027-02-02T14:00:00.000Z', endsAt: '2027-02-02T16:30:00.000Z' });
  });

  it('follows summer time at the venue (Brussels in July is UTC+2)', () => {
    expect(
      slotToInstants({ date: '2027-07-06', start: '09:00', end: '10:00' }, 'Europe/Brussels'),
    ).toEqual({ startsAt: '2027-07-06T07:00:00.000Z', endsAt: '2027-07-06T08:00:00.000Z' });
  });

  it('handles a venue ahead of UTC by a day (Canberra: morning there is the evening before in UTC)', () => {
    expect(
      slotToInstants({ date: '2027-03-02', start: '08:00', end: '09:00' }, 'Australia/Sydney'),
    ).toEqual({ startsAt: '2027-03-01T21:00:00.000Z', endsAt: '2027-03-01T22:00:00.000Z' });
  });

  it('refuses a time skipped when the clocks go forward at the venue', () => {
    // 28 March 2027, 02:00 → 03:00 in Central Europe: 02:30 never appears on a clock.
    expect(wallClock('2027-03-28', '02:30', 'Europe/Zurich')).toBeNull();
    expect(
      slotToInstants({ date: '2027-03-28', start: '02:30', end: '04:00' }, 'Europe/Zurich'),
    ).toBeNull();
    expect(wallClock('2027-03-28', '03:30', 'Europe/Zurich')?.toUTC().toISO()).toBe(
      '2027-03-28T01:30:00.000Z',
    );
  });

  it('needs a date, well-formed times and a known zone', () => {
    expect(
      slotToInstants({ date: null, start: '10:00', end: '11:00' }, 'Europe/Zurich'),
    ).toBeNull();
    expect(
      slotToInstants({ date: '2027-02-30', start: '10:00', end: '11:00' }, 'Europe/Zurich'),
    ).toBeNull();
    expect(
      slotToInstants({ date: '2027-02-02', start: '25:00', end: '11:00' }, 'Europe/Zurich'),
    ).toBeNull();
    expect(
      slotToInstants({ date: '2027-02-02', start: '10:00', end: '11:00' }, 'Mars/Olympus'),
    ).toBeNull();
  });

  it('knows IANA zones and not made-up ones', () => {
    expect(isKnownTimeZone('America/New_York')).toBe(true);
    expect(isKnownTimeZone(' Australia/Sydney ')).toBe(true);
    expect(isKnownTimeZone('Europe/Berne')).toBe(false);
    expect(isKnownTimeZone('')).toBe(false);
    expect(allTimeZones(['Europe/Zurich'])).toEqual(
      expect.arrayContaining(['Europe/Zurich', 'UTC']),
    );
  });
});

describe('showing times in a zone', () => {
  const start = '2027-02-02T14:00:00.000Z';
  const end = '2027-02-02T16:00:00.000Z';

  it('shows the same meeting at different local times in Berne and Washington', () => {
    expect(formatRangeInZone(start, end, 'Europe/Zurich', 'en')).toBe(
      'Tuesday, 2 February 2027, 15:00–17:00',
    );
    expect(formatRangeInZone(start, end, 'America/New_York', 'en')).toBe(
      'Tuesday, 2 February 2027, 09:00–11:00',
    );
    expect(formatRangeInZone(start, end, 'Europe/Zurich', 'fr')).toBe(
      'mardi 2 février 2027, 15:00–17:00',
    );
  });

  it('names both days when the meeting crosses midnight locally (Canberra)', () => {
    expect(
      formatRangeInZone(
        '2027-02-02T12:00:00.000Z',
        '2027-02-02T14:00:00.000Z',
        'Australia/Sydney',
        'en',
      ),
    ).toBe('Tuesday, 2 February 2027, 23:00 – Wednesday, 3 February 2027, 01:00');
  });

  it('shows a local slot in the capital’s own clock, whatever the reader’s zone', () => {
    expect(
      formatLocalSlot('2027-02-02T09:00:00.000-05:00', '2027-02-02T11:00:00.000-05:00', 'en'),
    ).toBe('Tue 2 Feb, 09:00–11:00');
  });

  it('gives the offset of a zone at an instant, and today’s date there', () => {
    expect(offsetLabel(start, 'Europe/Zurich')).toBe('UTC+01:00');
    expect(offsetLabel('2027-07-01T12:00:00Z', 'America/New_York')).toBe('UTC-04:00');
    const now = new Date('2027-01-01T02:00:00Z');
    expect(todayIn('America/New_York', now)).toBe('2026-12-31');
    expect(todayIn('Australia/Sydney', now)).toBe('2027-01-01');
  });
});
