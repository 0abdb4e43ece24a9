import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import type { MeetingStatus } from '@berne/domain';
import { icsFileName, renderIcs, type IcsMeeting } from '../ics.renderer';

const PUBLIC_URL = 'https://portal.example';

function meeting(
  overrides: Partial<IcsMeeting['meeting']> = {},
  partnerCodes: IcsMeeting['partnerCodes'] = ['EU', 'US'],
): IcsMeeting {
  return {
    meeting: {
      id: '0b0c8f4e-5a7d-4c1e-9a43-2f8e8d1c9b10',
      kind: 'BERNE_PROCESS',
      title: 'Plenary session',
      venue: 'Bundeshaus',
      city: 'Bern',
      startsAt: new Date('2027-03-29T07:00:00Z'),
      endsAt: new Date('2027-03-29T10:00:00Z'),
      status: 'PLANNED',
      statusReason: null,
      sequence: 3,
      createdAt: new Date('2026-11-01T10:00:00Z'),
      updatedAt: new Date('2026-11-02T10:00:00Z'),
      ...overrides,
    },
    partnerCodes,
  };
}

const events = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));

describe('renderIcs', () => {
  it('writes a PUBLISH calendar with one VEVENT per meeting, CRLF lines of at most 75 octets', () => {
    const ics = renderIcs(
      [meeting(), meeting({ id: 'f1e2d3c4-0000-4000-8000-000000000001', title: 'É'.repeat(120) })],
      {
        calendarName: 'Berne Process meetings',
        publicUrl: PUBLIC_URL,
        refreshSeconds: 3600,
      },
    );
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toContain('Berne Process');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Berne Process meetings');
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(2);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of ics.slice(0, -2).split('\r\n')) {
      expect(line).not.toContain('\n');
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
  });

  it('carries the UID, SEQUENCE, UTC times, summary, location, description and URL', () => {
    const [event] = events(
      renderIcs([meeting({ statusReason: 'Venue under renovation', status: 'POSTPONED' })], {
        calendarName: 'x',
        publicUrl: PUBLIC_URL,
      }),
    );
    expect(event.uid).toBe('0b0c8f4e-5a7d-4c1e-9a43-2f8e8d1c9b10@berne-process.portal');
    expect(event.sequence).toBe(3);
    expect(event.startDate.zone.tzid).toBe('UTC');
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-03-29T07:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2027-03-29T10:00:00.000Z');
    expect(event.summary).toBe('Plenary session');
    expect(event.location).toBe('Bundeshaus, Bern');
    expect(event.description.split('\n')).toEqual([
      'Berne Process meeting',
      'Partners taking part: European Union, United States',
      'Postponed: Venue under renovation',
      `${PUBLIC_URL}/meetings/0b0c8f4e-5a7d-4c1e-9a43-2f8e8d1c9b10`,
    ]);
    expect(event.component.getFirstPropertyValue('url')).toBe(
      `${PUBLIC_URL}/meetings/0b0c8f4e-5a7d-4c1e-9a43-2f8e8d1c9b10`,
    );
    expect(event.component.getFirstPropertyValue('dtstamp')).toBeTruthy();
  });

  it.each<[MeetingStatus, string]>([
    ['PLANNED', 'TENTATIVE'],
    ['CONFIRMED', 'CONFIRMED'],
    ['HELD', 'CONFIRMED'],
    ['POSTPONED', 'TENTATIVE'],
    ['CANCELLED', 'CANCELLED'],
  ])('maps %s to STATUS:%s', (status, expected) => {
    const [event] = events(
      renderIcs([meeting({ status })], { calendarName: 'x', publicUrl: PUBLIC_URL }),
    );
    expect(event.component.getFirstPropertyValue('status')).toBe(expected);
  });

  it('escapes TEXT and drops control characters typed into venues and reasons', () => {
    const ics = renderIcs(
      [
        meeting({
          title: 'Talks; round 2, part "A"',
          venue: 'Hall\r\nB\u0007',
          city: 'Bern',
          status: 'CANCELLED',
          statusReason: 'Strike;\nno trains',
        }),
      ],
      { calendarName: 'x', publicUrl: PUBLIC_URL },
    );
    // eslint-disable-next-line no-control-regex
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f]/);
    const [event] = events(ics);
    expect(event.summary).toBe('Talks; round 2, part "A"');
    expect(event.location).toBe('Hall B, Bern');
    expect(event.description).toContain('Cancelled: Strike; no trains');
  });

  it('keeps the wall time of the venue in both hemispheres, on both sides of DST', () => {
    const cases = [
      ['2027-01-11T09:00', 'Australia/Sydney'],
      ['2027-07-12T09:00', 'Australia/Sydney'],
      ['2027-03-26T09:00', 'Europe/Zurich'],
      ['2027-03-29T09:00', 'Europe/Zurich'],
    ] as const;
    for (const [local, zone] of cases) {
      const start = DateTime.fromISO(local, { zone });
      const [event] = events(
        renderIcs(
          [meeting({ startsAt: start.toJSDate(), endsAt: start.plus({ hours: 2 }).toJSDate() })],
          {
            calendarName: 'x',
            publicUrl: PUBLIC_URL,
          },
        ),
      );
      const back = DateTime.fromJSDate(event.startDate.toJSDate(), { zone });
      expect(back.toFormat("yyyy-MM-dd'T'HH:mm")).toBe(local);
    }
  });
});

describe('icsFileName', () => {
  it('keeps letters and digits only', () => {
    expect(icsFileName('Réunion à Genève: "2027/1"')).toBe('Reunion-a-Geneve-2027-1.ics');
    expect(icsFileName('日本')).toBe('meeting.ics');
    expect(icsFileName('../../etc/passwd')).toBe('etc-passwd.ics');
  });
});
