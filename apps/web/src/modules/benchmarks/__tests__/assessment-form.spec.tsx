import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { prerenderStatic } from '@apollo/client/react/ssr';
import { MantineProvider } from '@mantine/core';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { of } from 'rxjs';
import { resources } from '../../../i18n/i18n';
import {
  ASSESSMENT_MEETING_DAYS_AFTER,
  ASSESSMENT_MEETING_DAYS_BEFORE,
  MEETINGS_MAX_RANGE_DAYS,
  assessmentMeetingRange,
} from '../assessment-meetings';
import { AssessmentForm } from '../components/AssessmentForm';

const DAY_MS = 86_400_000;
const NOW = new Date();

function daysFromNow(days: number): Date {
  return new Date(NOW.getTime() + days * DAY_MS);
}

function meeting(id: string, title: string, startsAt: Date, status = 'HELD') {
  return {
    __typename: 'Meeting',
    id,
    kind: 'BILATERAL_ROUND',
    title,
    venue: 'Federal Palace',
    city: 'Bern',
    timeZone: 'Europe/Zurich',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 8 * 3_600_000).toISOString(),
    status,
    statusReason: null,
    hostPartner: 'CH',
    classification: 'PARTNERS',
    partnerCodes: ['CH', 'EU'],
    canManage: false,
    icsPath: `/api/meetings/${id}.ics`,
  };
}

const MEETINGS = [
  meeting('m-last-round', 'Last year’s round', daysFromNow(-300)),
  meeting('m-spring', 'Spring seminar', daysFromNow(-40)),
  meeting('m-next', 'Next consultation', daysFromNow(20), 'PLANNED'),
  meeting('m-cancelled', 'Cancelled round', daysFromNow(-10), 'CANCELLED'),
];

interface Filter {
  from: string;
  to: string;
}

/** Answers `meetings` as the API does: BAD_USER_INPUT over 400 days, else the meetings in range. */
function meetingsApi(seen: Filter[]): ApolloLink {
  return new ApolloLink((operation) => {
    const filter = operation.variables['filter'] as Filter;
    seen.push(filter);
    const from = Date.parse(filter.from);
    const to = Date.parse(filter.to);
    const span = to - from;
    if (!(span > 0) || span > MEETINGS_MAX_RANGE_DAYS * DAY_MS) {
      return of({
        data: null,
        errors: [
          {
            message: 'Choose a range of at most 400 days, its end after its start.',
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      });
    }
    const meetings = MEETINGS.filter(
      (m) => Date.parse(m.endsAt) > from && Date.parse(m.startsAt) < to,
    );
    return of({ data: { meetings } });
  });
}

function failingApi(): ApolloLink {
  return new ApolloLink(() =>
    of({
      data: null,
      errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    }),
  );
}

async function render(link: ApolloLink): Promise<string> {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ resources, lng: 'en', fallbackLng: 'en' });
  const client = new ApolloClient({ link, cache: new InMemoryCache(), ssrMode: true });
  const { result } = await prerenderStatic({
    tree: (
      <MantineProvider>
        <I18nextProvider i18n={i18n}>
          <ApolloProvider client={client}>
            <AssessmentForm benchmarkId="b-1" />
          </ApolloProvider>
        </I18nextProvider>
      </MantineProvider>
    ),
    renderFunction: renderToStaticMarkup,
  });
  return result;
}

function optionLabels(html: string): string[] {
  return [...html.matchAll(/<option[^>]*>([^<]*)<\/option>/g)].map((m) => m[1]);
}

describe('assessment meeting range', () => {
  it('stays within the 400 days the API allows, a year back and a month ahead of today', () => {
    const range = assessmentMeetingRange('', new Date('2026-03-10T15:00:00Z'));
    expect(range).toEqual({
      from: '2025-03-07T00:00:00.000Z',
      to: '2026-04-10T00:00:00.000Z',
    });
    const days = (Date.parse(range.to) - Date.parse(range.from)) / DAY_MS;
    expect(days).toBeLessThanOrEqual(MEETINGS_MAX_RANGE_DAYS);
    expect(ASSESSMENT_MEETING_DAYS_BEFORE).toBeGreaterThan(365);
    expect(ASSESSMENT_MEETING_DAYS_AFTER).toBeGreaterThanOrEqual(30);
  });

  it('follows a typed assessment date, and today while the date is incomplete or invalid', () => {
    const now = new Date('2026-03-10T15:00:00Z');
    expect(assessmentMeetingRange(' 2024-06-01 ', now)).toEqual({
      from: '2023-05-30T00:00:00.000Z',
      to: '2024-07-02T00:00:00.000Z',
    });
    const today = assessmentMeetingRange('', now);
    expect(assessmentMeetingRange('2024-06', now)).toEqual(today);
    expect(assessmentMeetingRange('2025-02-30', now)).toEqual(today);
  });
});

describe('AssessmentForm meeting list', () => {
  it('asks for a range the API accepts and lists recent and upcoming meetings, newest first', async () => {
    const seen: Filter[] = [];
    const html = await render(meetingsApi(seen));
    expect(seen.length).toBeGreaterThan(0);
    for (const filter of seen) {
      const days = (Date.parse(filter.to) - Date.parse(filter.from)) / DAY_MS;
      expect(days).toBeLessThanOrEqual(MEETINGS_MAX_RANGE_DAYS);
    }
    expect(html).not.toContain('role="alert"');
    expect(html).not.toContain('The meetings could not be loaded');
    const labels = optionLabels(html);
    expect(labels[0]).toBe('No meeting');
    expect(labels.slice(1).map((l) => l.replace(/^\d{4}-\d{2}-\d{2} · /, ''))).toEqual([
      'Next consultation',
      'Spring seminar',
      'Last year’s round',
    ]);
  });

  it('tells the user when the meetings cannot be loaded instead of an empty list', async () => {
    const html = await render(failingApi());
    expect(html).toContain('The meetings could not be loaded');
    expect(html).toContain('data-error-code="INTERNAL_SERVER_ERROR"');
    expect(optionLabels(html)).toEqual(['No meeting']);
  });
});
