import en from '../../../i18n/en.json';
import fr from '../../../i18n/fr.json';
import {
  KIND_COLORS,
  TEXT_COLORS,
  bestSlot,
  flagMessage,
  myAnswer,
  nextStatuses,
  reasonRequired,
  slotFlags,
} from '../display';
import { meetingEvents } from '../calendar-events';
import { parseMeetingsChange } from '../live';

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');
}

describe('slot flags per capital', () => {
  it('lists what makes a slot awkward, each with a sentence (not colour alone)', () => {
    const flags = slotFlags({ outsideWorkingHours: true, weekend: true, holiday: 'Labour Day' });
    expect(flags.map((f) => f.kind)).toEqual(['outsideHours', 'weekend', 'holiday']);
    const english = flags.map((flag) => {
      const { key, values } = flagMessage(flag);
      return fill(en.polls.flags[key.split('.')[2] as keyof typeof en.polls.flags], values);
    });
    expect(english).toEqual(['Outside 08:00–19:00', 'Weekend', 'Public holiday: Labour Day']);
    const french = flags.map((flag) => {
      const { key, values } = flagMessage(flag);
      return fill(fr.polls.flags[key.split('.')[2] as keyof typeof fr.polls.flags], values);
    });
    expect(french).toEqual(['Hors 08:00–19:00', 'Week-end', 'Jour férié : Labour Day']);
  });

  it('has no flag for a slot within working hours on a working day', () => {
    expect(slotFlags({ outsideWorkingHours: false, weekend: false, holiday: null })).toEqual([]);
  });
});

describe('answers and ranks', () => {
  it('finds the viewer’s own answer among the votes', () => {
    const votes = [
      { userId: 'a', answer: 'NO' as const },
      { userId: 'b', answer: 'IF_NEED_BE' as const },
    ];
    expect(myAnswer(votes, 'b')).toBe('IF_NEED_BE');
    expect(myAnswer(votes, 'c')).toBeNull();
  });

  it('picks the best-ranked slot, the earlier one on a tie', () => {
    const slots = [
      { id: '1', rank: 2, startsAt: '2027-02-01T10:00:00Z' },
      { id: '2', rank: 1, startsAt: '2027-02-03T10:00:00Z' },
      { id: '3', rank: 1, startsAt: '2027-02-02T10:00:00Z' },
    ];
    expect(bestSlot(slots)?.id).toBe('3');
    expect(bestSlot([])).toBeNull();
  });
});

describe('meeting statuses', () => {
  it('offers only the transitions the API allows; held and cancelled are final', () => {
    expect(nextStatuses('PLANNED')).toEqual(['CONFIRMED', 'POSTPONED', 'CANCELLED', 'HELD']);
    expect(nextStatuses('CANCELLED')).toEqual([]);
    expect(nextStatuses('HELD')).toEqual([]);
    expect(reasonRequired('POSTPONED')).toBe(true);
    expect(reasonRequired('CANCELLED')).toBe(true);
    expect(reasonRequired('CONFIRMED')).toBe(false);
  });
});

/** WCAG relative luminance contrast of white text on a colour. */
function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (l + 0.05);
}

describe('calendar events', () => {
  const meeting = {
    id: 'm1',
    kind: 'NGO_CONSULTATION' as const,
    title: 'Consultation',
    city: 'Brussels',
    startsAt: '2027-02-02T14:00:00.000Z',
    endsAt: '2027-02-02T16:00:00.000Z',
    status: 'CANCELLED' as const,
    statusReason: 'Venue unavailable',
  };

  it('link to the meeting page and mark cancelled ones by class, not colour alone', () => {
    const [event] = meetingEvents([meeting]);
    expect(event.url).toBe('/meetings/m1');
    expect(event.classNames).toEqual(
      expect.arrayContaining(['meeting-event--ngo-consultation', 'meeting-event--cancelled']),
    );
    expect(event.extendedProps.statusReason).toBe('Venue unavailable');
    const [planned] = meetingEvents([{ ...meeting, status: 'PLANNED', statusReason: null }]);
    expect(planned.classNames).not.toContain('meeting-event--cancelled');
    expect(planned.backgroundColor).toBe(KIND_COLORS.NGO_CONSULTATION);
  });

  it('keep white text readable on every kind colour (WCAG AA)', () => {
    for (const color of Object.values(KIND_COLORS)) {
      expect(contrastWithWhite(color)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('live pushes', () => {
  it('accept only { type, id } payloads', () => {
    expect(parseMeetingsChange({ type: 'scheduling-poll', id: 'p1' })).toEqual({
      type: 'scheduling-poll',
      id: 'p1',
    });
    expect(parseMeetingsChange({ type: 'meeting' })).toBeNull();
    expect(parseMeetingsChange('meeting')).toBeNull();
  });
});

describe('text colours', () => {
  it('keep WCAG AA contrast on white', () => {
    const onWhite = (hex: string) => contrastWithWhite(hex);
    for (const color of Object.values(TEXT_COLORS))
      expect(onWhite(color)).toBeGreaterThanOrEqual(4.5);
  });
});
