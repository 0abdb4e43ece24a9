import { CombinedGraphQLErrors } from '@apollo/client/errors';
import en from '../../../i18n/en.json';
import {
  checkPollForm,
  pollProblemOf,
  problemField,
  problemMessage,
  type PollFormValues,
} from '../poll-problems';

const NOW = new Date('2027-01-10T12:00:00Z');

const valid = (overrides: Partial<PollFormValues> = {}): PollFormValues => ({
  title: 'Berne Process, spring session',
  city: 'Bern',
  timeZone: 'Europe/Zurich',
  partnerCodes: ['EU', 'US', 'CA'],
  slots: [
    { date: '2027-02-02', start: '15:00', end: '17:00' },
    { date: '2027-02-03', start: '15:00', end: '17:00' },
  ],
  ...overrides,
});

function apiError(message: string, fields?: Record<string, string[]>) {
  return new CombinedGraphQLErrors({
    errors: [{ message, extensions: { code: 'BAD_USER_INPUT', ...(fields ? { fields } : {}) } }],
  });
}

describe('the poll form, checked as the API checks it', () => {
  it('accepts a complete form with future slots', () => {
    expect(checkPollForm(valid(), NOW)).toEqual([]);
  });

  it('names the slot whose end is before its start', () => {
    const problems = checkPollForm(
      valid({
        slots: [
          { date: '2027-02-02', start: '15:00', end: '17:00' },
          { date: '2027-02-03', start: '17:00', end: '15:00' },
        ],
      }),
      NOW,
    );
    expect(problems).toEqual([{ code: 'endBeforeStart', slot: 2 }]);
    expect(problemField(problems[0])).toBe('slots');
  });

  it('refuses slots in the past, twice the same slot, an unknown zone and missing fields', () => {
    expect(
      checkPollForm(valid({ slots: [{ date: '2027-01-09', start: '10:00', end: '11:00' }] }), NOW),
    ).toEqual([{ code: 'slotInPast', slot: 1 }]);
    expect(
      checkPollForm(
        valid({
          slots: [
            { date: '2027-02-02', start: '15:00', end: '17:00' },
            { date: '2027-02-02', start: '15:00', end: '17:00' },
          ],
        }),
        NOW,
      ),
    ).toEqual([{ code: 'duplicateSlot', slot: 2 }]);
    expect(checkPollForm(valid({ timeZone: 'Europe/Berne' }), NOW)).toEqual([
      { code: 'unknownTimeZone', zone: 'Europe/Berne' },
    ]);
    expect(
      checkPollForm(valid({ title: ' ', city: '', partnerCodes: [], slots: [] }), NOW).map(
        (p) => p.code,
      ),
    ).toEqual(['titleRequired', 'cityRequired', 'partnersRequired', 'noSlots']);
    expect(checkPollForm(valid({ partnerCodes: ['SECRETARIAT'] }), NOW)).toEqual([
      { code: 'secretariatNotAPartner' },
    ]);
  });

  it('catches a time that does not exist at the venue (clocks going forward)', () => {
    expect(
      checkPollForm(valid({ slots: [{ date: '2027-03-28', start: '02:30', end: '04:00' }] }), NOW),
    ).toEqual([{ code: 'timeDoesNotExist', slot: 1 }]);
  });

  it('says in English exactly what the API says', () => {
    const english = (problem: Parameters<typeof problemMessage>[0]) => {
      const { key, values } = problemMessage(problem);
      const name = key.split('.')[2] as keyof typeof en.polls.problems;
      const template = en.polls.problems[name];
      return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k]));
    };
    // Sentences copied from apps/api/src/modules/meetings/meetings.errors.ts.
    expect(english({ code: 'endBeforeStart', slot: 1 })).toBe('The end must be after the start.');
    expect(english({ code: 'slotInPast', slot: 2 })).toBe(
      'Slot 2 starts in the past: propose future times only.',
    );
    expect(english({ code: 'unknownTimeZone', zone: 'Europe/Berne' })).toBe(
      '“Europe/Berne” is not a known time zone: use an IANA name such as Europe/Zurich or Australia/Sydney.',
    );
    expect(english({ code: 'duplicateSlot', slot: 3 })).toBe('Slot 3 is proposed twice.');
    expect(english({ code: 'cityRequired' })).toBe('Say in which city the meeting takes place.');
  });
});

describe('problems the API names', () => {
  it('reads the slot from `extensions.fields`', () => {
    expect(
      pollProblemOf(
        apiError('The end must be after the start.', { 'slots.2.endsAt': ['before start'] }),
      ),
    ).toEqual({ code: 'endBeforeStart', slot: 3 });
    expect(
      pollProblemOf(
        apiError('Slot 1 starts in the past: propose future times only.', {
          slots: ['slot 1 in the past'],
        }),
      ),
    ).toEqual({ code: 'slotInPast', slot: 1 });
    expect(
      pollProblemOf(
        apiError(
          '“Mars/Olympus” is not a known time zone: use an IANA name such as Europe/Zurich or Australia/Sydney.',
          {
            timeZone: ['unknown'],
          },
        ),
      ),
    ).toEqual({ code: 'unknownTimeZone', zone: 'Mars/Olympus' });
  });

  it('keeps the API’s own sentence when the form does not know the problem', () => {
    expect(pollProblemOf(apiError('Something new the API checks.'))).toEqual({
      code: 'api',
      message: 'Something new the API checks.',
    });
  });

  it('leaves other errors to the generic alert', () => {
    const forbidden = new CombinedGraphQLErrors({
      errors: [{ message: 'No.', extensions: { code: 'FORBIDDEN' } }],
    });
    expect(pollProblemOf(forbidden)).toBeNull();
    expect(pollProblemOf(new TypeError('offline'))).toBeNull();
  });
});
