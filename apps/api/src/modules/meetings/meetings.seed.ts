import { DateTime } from 'luxon';
import type { DataSource } from 'typeorm';
import {
  PARTNER_CODES,
  type ActionStatus,
  type Classification,
  type DelegationLevel,
  type MeetingKind,
  type MeetingStatus,
  type PartnerCode,
} from '@berne/domain';
import { DEMO_ACCOUNTS } from '../../database/seed/demo-accounts';
import { UserEntity } from '../users/user.entity';
import { ActionItemEntity } from './action-item.entity';
import { DelegationMemberEntity, MeetingEntity, MeetingParticipantEntity } from './meeting.entity';

/**
 * Demo meeting history: Berne Process sessions (one in Bern, one in Brussels a year) from 2022,
 * yearly NGO consultations, expert seminars and EU–China dialogue rounds, with delegation rosters
 * and a few action items. Partners, cities and themes are real; every person is invented.
 */

const MEMBERS = PARTNER_CODES.filter((c) => c !== 'SECRETARIAT');
const FIRST_YEAR = 2022;
const LAST_YEAR = 2027;
/** Upcoming meetings closer than this are seeded CONFIRMED, later ones PLANNED. */
const CONFIRMED_WITHIN_DAYS = 120;

type Slot = 'BERNE' | 'BRUSSELS' | 'NGO' | 'SEMINAR' | 'ROUND';
const SLOT_NUMBER: Record<Slot, number> = { BERNE: 1, BRUSSELS: 2, NGO: 3, SEMINAR: 4, ROUND: 5 };

/** Fixed ids, so seeding twice changes nothing and links stay valid. */
export const demoMeetingId = (year: number, slot: Slot): string =>
  `be4e0001-0000-4000-8000-${String(year * 10 + SLOT_NUMBER[slot]).padStart(12, '0')}`;
const memberId = (meetingId: string, index: number) =>
  `be4e0002-0000-4000-8000-${meetingId.slice(-8)}${String(index).padStart(4, '0')}`;
const actionItemId = (n: number) => `be4e0003-0000-4000-8000-${String(n).padStart(12, '0')}`;

const EEAS = 'European External Action Service';
const FDFA = 'Federal Department of Foreign Affairs';
const GAC = 'Global Affairs Canada';
const STATE = 'Department of State';
const FCDO = 'Foreign, Commonwealth & Development Office';
const AUSWAERTIGES_AMT = 'Federal Foreign Office';

interface Attendance {
  from: number;
  to: number;
  /** Only the sessions in this city (both when left out). */
  where?: 'Bern' | 'Brussels';
  fn: string;
  level: DelegationLevel;
  /** Also on the roster of that year's NGO consultation. */
  ngo?: boolean;
}

/** Invented people; some attend for years (and change function) so the continuity view has a story. */
interface DemoPerson {
  key: string;
  partner: PartnerCode;
  name: string;
  ministry: string;
  /** The demo account of this person, when there is one. */
  account?: string;
  /** The name as someone else typed it on one year's rosters. */
  spelling?: { year: number; name: string };
  sessions: Attendance[];
}

const PEOPLE: readonly DemoPerson[] = [
  {
    key: 'almeida',
    partner: 'EU',
    name: 'Jorge Almeida Pintor',
    ministry: EEAS,
    spelling: { year: 2023, name: 'Jorge Almeida-Pintor' },
    sessions: [{ from: 2022, to: 2025, fn: 'Head of delegation', level: 'DIRECTOR', ngo: true }],
  },
  {
    key: 'vance',
    partner: 'EU',
    name: 'Eleanor Vance',
    ministry: EEAS,
    account: 'eu.diplomat@berne.example',
    sessions: [
      { from: 2024, to: 2024, fn: 'Human rights adviser', level: 'SENIOR_OFFICIAL', ngo: true },
      {
        from: 2025,
        to: 2026,
        fn: 'Deputy head of delegation',
        level: 'SENIOR_OFFICIAL',
        ngo: true,
      },
    ],
  },
  {
    key: 'oberhauser',
    partner: 'EU',
    name: 'Katrin Oberhauser',
    ministry: 'European Commission (DG Justice and Consumers)',
    sessions: [
      { from: 2022, to: 2023, fn: 'Legal expert', level: 'EXPERT' },
      { from: 2026, to: 2026, fn: 'Legal expert', level: 'EXPERT' },
    ],
  },
  {
    key: 'verhaeghen',
    partner: 'EU',
    name: 'Luc Verhaeghen',
    ministry: EEAS,
    sessions: [{ from: 2026, to: 2026, fn: 'Head of delegation', level: 'DIRECTOR' }],
  },
  {
    key: 'kolbeck',
    partner: 'EU',
    name: 'Maren Kolbeck-Duarte',
    ministry: 'European Parliament (Subcommittee on Human Rights)',
    sessions: [
      { from: 2025, to: 2026, where: 'Brussels', fn: 'Parliamentary adviser', level: 'EXPERT' },
    ],
  },
  {
    key: 'oyelaran',
    partner: 'CA',
    name: 'Marcus Oyelaran',
    ministry: GAC,
    sessions: [{ from: 2022, to: 2022, fn: 'Head of delegation', level: 'DIRECTOR' }],
  },
  {
    key: 'tremblay',
    partner: 'CA',
    name: 'Geneviève Tremblay',
    ministry: GAC,
    account: 'ca.coordinator@berne.example',
    spelling: { year: 2022, name: 'Genevieve Tremblay' },
    sessions: [
      { from: 2022, to: 2022, fn: 'Deputy head of delegation', level: 'SENIOR_OFFICIAL' },
      { from: 2023, to: 2026, fn: 'Head of delegation', level: 'DIRECTOR', ngo: true },
    ],
  },
  {
    key: 'raghunathan',
    partner: 'CA',
    name: 'Priya Raghunathan-Hale',
    ministry: 'Department of Justice Canada',
    sessions: [{ from: 2024, to: 2026, fn: 'Legal adviser', level: 'EXPERT' }],
  },
  {
    key: 'stanwood',
    partner: 'US',
    name: 'Rebecca Stanwood',
    ministry: STATE,
    sessions: [{ from: 2022, to: 2024, fn: 'Head of delegation', level: 'DIRECTOR' }],
  },
  {
    key: 'okafor',
    partner: 'US',
    name: 'Daniel Okafor',
    ministry: STATE,
    account: 'us.diplomat@berne.example',
    sessions: [
      { from: 2023, to: 2024, fn: 'China desk officer', level: 'SENIOR_OFFICIAL' },
      { from: 2025, to: 2026, fn: 'Deputy head of delegation', level: 'SENIOR_OFFICIAL' },
    ],
  },
  {
    key: 'harrowgate',
    partner: 'US',
    name: 'Thomas Harrowgate',
    ministry: STATE,
    sessions: [{ from: 2025, to: 2026, fn: 'Head of delegation', level: 'DIRECTOR' }],
  },
  {
    key: 'pfenninger',
    partner: 'CH',
    name: 'Urs Pfenninger',
    ministry: FDFA,
    sessions: [{ from: 2022, to: 2026, fn: 'Head of delegation', level: 'AMBASSADOR', ngo: true }],
  },
  {
    key: 'monnier',
    partner: 'CH',
    name: 'Séverine Monnier',
    ministry: 'Federal Office of Justice',
    sessions: [{ from: 2023, to: 2026, fn: 'Legal adviser', level: 'EXPERT' }],
  },
  {
    key: 'wehrmeyer',
    partner: 'DE',
    name: 'Konstantin Wehrmeyer',
    ministry: AUSWAERTIGES_AMT,
    sessions: [{ from: 2022, to: 2024, fn: 'Head of delegation', level: 'DIRECTOR' }],
  },
  {
    key: 'lindenthal',
    partner: 'DE',
    name: 'Anja Lindenthal',
    ministry: AUSWAERTIGES_AMT,
    sessions: [
      { from: 2024, to: 2024, fn: 'Human rights officer', level: 'EXPERT' },
      { from: 2025, to: 2026, fn: 'Head of delegation', level: 'DIRECTOR' },
    ],
  },
  {
    key: 'birchmore',
    partner: 'AU',
    name: 'Callum Birchmore',
    ministry: 'Department of Foreign Affairs and Trade',
    sessions: [
      {
        from: 2022,
        to: 2026,
        where: 'Brussels',
        fn: 'Head of delegation',
        level: 'SENIOR_OFFICIAL',
      },
    ],
  },
  {
    key: 'pemberton',
    partner: 'GB',
    name: 'Harriet Pemberton',
    ministry: FCDO,
    sessions: [{ from: 2022, to: 2024, fn: 'Head of delegation', level: 'DIRECTOR', ngo: true }],
  },
  {
    key: 'ashgrove',
    partner: 'GB',
    name: 'Oliver Ashgrove',
    ministry: FCDO,
    sessions: [
      {
        from: 2024,
        to: 2024,
        where: 'Brussels',
        fn: 'China human rights lead',
        level: 'SENIOR_OFFICIAL',
      },
      { from: 2025, to: 2026, fn: 'Head of delegation', level: 'DIRECTOR' },
    ],
  },
  {
    key: 'verbrugge',
    partner: 'NL',
    name: 'Sanne Verbrugge',
    ministry: 'Ministry of Foreign Affairs',
    sessions: [
      { from: 2022, to: 2025, where: 'Bern', fn: 'Head of delegation', level: 'SENIOR_OFFICIAL' },
    ],
  },
  {
    key: 'solvang',
    partner: 'NO',
    name: 'Ingrid Solvang',
    ministry: 'Ministry of Foreign Affairs',
    sessions: [
      {
        from: 2023,
        to: 2026,
        where: 'Brussels',
        fn: 'Head of delegation',
        level: 'SENIOR_OFFICIAL',
      },
    ],
  },
  {
    key: 'marklund',
    partner: 'SE',
    name: 'Elin Marklund',
    ministry: 'Ministry for Foreign Affairs',
    sessions: [
      { from: 2022, to: 2022, fn: 'Head of delegation', level: 'SENIOR_OFFICIAL' },
      { from: 2024, to: 2024, fn: 'Head of delegation', level: 'SENIOR_OFFICIAL' },
    ],
  },
  {
    key: 'kertesz',
    partner: 'HU',
    name: 'Zsófia Kertész',
    ministry: 'Ministry of Foreign Affairs and Trade',
    sessions: [
      { from: 2022, to: 2022, where: 'Bern', fn: 'Desk officer', level: 'EXPERT' },
      { from: 2024, to: 2024, where: 'Bern', fn: 'Desk officer', level: 'EXPERT' },
    ],
  },
  // EU delegations to the 2006–2007 dialogue rounds: the Council troika and the Commission.
  {
    key: 'vosberg',
    partner: 'EU',
    name: 'Hendrik Vosberg-Lind',
    ministry: 'Council of the EU (Working Party on Human Rights)',
    sessions: [],
  },
  {
    key: 'renval',
    partner: 'EU',
    name: 'Agathe Renval',
    ministry: 'European Commission',
    sessions: [],
  },
  {
    key: 'sauerbrey',
    partner: 'EU',
    name: 'Bettina Sauerbrey',
    ministry: `${AUSWAERTIGES_AMT} (Council presidency)`,
    sessions: [],
  },
];

const person = (key: string): DemoPerson => {
  const found = PEOPLE.find((p) => p.key === key);
  if (!found) throw new Error(`unknown demo person ${key}`);
  return found;
};

/** [person key, function, level]; the person's ministry and partner come with them. */
type RosterLine = [string, string, DelegationLevel];

interface DemoMeeting {
  id: string;
  year: number;
  kind: MeetingKind;
  title: string;
  venue: string | null;
  city: string;
  timeZone: string;
  /** Local date-times at the venue. */
  start: string;
  end: string;
  hostPartner: PartnerCode;
  partners: readonly PartnerCode[];
  /** A fixed status (e.g. CANCELLED); otherwise HELD once over, CONFIRMED or PLANNED before. */
  status?: MeetingStatus;
  statusReason?: string;
  roster: RosterLine[];
}

const BERNE_DATES: Record<number, string> = {
  2022: '2022-05-12',
  2023: '2023-05-11',
  2024: '2024-05-16',
  2025: '2025-05-15',
  2026: '2026-05-07',
  2027: '2027-05-13',
};
const BRUSSELS_DATES: Record<number, string> = {
  2022: '2022-11-24',
  2023: '2023-11-23',
  2024: '2024-11-28',
  2025: '2025-11-20',
  2026: '2026-12-03',
  2027: '2027-11-25',
};
/** Rosters not yet sent for upcoming sessions, except these partners'. */
const EARLY_ROSTERS: Record<number, readonly PartnerCode[]> = {
  2026: ['EU', 'CA', 'CH', 'US'],
  2027: [],
};

function sessionRoster(year: number, city: 'Bern' | 'Brussels', ngo = false): RosterLine[] {
  const lines: RosterLine[] = [];
  for (const p of PEOPLE) {
    const session = p.sessions.find(
      (s) => year >= s.from && year <= s.to && (!s.where || s.where === city) && (!ngo || s.ngo),
    );
    if (session) lines.push([p.key, session.fn, session.level]);
  }
  return lines;
}

const dayBefore = (date: string) => DateTime.fromISO(date).minus({ days: 1 }).toISODate()!;

function yearlyMeetings(year: number): DemoMeeting[] {
  const berne = BERNE_DATES[year];
  const brussels = BRUSSELS_DATES[year];
  const early = EARLY_ROSTERS[year];
  const keep = (lines: RosterLine[], upcomingCity: boolean) =>
    early && upcomingCity ? lines.filter(([key]) => early.includes(person(key).partner)) : lines;
  return [
    {
      id: demoMeetingId(year, 'BERNE'),
      year,
      kind: 'BERNE_PROCESS',
      title: `Berne Process session, Bern ${year}`,
      venue: 'Federal Palace, Bern',
      city: 'Bern',
      timeZone: 'Europe/Zurich',
      start: `${berne}T09:00`,
      end: `${berne}T17:30`,
      hostPartner: 'CH',
      partners: MEMBERS,
      roster: year === 2027 ? [] : sessionRoster(year, 'Bern'),
    },
    {
      id: demoMeetingId(year, 'NGO'),
      year,
      kind: 'NGO_CONSULTATION',
      title: `NGO consultation ${year}`,
      venue: 'European External Action Service, Brussels',
      city: 'Brussels',
      timeZone: 'Europe/Brussels',
      start: `${dayBefore(brussels)}T14:00`,
      end: `${dayBefore(brussels)}T17:30`,
      hostPartner: 'EU',
      partners: MEMBERS,
      roster: keep(sessionRoster(year, 'Brussels', true), year >= 2026),
    },
    {
      id: demoMeetingId(year, 'BRUSSELS'),
      year,
      kind: 'BERNE_PROCESS',
      title: `Berne Process session, Brussels ${year}`,
      venue: 'Europa building, Brussels',
      city: 'Brussels',
      timeZone: 'Europe/Brussels',
      start: `${brussels}T09:00`,
      end: `${brussels}T17:30`,
      hostPartner: 'EU',
      partners: MEMBERS,
      roster: keep(sessionRoster(year, 'Brussels'), year >= 2026),
    },
  ];
}

const SEMINARS: DemoMeeting[] = [
  {
    id: demoMeetingId(2022, 'SEMINAR'),
    year: 2022,
    kind: 'EXPERT_SEMINAR',
    title: 'Expert seminar: judicial independence and the harassment of lawyers',
    venue: null,
    city: 'Ottawa',
    timeZone: 'America/Toronto',
    start: '2022-09-21T09:00',
    end: '2022-09-21T17:00',
    hostPartner: 'CA',
    partners: ['CA', 'EU', 'US', 'GB', 'AU', 'CH', 'DE'],
    roster: [
      ['oyelaran', 'Chair', 'DIRECTOR'],
      ['tremblay', 'Rapporteur', 'SENIOR_OFFICIAL'],
      ['oberhauser', 'Speaker', 'EXPERT'],
      ['pfenninger', 'Speaker', 'AMBASSADOR'],
    ],
  },
  {
    id: demoMeetingId(2023, 'SEMINAR'),
    year: 2023,
    kind: 'EXPERT_SEMINAR',
    title: 'Expert seminar: death penalty statistics and Supreme Court review',
    venue: null,
    city: 'Canberra',
    timeZone: 'Australia/Sydney',
    start: '2023-10-10T09:00',
    end: '2023-10-10T16:00',
    hostPartner: 'AU',
    partners: ['AU', 'EU', 'CA', 'GB', 'US', 'NO', 'SE'],
    roster: [
      ['birchmore', 'Chair', 'SENIOR_OFFICIAL'],
      ['oberhauser', 'Speaker', 'EXPERT'],
      ['okafor', 'Participant', 'SENIOR_OFFICIAL'],
    ],
  },
  {
    id: demoMeetingId(2024, 'SEMINAR'),
    year: 2024,
    kind: 'EXPERT_SEMINAR',
    title: 'Expert seminar: freedom of expression, the press and the internet',
    venue: null,
    city: 'The Hague',
    timeZone: 'Europe/Amsterdam',
    start: '2024-06-18T09:30',
    end: '2024-06-18T17:00',
    hostPartner: 'NL',
    partners: ['NL', 'EU', 'DE', 'SE', 'NO', 'GB'],
    status: 'CANCELLED',
    statusReason: 'Cancelled after a walkout',
    roster: [
      ['verbrugge', 'Chair', 'SENIOR_OFFICIAL'],
      ['vance', 'Speaker', 'SENIOR_OFFICIAL'],
    ],
  },
  {
    id: demoMeetingId(2025, 'SEMINAR'),
    year: 2025,
    kind: 'EXPERT_SEMINAR',
    title: "Expert seminar: torture prevention and prisoners' rights",
    venue: null,
    city: 'Oslo',
    timeZone: 'Europe/Oslo',
    start: '2025-09-17T09:00',
    end: '2025-09-17T16:30',
    hostPartner: 'NO',
    partners: ['NO', 'EU', 'SE', 'DE', 'CH', 'CA', 'GB'],
    roster: [
      ['solvang', 'Chair', 'SENIOR_OFFICIAL'],
      ['monnier', 'Speaker', 'EXPERT'],
      ['vance', 'Participant', 'SENIOR_OFFICIAL'],
      ['raghunathan', 'Speaker', 'EXPERT'],
    ],
  },
  {
    id: demoMeetingId(2026, 'SEMINAR'),
    year: 2026,
    kind: 'EXPERT_SEMINAR',
    title: 'Expert seminar: labour rights and collective bargaining',
    venue: null,
    city: 'Berlin',
    timeZone: 'Europe/Berlin',
    start: '2026-09-23T09:00',
    end: '2026-09-23T17:00',
    hostPartner: 'DE',
    partners: ['DE', 'EU', 'NL', 'GB', 'US', 'CA'],
    roster: [
      ['lindenthal', 'Chair', 'DIRECTOR'],
      ['okafor', 'Speaker', 'SENIOR_OFFICIAL'],
      ['kolbeck', 'Participant', 'EXPERT'],
    ],
  },
  {
    id: demoMeetingId(2027, 'SEMINAR'),
    year: 2027,
    kind: 'EXPERT_SEMINAR',
    title: 'Expert seminar: minority rights in Tibet, Xinjiang and Inner Mongolia',
    venue: null,
    city: 'Stockholm',
    timeZone: 'Europe/Stockholm',
    start: '2027-03-16T09:00',
    end: '2027-03-16T17:00',
    hostPartner: 'SE',
    partners: ['SE', 'EU', 'NO', 'DE', 'HU', 'CH'],
    roster: [],
  },
];

/** EU–China human rights dialogue rounds, held by the EU (the seed's 23rd round: Berlin, 15–16 May 2007). */
const ROUNDS: DemoMeeting[] = [
  {
    id: demoMeetingId(2006, 'ROUND'),
    year: 2006,
    kind: 'BILATERAL_ROUND',
    title: 'EU–China human rights dialogue, Beijing 2006',
    venue: null,
    city: 'Beijing',
    timeZone: 'Asia/Shanghai',
    start: '2006-10-19T09:00',
    end: '2006-10-19T17:00',
    hostPartner: 'EU',
    partners: ['EU'],
    roster: [
      ['vosberg', 'Head of delegation (Council troika)', 'DIRECTOR'],
      ['renval', 'Commission representative', 'SENIOR_OFFICIAL'],
    ],
  },
  {
    id: demoMeetingId(2007, 'ROUND'),
    year: 2007,
    kind: 'BILATERAL_ROUND',
    title: 'EU–China human rights dialogue, 23rd round, Berlin',
    venue: null,
    city: 'Berlin',
    timeZone: 'Europe/Berlin',
    start: '2007-05-15T09:00',
    end: '2007-05-16T13:00',
    hostPartner: 'EU',
    partners: ['EU'],
    roster: [
      ['vosberg', 'Head of delegation (Council troika)', 'DIRECTOR'],
      ['sauerbrey', 'Presidency representative', 'DIRECTOR'],
      ['renval', 'Commission representative', 'SENIOR_OFFICIAL'],
    ],
  },
  {
    id: demoMeetingId(2023, 'ROUND'),
    year: 2023,
    kind: 'BILATERAL_ROUND',
    title: 'EU–China human rights dialogue, Chongqing 2023',
    venue: null,
    city: 'Chongqing',
    timeZone: 'Asia/Shanghai',
    start: '2023-02-16T09:00',
    end: '2023-02-16T17:00',
    hostPartner: 'EU',
    partners: ['EU'],
    roster: [
      ['almeida', 'Head of delegation', 'DIRECTOR'],
      ['oberhauser', 'Legal expert', 'EXPERT'],
    ],
  },
  {
    id: demoMeetingId(2024, 'ROUND'),
    year: 2024,
    kind: 'BILATERAL_ROUND',
    title: 'EU–China human rights dialogue, Brussels 2024',
    venue: null,
    city: 'Brussels',
    timeZone: 'Europe/Brussels',
    start: '2024-06-13T09:00',
    end: '2024-06-13T17:00',
    hostPartner: 'EU',
    partners: ['EU'],
    roster: [
      ['almeida', 'Head of delegation', 'DIRECTOR'],
      ['vance', 'Human rights adviser', 'SENIOR_OFFICIAL'],
    ],
  },
  {
    id: demoMeetingId(2025, 'ROUND'),
    year: 2025,
    kind: 'BILATERAL_ROUND',
    title: 'EU–China human rights dialogue, Beijing 2025',
    venue: null,
    city: 'Beijing',
    timeZone: 'Asia/Shanghai',
    start: '2025-06-12T09:00',
    end: '2025-06-12T17:00',
    hostPartner: 'EU',
    partners: ['EU'],
    roster: [
      ['almeida', 'Head of delegation', 'DIRECTOR'],
      ['vance', 'Deputy head of delegation', 'SENIOR_OFFICIAL'],
      ['kolbeck', 'Parliamentary adviser', 'EXPERT'],
    ],
  },
];

export const DEMO_MEETINGS: readonly DemoMeeting[] = [
  ...ROUNDS,
  ...Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) =>
    yearlyMeetings(FIRST_YEAR + i),
  ).flat(),
  ...SEMINARS,
].sort((a, b) => a.start.localeCompare(b.start));

interface DemoActionItem {
  id: string;
  meetingId: string;
  title: string;
  description: string;
  ownerPartner: PartnerCode;
  assignee: string;
  dueDate: string;
  status: ActionStatus;
  classification: Classification;
  /** For DONE items. */
  completedOn?: string;
}

const BERNE_2026 = demoMeetingId(2026, 'BERNE');
const BRUSSELS_2025 = demoMeetingId(2025, 'BRUSSELS');

export const DEMO_ACTION_ITEMS: readonly DemoActionItem[] = [
  {
    id: actionItemId(1),
    meetingId: BERNE_2026,
    title: 'Circulate the consolidated list of individual cases ahead of the Brussels session',
    description:
      'Three weeks before the session, as agreed; case codes only, names stay in the secretariat file.',
    ownerPartner: 'EU',
    assignee: 'eu.diplomat@berne.example',
    dueDate: '2026-11-12',
    status: 'IN_PROGRESS',
    classification: 'PARTNERS',
  },
  {
    id: actionItemId(2),
    meetingId: BERNE_2026,
    title: 'Compare partners’ death penalty benchmarks and flag inconsistent deadlines',
    description: 'One table per partner: objective, time limit, UN instrument referred to.',
    ownerPartner: 'CA',
    assignee: 'ca.coordinator@berne.example',
    dueDate: '2026-10-30',
    status: 'OPEN',
    classification: 'PARTNERS',
  },
  {
    id: actionItemId(3),
    meetingId: BERNE_2026,
    title: 'Draft follow-up questions on pending UN special procedures visit requests',
    description: 'Cover the requests of the rapporteurs on torture and on freedom of expression.',
    ownerPartner: 'US',
    assignee: 'us.diplomat@berne.example',
    dueDate: '2026-12-18',
    status: 'OPEN',
    classification: 'PARTNERS',
  },
  {
    id: actionItemId(4),
    meetingId: BERNE_2026,
    title: 'Prepare EU lines on minority rights in Xinjiang for the Brussels session',
    description: 'Internal to the EU delegation until agreed.',
    ownerPartner: 'EU',
    assignee: 'eu.diplomat@berne.example',
    dueDate: '2026-12-01',
    status: 'OPEN',
    classification: 'PARTNER_PRIVATE',
  },
  {
    id: actionItemId(5),
    meetingId: BERNE_2026,
    title: 'Send the Oslo seminar conclusions on torture prevention to all partners',
    description: '',
    ownerPartner: 'CA',
    assignee: 'ca.coordinator@berne.example',
    dueDate: '2026-06-30',
    status: 'DONE',
    classification: 'PARTNERS',
    completedOn: '2026-06-19',
  },
  {
    id: actionItemId(6),
    meetingId: BRUSSELS_2025,
    title: 'Propose a joint agenda item on labour rights in supply chains',
    description: 'Collective bargaining and child labour, for the Bern session.',
    ownerPartner: 'US',
    assignee: 'us.diplomat@berne.example',
    dueDate: '2026-03-31',
    status: 'DONE',
    classification: 'PARTNERS',
    completedOn: '2026-03-12',
  },
  {
    id: actionItemId(7),
    meetingId: BRUSSELS_2025,
    title: 'Record what was done with the NGO submissions of the 2025 consultation',
    description: '',
    ownerPartner: 'EU',
    assignee: 'eu.diplomat@berne.example',
    dueDate: '2026-02-15',
    status: 'DONE',
    classification: 'PARTNERS',
    completedOn: '2026-02-10',
  },
  {
    id: actionItemId(8),
    meetingId: BRUSSELS_2025,
    title: 'Collect partners’ reporting on forced evictions and the right to housing',
    description: 'Still waiting for three partners.',
    ownerPartner: 'CA',
    assignee: 'ca.coordinator@berne.example',
    dueDate: '2026-04-30',
    status: 'OPEN',
    classification: 'PARTNERS',
  },
];

const instant = (local: string, zone: string): Date => {
  const at = DateTime.fromISO(local, { zone });
  if (!at.isValid) throw new Error(`bad demo date ${local}`);
  return at.toJSDate();
};

function statusOf(meeting: DemoMeeting, startsAt: Date, endsAt: Date, now: Date): MeetingStatus {
  if (meeting.status) return meeting.status;
  if (endsAt.getTime() <= now.getTime()) return 'HELD';
  return startsAt.getTime() - now.getTime() < CONFIRMED_WITHIN_DAYS * 86_400_000
    ? 'CONFIRMED'
    : 'PLANNED';
}

export interface MeetingSeedResult {
  meetings: number;
  delegationMembers: number;
  actionItems: number;
}

/**
 * Inserts the demo meetings that are missing (by fixed id) with their participants and rosters,
 * then the missing demo action items. A meeting already there is left as it is (people may have
 * changed it). Statuses follow `now` at the first seeding: HELD once over, CONFIRMED or PLANNED
 * before. Needs the demo accounts seeded first; without the secretariat account it does nothing.
 * Call it only where demo data belongs (never in production).
 */
export async function seedMeetings(
  dataSource: DataSource,
  now: Date = new Date(),
): Promise<MeetingSeedResult> {
  const emails = [
    DEMO_ACCOUNTS[0].email,
    ...new Set([
      ...PEOPLE.flatMap((p) => (p.account ? [p.account] : [])),
      ...DEMO_ACTION_ITEMS.map((a) => a.assignee),
    ]),
  ];
  const users = await dataSource
    .getRepository(UserEntity)
    .createQueryBuilder('u')
    .select(['u.id', 'u.email'])
    .where('u.email IN (:...emails)', { emails })
    .getMany();
  const idOf = new Map(users.map((u) => [u.email, u.id]));
  const secretariat = idOf.get(DEMO_ACCOUNTS[0].email);
  if (!secretariat) return { meetings: 0, delegationMembers: 0, actionItems: 0 };

  return dataSource.transaction(async (manager) => {
    const result: MeetingSeedResult = { meetings: 0, delegationMembers: 0, actionItems: 0 };
    const existing = await manager
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .select('m.id')
      .where('m.id IN (:...ids)', { ids: DEMO_MEETINGS.map((m) => m.id) })
      .getMany();
    const have = new Set(existing.map((m) => m.id));
    for (const demo of DEMO_MEETINGS.filter((m) => !have.has(m.id))) {
      const startsAt = instant(demo.start, demo.timeZone);
      const endsAt = instant(demo.end, demo.timeZone);
      await manager.insert(MeetingEntity, {
        id: demo.id,
        kind: demo.kind,
        title: demo.title,
        venue: demo.venue,
        city: demo.city,
        timeZone: demo.timeZone,
        startsAt,
        endsAt,
        status: statusOf(demo, startsAt, endsAt, now),
        statusReason: demo.statusReason ?? null,
        hostPartner: demo.hostPartner,
        classification: 'PARTNERS',
        sequence: 0,
        createdById: secretariat,
      });
      await manager.insert(
        MeetingParticipantEntity,
        demo.partners.map((partnerCode) => ({ meetingId: demo.id, partnerCode })),
      );
      if (demo.roster.length) {
        await manager.insert(
          DelegationMemberEntity,
          demo.roster.map(([key, fn, level], index) => {
            const p = person(key);
            return {
              id: memberId(demo.id, index + 1),
              meetingId: demo.id,
              partnerCode: p.partner,
              name: p.spelling?.year === demo.year ? p.spelling.name : p.name,
              ministry: p.ministry,
              function: fn,
              level,
              userId: (p.account && idOf.get(p.account)) || null,
              createdAt: startsAt,
            };
          }),
        );
      }
      result.meetings++;
      result.delegationMembers += demo.roster.length;
    }

    const items = await manager
      .getRepository(ActionItemEntity)
      .createQueryBuilder('a')
      .select('a.id')
      .where('a.id IN (:...ids)', { ids: DEMO_ACTION_ITEMS.map((a) => a.id) })
      .getMany();
    const haveItems = new Set(items.map((a) => a.id));
    const meetingsNow = new Set(
      (
        await manager
          .getRepository(MeetingEntity)
          .createQueryBuilder('m')
          .select('m.id')
          .where('m.id IN (:...ids)', {
            ids: [...new Set(DEMO_ACTION_ITEMS.map((a) => a.meetingId))],
          })
          .getMany()
      ).map((m) => m.id),
    );
    for (const demo of DEMO_ACTION_ITEMS) {
      if (haveItems.has(demo.id) || !meetingsNow.has(demo.meetingId)) continue;
      const meeting = DEMO_MEETINGS.find((m) => m.id === demo.meetingId)!;
      const createdAt = instant(meeting.end, meeting.timeZone);
      const completedAt = demo.completedOn ? instant(`${demo.completedOn}T12:00`, 'UTC') : null;
      await manager.insert(ActionItemEntity, {
        id: demo.id,
        title: demo.title,
        description: demo.description,
        meetingId: demo.meetingId,
        agendaItemId: null,
        ownerPartner: demo.ownerPartner,
        assigneeId: idOf.get(demo.assignee) ?? null,
        dueDate: demo.dueDate,
        status: demo.status,
        classification: demo.classification,
        createdById: secretariat,
        completedAt,
        createdAt,
        updatedAt: completedAt ?? createdAt,
      });
      result.actionItems++;
    }
    return result;
  });
}
