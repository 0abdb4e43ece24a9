import type { DataSource, EntityManager } from 'typeorm';
import type {
  AgendaItemState,
  ConsentPosition,
  InfluenceRegion,
  PartnerCode,
  VulnerableGroup,
} from '@berne/domain';
import { DEMO_ACCOUNTS } from '../../database/seed/demo-accounts';
import { BriefingNoteEntity } from '../briefing-notes/briefing-note.entity';
import { MeetingEntity, MeetingParticipantEntity } from '../meetings/meeting.entity';
import { demoMeetingId } from '../meetings/meetings.seed';
import { UserEntity } from '../users/user.entity';
import {
  AgendaConsentEntity,
  AgendaEntity,
  AgendaItemEntity,
  AgendaItemGroupEntity,
  AgendaItemHistoryEntity,
  AgendaItemLinkEntity,
  AgendaItemThemeEntity,
  AgendaVersionEntity,
} from './agenda.entity';

/**
 * Demo agendas for the demo meeting history (meetings.seed.ts): the 2006 and 2007 EU–China rounds,
 * the Berne Process sessions in Bern and Brussels, the yearly NGO consultations and some expert
 * seminars. Themes recur across the years (the ICCPR, death penalty statistics, evictions, organ
 * transplants, minorities…) so that the theme timeline and "raised before" have a story to tell:
 * items deferred in Bern come back in Brussels, an objection is answered by a reworded item.
 * Past agendas are locked (version 1); the cancelled 2024 seminar kept an open agenda with a
 * contested item; the coming NGO consultation and Brussels session (December 2026) are open, with
 * items in consultation. Every text is invented; no real individual is named.
 */

type Position = [PartnerCode, ConsentPosition, string?];

interface DemoItem {
  title: string;
  description: string;
  by: PartnerCode;
  minutes: number;
  state: AgendaItemState;
  themes: string[];
  groups?: VulnerableGroup[];
  region?: InfluenceRegion;
  guestVisible?: boolean;
  /**
   * Positions besides the proposer's agreement. Agreed items: every other participant agrees
   * unless listed here (a reservation); other states: only those listed have taken a position.
   */
  positions?: Position[];
  /** For a deferred or withdrawn item: why the chair (or the proposer) did it. */
  closedBecause?: string;
  /** Demo briefing notes it links to (shown only to their readers). */
  notes?: string[];
}

interface DemoAgenda {
  meetingId: string;
  status: 'OPEN' | 'LOCKED';
  items: DemoItem[];
}

const agree = (...partners: PartnerCode[]): Position[] => partners.map((p) => [p, 'AGREE']);

const NOTE_DEATH_PENALTY = '5f0c1a52-7d1e-4c43-9b1a-0b7e2d9a1001';
const NOTE_XINJIANG_EU = '5f0c1a52-7d1e-4c43-9b1a-0b7e2d9a1003';

export const DEMO_AGENDAS: readonly DemoAgenda[] = [
  {
    meetingId: demoMeetingId(2006, 'ROUND'),
    status: 'LOCKED',
    items: [
      {
        title: 'Freedom of expression on the internet',
        description:
          'The main theme of this round: the blocking of foreign news sites, the licensing of online news services and the detention of people for what they post.',
        by: 'EU',
        minutes: 90,
        state: 'AGREED',
        themes: ['FREE_EXPRESSION'],
      },
      {
        title: 'Death penalty: publication of statistics',
        description:
          'Ask again for yearly figures on death sentences and executions; welcome the announced return of the review of every death sentence to the Supreme People’s Court.',
        by: 'EU',
        minutes: 60,
        state: 'AGREED',
        themes: ['DEATH_PENALTY'],
      },
      {
        title: 'Ratification of the ICCPR: a timetable',
        description:
          'China signed the Covenant in 1998: ask which steps remain before ratification and when they are expected.',
        by: 'EU',
        minutes: 45,
        state: 'AGREED',
        themes: ['ICCPR_RATIFICATION'],
      },
    ],
  },
  {
    meetingId: demoMeetingId(2007, 'ROUND'),
    status: 'LOCKED',
    items: [
      {
        title: 'Ratification of the ICCPR: legislative preparations',
        description:
          'Follow-up to the Beijing round: which laws are being reviewed for compatibility with the Covenant, and when ratification is expected.',
        by: 'EU',
        minutes: 60,
        state: 'AGREED',
        themes: ['ICCPR_RATIFICATION'],
      },
      {
        title: 'Penal reform: the death penalty and Supreme Court review',
        description:
          'The first months of the Supreme People’s Court reviewing every death sentence (since January 2007); ask for statistics on sentences sent back.',
        by: 'EU',
        minutes: 60,
        state: 'AGREED',
        themes: ['DEATH_PENALTY'],
      },
      {
        title: 'Re-education through labour',
        description:
          'Detention without trial by administrative decision: ask about the announced reform and about judicial review of placements.',
        by: 'EU',
        minutes: 45,
        state: 'AGREED',
        themes: ['ADMIN_DETENTION'],
      },
      {
        title: 'Freedom of expression and of the press before the Olympic Games',
        description:
          'The temporary rules easing reporting by foreign journalists since January 2007: ask that they stay after the Games and extend to Chinese journalists.',
        by: 'EU',
        minutes: 45,
        state: 'AGREED',
        themes: ['FREE_EXPRESSION'],
      },
      {
        title: 'Human rights in Tibet, Xinjiang and Inner Mongolia',
        description:
          'Religious and cultural rights, and the use of minority languages in schools and in the courts.',
        by: 'EU',
        minutes: 45,
        state: 'AGREED',
        themes: ['MINORITY_RIGHTS'],
        groups: ['ETHNIC_MINORITIES'],
      },
      {
        title: 'Cooperation in the UN: the Human Rights Council, Darfur and Myanmar',
        description:
          'The composition and working methods of the new Council; ask China to use its influence to help end the crises in Darfur and Myanmar.',
        by: 'EU',
        minutes: 45,
        state: 'AGREED',
        themes: ['UN_COOPERATION', 'INFLUENCE_ABROAD'],
        region: 'AFRICA',
      },
      {
        title: 'Human rights in the EU: protection of migrants and press rules',
        description:
          'Raised by the other side: the EU’s replies on the protection of migrants and on its rules for the press.',
        by: 'EU',
        minutes: 30,
        state: 'AGREED',
        themes: [],
      },
    ],
  },
  // ---- 2022 --------------------------------------------------------------------------------
  {
    meetingId: demoMeetingId(2022, 'BERNE'),
    status: 'LOCKED',
    items: [
      {
        title: 'Ratification of the ICCPR: where the preparations stand',
        description:
          'Fifteen years after the Berlin round: what each partner has heard since, and one common question for the next dialogue rounds.',
        by: 'EU',
        minutes: 45,
        state: 'AGREED',
        themes: ['ICCPR_RATIFICATION'],
      },
      {
        title: 'Death penalty: yearly statistics',
        description:
          'Partners compare what they ask for and what they are told: number of death sentences, executions, offences carrying the death penalty.',
        by: 'DE',
        minutes: 40,
        state: 'AGREED',
        themes: ['DEATH_PENALTY'],
        positions: [
          [
            'HU',
            'RESERVATION',
            'We take part in the exchange but do not join a common call for a moratorium.',
          ],
        ],
      },
      {
        title: 'Detention of online writers and internet restrictions',
        description:
          'Sentences for posts and blogs, and the tightening of rules for online platforms.',
        by: 'SE',
        minutes: 45,
        state: 'AGREED',
        themes: ['FREE_EXPRESSION'],
      },
      {
        title: 'Forced evictions linked to urban redevelopment',
        description:
          'Notice periods, compensation and remedies for households moved out of old districts; elderly residents are hit hardest.',
        by: 'CA',
        minutes: 30,
        state: 'DEFERRED',
        themes: ['HOUSING_EVICTIONS'],
        groups: ['ELDERLY'],
        positions: agree('GB', 'US', 'NL'),
        closedBecause: 'No time left in Bern: carried over to the Brussels session.',
      },
      {
        title: 'Lawyers’ harassment: disbarments and licence renewals',
        description:
          'Defence lawyers refused the yearly renewal of their licence after taking sensitive cases.',
        by: 'CH',
        minutes: 40,
        state: 'AGREED',
        themes: ['JUDICIAL_INDEPENDENCE'],
      },
    ],
  },
  {
    meetingId: demoMeetingId(2022, 'NGO'),
    status: 'LOCKED',
    items: [
      {
        title: 'Administrative detention after re-education through labour',
        description:
          'NGOs brief partners on the forms of detention without trial that remained after the system was abolished.',
        by: 'EU',
        minutes: 45,
        state: 'AGREED',
        themes: ['ADMIN_DETENTION'],
        guestVisible: true,
      },
      {
        title: 'Child labour in supply chains',
        description: 'What NGOs found in factories producing for export, and what buyers did.',
        by: 'US',
        minutes: 45,
        state: 'AGREED',
        themes: ['LABOUR_RIGHTS'],
        groups: ['CHILDREN'],
        guestVisible: true,
      },
      {
        title: 'Partners’ follow-up on last year’s submissions',
        description:
          'Internal: what each partner did with each written submission, before telling the NGOs.',
        by: 'CH',
        minutes: 30,
        state: 'AGREED',
        themes: ['UN_COOPERATION'],
      },
      {
        title: 'Women human rights defenders',
        description:
          'Surveillance, travel bans and pressure on families: what NGOs ask partners to raise.',
        by: 'NO',
        minutes: 40,
        state: 'AGREED',
        themes: ['JUDICIAL_INDEPENDENCE'],
        groups: ['WOMEN'],
        guestVisible: true,
      },
    ],
  },
  {
    meetingId: demoMeetingId(2022, 'BRUSSELS'),
    status: 'LOCKED',
    items: [
      {
        title: 'Forced evictions and the right to housing',
        description:
          'Carried over from Bern: notice periods, compensation and remedies; a common line for the dialogue rounds.',
        by: 'CA',
        minutes: 40,
        state: 'AGREED',
        themes: ['HOUSING_EVICTIONS'],
        groups: ['ELDERLY'],
      },
      {
        title: 'Minority languages in schools in Tibet, Xinjiang and Inner Mongolia',
        description:
          'The shrinking place of minority languages as languages of instruction, from primary school on.',
        by: 'EU',
        minutes: 45,
        state: 'AGREED',
        themes: ['MINORITY_RIGHTS'],
        groups: ['ETHNIC_MINORITIES', 'CHILDREN'],
      },
      {
        title: 'China’s influence in UN bodies: Human Rights Council resolutions',
        description:
          'Voting patterns on country resolutions and on resolutions reframing human rights as development.',
        by: 'GB',
        minutes: 40,
        state: 'AGREED',
        themes: ['INFLUENCE_ABROAD', 'UN_COOPERATION'],
        region: 'UN_SYSTEM',
      },
      {
        title: 'Organ transplants: sources of organs',
        description:
          'Reports on the sources of organs for transplants and on waiting times far shorter than elsewhere.',
        by: 'AU',
        minutes: 30,
        state: 'DEFERRED',
        themes: ['ORGAN_TRANSPLANTS'],
        positions: [
          ...agree('CA', 'GB'),
          [
            'HU',
            'OBJECTION',
            'We have no verified information of our own; we would rather hear experts before raising it.',
          ],
        ],
        closedBecause: 'Contested: deferred until it can be reworded.',
      },
    ],
  },
  // ---- 2023 --------------------------------------------------------------------------------
  {
    meetingId: demoMeetingId(2023, 'ROUND'),
    status: 'LOCKED',
    items: [
      {
        title: 'Ratification of the ICCPR',
        description: 'The EU’s standing question, with the partners’ common wording from Bern.',
        by: 'EU',
        minutes: 60,
        state: 'AGREED',
        themes: ['ICCPR_RATIFICATION'],
      },
      {
        title: 'Human rights defenders and lawyers',
        description: 'Licence renewals, exit bans and the right to a lawyer of one’s choice.',
        by: 'EU',
        minutes: 60,
        state: 'AGREED',
        themes: ['JUDICIAL_INDEPENDENCE'],
      },
    ],
  },
  {
    meetingId: demoMeetingId(2023, 'BERNE'),
    status: 'LOCKED',
    items: [
      {
        title: 'Organ transplants: transparency of the allocation system',
        description:
          'Reworded after Brussels: a request for information on how organs are allocated and traced, not a finding.',
        by: 'AU',
        minutes: 40,
        state: 'AGREED',
        themes: ['ORGAN_TRANSPLANTS'],
        positions: [['HU', 'RESERVATION', 'Only as a request for information, not as a finding.']],
      },
      {
        title: 'Death penalty: Supreme Court review of death sentences',
        description: 'How often sentences are sent back, and what defence lawyers may see.',
        by: 'NO',
        minutes: 40,
        state: 'AGREED',
        themes: ['DEATH_PENALTY'],
      },
      {
        title: 'Ratification of the ICCPR: follow-up to the Chongqing round',
        description: 'The answers given in Chongqing, compared with those of 2007.',
        by: 'EU',
        minutes: 40,
        state: 'AGREED',
        themes: ['ICCPR_RATIFICATION'],
      },
      {
        title: 'Labour rights: collective bargaining and independent unions',
        description: 'Workers’ means to bargain and to organise outside the official union.',
        by: 'US',
        minutes: 40,
        state: 'AGREED',
        themes: ['LABOUR_RIGHTS'],
      },
    ],
  },
  {
    meetingId: demoMeetingId(2023, 'SEMINAR'),
    status: 'LOCKED',
    items: [
      {
        title: 'Death penalty statistics: sources and estimates',
        description: 'What can be estimated from court records, and with which margin of error.',
        by: 'AU',
        minutes: 90,
        state: 'AGREED',
        themes: ['DEATH_PENALTY'],
      },
      {
        title: 'Supreme Court review: what defence lawyers can see',
        description: 'Access to the file and to the hearing during the review of a death sentence.',
        by: 'GB',
        minutes: 60,
        state: 'AGREED',
        themes: ['DEATH_PENALTY', 'JUDICIAL_INDEPENDENCE'],
      },
    ],
  },
  {
    meetingId: demoMeetingId(2023, 'NGO'),
    status: 'LOCKED',
    items: [
      {
        title: 'Online censorship: what NGOs monitor',
        description: 'Deleted posts, closed accounts and the people questioned for them.',
        by: 'SE',
        minutes: 45,
        state: 'AGREED',
        themes: ['FREE_EXPRESSION'],
        guestVisible: true,
      },
      {
        title: 'Evictions: what NGOs documented',
        description: 'Cases of households moved without notice or compensation, by region.',
        by: 'CA',
        minutes: 45,
        state: 'AGREED',
        themes: ['HOUSING_EVICTIONS'],
        groups: ['ELDERLY'],
        guestVisible: true,
      },
      {
        title: 'Freedom of religion: registration of places of worship',
        description: 'Registration refused or withdrawn, and the closures that followed.',
        by: 'NL',
        minutes: 40,
        state: 'AGREED',
        themes: ['FREE_RELIGION'],
        guestVisible: true,
      },
    ],
  },
  {
    meetingId: demoMeetingId(2023, 'BRUSSELS'),
    status: 'LOCKED',
    items: [
      {
        title: 'China’s influence abroad: development finance and human rights in Africa',
        description:
          'Human rights safeguards in lending and infrastructure projects, and how partners raise them with recipient governments.',
        by: 'EU',
        minutes: 40,
        state: 'AGREED',
        themes: ['INFLUENCE_ABROAD'],
        region: 'AFRICA',
      },
      {
        title: 'Re-education through labour: what replaced it',
        description:
          'Ten years after its abolition: the forms of administrative detention in use today.',
        by: 'DE',
        minutes: 40,
        state: 'AGREED',
        themes: ['ADMIN_DETENTION'],
      },
      {
        title: 'Counter-terrorism law and minority rights in Xinjiang',
        description: 'Broad definitions of extremism and their use against religious practice.',
        by: 'GB',
        minutes: 45,
        state: 'AGREED',
        themes: ['COUNTER_TERRORISM', 'MINORITY_RIGHTS'],
        groups: ['ETHNIC_MINORITIES'],
      },
      {
        title: 'Torture prevention: access to places of detention',
        description:
          'Independent visits, medical examinations on arrival, recordings of questioning.',
        by: 'NO',
        minutes: 30,
        state: 'AGREED',
        themes: ['TORTURE_PREVENTION'],
      },
    ],
  },
  // ---- 2024 --------------------------------------------------------------------------------
  {
    meetingId: demoMeetingId(2024, 'BERNE'),
    status: 'LOCKED',
    items: [
      {
        title: 'Ratification of the ICCPR: a benchmark with a time limit',
        description:
          'Turn the standing question into a benchmark: an objective and a date, held by every partner.',
        by: 'EU',
        minutes: 40,
        state: 'DEFERRED',
        themes: ['ICCPR_RATIFICATION'],
        positions: [
          ...agree('CA', 'DE', 'SE'),
          [
            'HU',
            'OBJECTION',
            'A time limit set by us alone would be read as an ultimatum; let us align with the other dialogue partners first.',
          ],
        ],
        closedBecause: 'Contested: deferred to Brussels to align the wording.',
      },
      {
        title: 'Forced labour allegations in Xinjiang supply chains',
        description: 'Transfers of workers from Xinjiang and the due diligence asked of companies.',
        by: 'US',
        minutes: 45,
        state: 'AGREED',
        themes: ['MINORITY_RIGHTS', 'LABOUR_RIGHTS'],
        groups: ['ETHNIC_MINORITIES'],
        positions: [
          [
            'CH',
            'RESERVATION',
            'We raise it as a question: our own review of supply chains is not finished.',
          ],
        ],
      },
      {
        title: 'Administrative detention: residential surveillance at a designated location',
        description: 'Detention outside any facility, without access to a lawyer of one’s choice.',
        by: 'DE',
        minutes: 40,
        state: 'AGREED',
        themes: ['ADMIN_DETENTION'],
      },
      {
        title: 'Internet: real-name registration and the detention of bloggers',
        description: 'Identity checks for every account, and what follows a critical post.',
        by: 'SE',
        minutes: 40,
        state: 'AGREED',
        themes: ['FREE_EXPRESSION'],
      },
    ],
  },
  {
    meetingId: demoMeetingId(2024, 'ROUND'),
    status: 'LOCKED',
    items: [
      {
        title: 'Minority rights in Xinjiang',
        description: 'Religious practice, language and the detention of returnees from abroad.',
        by: 'EU',
        minutes: 90,
        state: 'AGREED',
        themes: ['MINORITY_RIGHTS'],
        groups: ['ETHNIC_MINORITIES'],
      },
    ],
  },
  {
    // Cancelled after a walkout: its agenda was never settled.
    meetingId: demoMeetingId(2024, 'SEMINAR'),
    status: 'OPEN',
    items: [
      {
        title: 'Internet shutdowns in minority regions',
        description:
          'Regional shutdowns of mobile data during unrest, and what they cut off besides news.',
        by: 'NL',
        minutes: 60,
        state: 'CONTESTED',
        themes: ['FREE_EXPRESSION', 'MINORITY_RIGHTS'],
        groups: ['ETHNIC_MINORITIES'],
        positions: [
          ...agree('SE', 'NO'),
          [
            'GB',
            'OBJECTION',
            'The sources are not solid enough for an expert seminar; bring it to a session first.',
          ],
        ],
      },
      {
        title: 'Press accreditation for foreign journalists',
        description: 'Visas refused or shortened, and sources questioned after interviews.',
        by: 'EU',
        minutes: 45,
        state: 'IN_CONSULTATION',
        themes: ['FREE_EXPRESSION'],
        positions: agree('DE'),
      },
    ],
  },
  {
    meetingId: demoMeetingId(2024, 'NGO'),
    status: 'LOCKED',
    items: [
      {
        title: 'Women human rights defenders: travel bans',
        description: 'Exit bans on defenders and on their relatives.',
        by: 'NO',
        minutes: 45,
        state: 'AGREED',
        themes: ['JUDICIAL_INDEPENDENCE'],
        groups: ['WOMEN'],
        guestVisible: true,
      },
      {
        title: 'Death penalty: what NGOs know about the numbers',
        description: 'How NGOs estimate the number of executions, and how partners may cite them.',
        by: 'EU',
        minutes: 45,
        state: 'AGREED',
        themes: ['DEATH_PENALTY'],
        guestVisible: true,
      },
      {
        title: 'Boarding schools in Tibet',
        description:
          'Children of rural families schooled away from home, in the national language.',
        by: 'SE',
        minutes: 40,
        state: 'AGREED',
        themes: ['MINORITY_RIGHTS'],
        groups: ['CHILDREN', 'ETHNIC_MINORITIES'],
        guestVisible: true,
      },
    ],
  },
  {
    meetingId: demoMeetingId(2024, 'BRUSSELS'),
    status: 'LOCKED',
    items: [
      {
        title: 'Ratification of the ICCPR: a benchmark with a time limit',
        description:
          'Back from Bern, aligned with the other dialogue partners: an objective and a date held in common.',
        by: 'EU',
        minutes: 40,
        state: 'AGREED',
        themes: ['ICCPR_RATIFICATION'],
        positions: [
          [
            'HU',
            'RESERVATION',
            'Agreed as an objective aligned with the other partners, not as a precondition.',
          ],
        ],
      },
      {
        title: 'Death penalty statistics: a common request for figures',
        description: 'One list of figures asked for by every partner in its own dialogue.',
        by: 'CH',
        minutes: 40,
        state: 'AGREED',
        themes: ['DEATH_PENALTY'],
      },
      {
        title: 'China’s influence abroad: Latin America',
        description: 'Surveillance technology exports and their use against protesters.',
        by: 'CA',
        minutes: 40,
        state: 'AGREED',
        themes: ['INFLUENCE_ABROAD'],
        region: 'LATIN_AMERICA',
      },
      {
        title: 'Elderly people in forced relocations',
        description: 'The situation of elderly residents moved out of redeveloped districts.',
        by: 'CA',
        minutes: 30,
        state: 'WITHDRAWN',
        themes: ['HOUSING_EVICTIONS'],
        groups: ['ELDERLY'],
        closedBecause: 'Withdrawn by Canada: merged into the housing item for Bern.',
      },
    ],
  },
  // ---- 2025 --------------------------------------------------------------------------------
  {
    meetingId: demoMeetingId(2025, 'BERNE'),
    status: 'LOCKED',
    items: [
      {
        title: 'Labour rights and the Olympic legacy: child labour in merchandise',
        description:
          'Since the 2008 Games, reports of minors making event merchandise; what sponsors and organisers check.',
        by: 'GB',
        minutes: 40,
        state: 'AGREED',
        themes: ['LABOUR_RIGHTS'],
        groups: ['CHILDREN'],
      },
      {
        title: 'Organ transplants: follow-up on the allocation system',
        description: 'What was answered to the 2023 request for information.',
        by: 'AU',
        minutes: 30,
        state: 'AGREED',
        themes: ['ORGAN_TRANSPLANTS'],
      },
      {
        title: 'Housing and evictions before major events',
        description:
          'Clearances before international events and the compensation offered to residents.',
        by: 'CA',
        minutes: 40,
        state: 'DEFERRED',
        themes: ['HOUSING_EVICTIONS'],
        groups: ['ELDERLY'],
        positions: agree('NL', 'GB'),
        closedBecause: 'No time left in Bern: carried over to Brussels.',
      },
      {
        title: 'Cooperation with UN special procedures: visit requests',
        description: 'Pending requests for country visits, and the answers partners received.',
        by: 'US',
        minutes: 40,
        state: 'AGREED',
        themes: ['UN_COOPERATION'],
      },
    ],
  },
  {
    meetingId: demoMeetingId(2025, 'ROUND'),
    status: 'LOCKED',
    items: [
      {
        title: 'Ratification of the ICCPR: the aligned benchmark',
        description: 'The benchmark agreed in Brussels in 2024, presented for the first time.',
        by: 'EU',
        minutes: 60,
        state: 'AGREED',
        themes: ['ICCPR_RATIFICATION'],
      },
      {
        title: 'Organ transplants and the allocation system',
        description: 'The partners’ request for information, raised in the EU’s own round.',
        by: 'EU',
        minutes: 45,
        state: 'AGREED',
        themes: ['ORGAN_TRANSPLANTS'],
      },
    ],
  },
  {
    meetingId: demoMeetingId(2025, 'SEMINAR'),
    status: 'LOCKED',
    items: [
      {
        title: 'Torture prevention: independent visits to places of detention',
        description: 'How visiting mechanisms work elsewhere, and what could be proposed.',
        by: 'NO',
        minutes: 90,
        state: 'AGREED',
        themes: ['TORTURE_PREVENTION'],
      },
      {
        title: 'Prisoners’ access to lawyers and family',
        description: 'Access during pre-trial detention and after sentencing.',
        by: 'CH',
        minutes: 60,
        state: 'AGREED',
        themes: ['TORTURE_PREVENTION', 'JUDICIAL_INDEPENDENCE'],
      },
    ],
  },
  {
    meetingId: demoMeetingId(2025, 'NGO'),
    status: 'LOCKED',
    items: [
      {
        title: 'Religious freedom: registration and closures',
        description: 'Places of worship closed after registration was withdrawn.',
        by: 'NL',
        minutes: 40,
        state: 'AGREED',
        themes: ['FREE_RELIGION'],
        guestVisible: true,
      },
      {
        title: 'Tibet: boarding schools and the language of instruction',
        description: 'Follow-up to 2024: what NGOs learned from families.',
        by: 'EU',
        minutes: 45,
        state: 'AGREED',
        themes: ['MINORITY_RIGHTS'],
        groups: ['CHILDREN', 'ETHNIC_MINORITIES'],
        guestVisible: true,
      },
      {
        title: 'Transnational repression of diaspora communities',
        description:
          'Pressure on diaspora members living in partner countries, and on their families.',
        by: 'SE',
        minutes: 45,
        state: 'AGREED',
        themes: ['INFLUENCE_ABROAD'],
        groups: ['ETHNIC_MINORITIES'],
        region: 'EUROPE',
        guestVisible: true,
      },
    ],
  },
  {
    meetingId: demoMeetingId(2025, 'BRUSSELS'),
    status: 'LOCKED',
    items: [
      {
        title: 'Forced evictions and the right to housing',
        description: 'Carried over from Bern: clearances before major events, and remedies.',
        by: 'CA',
        minutes: 40,
        state: 'AGREED',
        themes: ['HOUSING_EVICTIONS'],
        groups: ['ELDERLY'],
      },
      {
        title: 'China’s influence abroad: Central Asia and the return of students',
        description:
          'Students from minority groups asked to return from abroad, and what awaits them.',
        by: 'SE',
        minutes: 40,
        state: 'AGREED',
        themes: ['INFLUENCE_ABROAD'],
        groups: ['ETHNIC_MINORITIES'],
        region: 'CENTRAL_ASIA',
      },
      {
        title: 'Death penalty: Supreme Court review and statistics, a review',
        description: 'What partners were told since 2022, side by side.',
        by: 'DE',
        minutes: 40,
        state: 'AGREED',
        themes: ['DEATH_PENALTY'],
      },
      {
        title: 'Lawyers’ licences and the harassment of defence counsel',
        description: 'Renewals refused, firms closed, lawyers under exit bans.',
        by: 'CH',
        minutes: 40,
        state: 'AGREED',
        themes: ['JUDICIAL_INDEPENDENCE'],
      },
    ],
  },
  // ---- 2026 --------------------------------------------------------------------------------
  {
    meetingId: demoMeetingId(2026, 'BERNE'),
    status: 'LOCKED',
    items: [
      {
        title: 'Labour rights in supply chains: collective bargaining and child labour',
        description:
          'The joint item the United States prepared after Brussels: bargaining rights, unions and child labour.',
        by: 'US',
        minutes: 45,
        state: 'AGREED',
        themes: ['LABOUR_RIGHTS'],
        groups: ['CHILDREN'],
      },
      {
        title: 'Death penalty statistics: common indicators',
        description: 'A short list of indicators every partner asks for, with the same wording.',
        by: 'EU',
        minutes: 40,
        state: 'AGREED',
        themes: ['DEATH_PENALTY'],
        notes: [NOTE_DEATH_PENALTY],
      },
      {
        title: 'Minority rights in Inner Mongolia: language of instruction',
        description:
          'Schools moving subjects from Mongolian to the national language, and the protests of parents.',
        by: 'SE',
        minutes: 40,
        state: 'DEFERRED',
        themes: ['MINORITY_RIGHTS'],
        groups: ['ETHNIC_MINORITIES', 'CHILDREN'],
        positions: [
          ...agree('NO', 'DE'),
          [
            'HU',
            'OBJECTION',
            'We need our embassy’s reporting first; we ask for it to wait until Brussels.',
          ],
        ],
        closedBecause: 'Contested: deferred to the Brussels session.',
      },
      {
        title: 'Online surveillance and freedom of expression',
        description: 'Monitoring of messaging apps, and people questioned for private messages.',
        by: 'NL',
        minutes: 40,
        state: 'DEFERRED',
        themes: ['FREE_EXPRESSION'],
        positions: agree('DE', 'SE'),
        closedBecause: 'No time left in Bern.',
      },
      {
        title: 'Cooperation with UN special procedures: pending visit requests',
        description: 'The rapporteurs on torture and on freedom of expression are still waiting.',
        by: 'US',
        minutes: 30,
        state: 'AGREED',
        themes: ['UN_COOPERATION'],
      },
    ],
  },
  {
    meetingId: demoMeetingId(2026, 'NGO'),
    status: 'OPEN',
    items: [
      {
        title: 'Administrative detention and residential surveillance',
        description: 'NGO submissions on detention outside the criminal procedure.',
        by: 'EU',
        minutes: 45,
        state: 'IN_CONSULTATION',
        themes: ['ADMIN_DETENTION'],
        guestVisible: true,
        positions: agree('CA', 'US'),
      },
      {
        title: 'Child labour in merchandise for major sporting events',
        description: 'What NGOs found, and which buyers answered.',
        by: 'GB',
        minutes: 40,
        state: 'AGREED',
        themes: ['LABOUR_RIGHTS'],
        groups: ['CHILDREN'],
        guestVisible: true,
      },
      {
        title: 'Partners’ follow-up on the 2025 submissions',
        description:
          'Internal: what each partner did with each written submission, before telling the NGOs.',
        by: 'CH',
        minutes: 30,
        state: 'PROPOSED',
        themes: ['UN_COOPERATION'],
      },
      {
        title: 'Transnational repression: follow-up',
        description: 'What NGOs saw since the 2025 consultation, and partners’ answers.',
        by: 'SE',
        minutes: 40,
        state: 'IN_CONSULTATION',
        themes: ['INFLUENCE_ABROAD'],
        groups: ['ETHNIC_MINORITIES'],
        region: 'EUROPE',
        guestVisible: true,
        positions: [
          ...agree('NO'),
          ['HU', 'RESERVATION', 'General patterns only: no individual cases in front of guests.'],
        ],
      },
    ],
  },
  {
    meetingId: demoMeetingId(2026, 'BRUSSELS'),
    status: 'OPEN',
    items: [
      {
        title: 'Minority rights in Inner Mongolia: language of instruction',
        description:
          'Back from Bern with the embassies’ reporting: schools moving subjects away from Mongolian.',
        by: 'SE',
        minutes: 40,
        state: 'IN_CONSULTATION',
        themes: ['MINORITY_RIGHTS'],
        groups: ['ETHNIC_MINORITIES', 'CHILDREN'],
        positions: agree('NO', 'DE', 'EU'),
        notes: [NOTE_XINJIANG_EU],
      },
      {
        title: 'Death penalty statistics: the indicators agreed in Bern',
        description: 'First answers to the common indicators.',
        by: 'EU',
        minutes: 40,
        state: 'AGREED',
        themes: ['DEATH_PENALTY'],
        notes: [NOTE_DEATH_PENALTY],
      },
      {
        title: 'China’s influence abroad: Myanmar',
        description: 'Arms and surveillance supplies, and the protection of civilians.',
        by: 'GB',
        minutes: 40,
        state: 'IN_CONSULTATION',
        themes: ['INFLUENCE_ABROAD'],
        region: 'ASIA_PACIFIC',
        positions: agree('AU'),
      },
      {
        title: 'Organ transplants: a joint request for data',
        description: 'One request for figures on donors and transplants, sent by every partner.',
        by: 'AU',
        minutes: 30,
        state: 'CONTESTED',
        themes: ['ORGAN_TRANSPLANTS'],
        positions: [
          ...agree('CA'),
          [
            'HU',
            'OBJECTION',
            'A joint request would commit us to figures we cannot check; each partner should ask on its own.',
          ],
        ],
      },
      {
        title: 'Ratification of the ICCPR: reviewing the benchmark',
        description: 'Two years after the aligned benchmark: what moved, what did not.',
        by: 'EU',
        minutes: 30,
        state: 'PROPOSED',
        themes: ['ICCPR_RATIFICATION'],
      },
      {
        title: 'Online surveillance and freedom of expression',
        description: 'Deferred in Bern: monitoring of messaging apps.',
        by: 'NL',
        minutes: 40,
        state: 'IN_CONSULTATION',
        themes: ['FREE_EXPRESSION'],
        positions: agree('SE'),
      },
    ],
  },
];

// ---- ids ---------------------------------------------------------------------------------

/** Fixed ids from the meeting's id and the item's place, so seeding twice changes nothing. */
export const demoAgendaItemId = (meetingId: string, index: number) =>
  `be4e0004-0000-4000-8000-${meetingId.slice(-8)}${String(index + 1).padStart(4, '0')}`;
const versionId = (meetingId: string) => `be4e0005-0000-4000-8000-${meetingId.slice(-8)}0001`;
const historyId = (itemId: string, n: number) =>
  `be4e0006-${String(n + 1).padStart(4, '0')}-4000-8000-${itemId.slice(-12)}`;

// ---- who did it --------------------------------------------------------------------------

/** The demo accounts, and the first year their holder sat on the delegation (meetings.seed.ts). */
const SPEAKERS: Partial<Record<PartnerCode, { email: string; from: number }>> = {
  EU: { email: 'eu.diplomat@berne.example', from: 2024 },
  US: { email: 'us.diplomat@berne.example', from: 2023 },
  CA: { email: 'ca.coordinator@berne.example', from: 2022 },
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CONSENTING: readonly ConsentPosition[] = ['AGREE', 'RESERVATION'];

interface Event {
  event: string;
  fromState?: AgendaItemState | null;
  toState?: AgendaItemState | null;
  partnerCode?: PartnerCode | null;
  detail?: string | null;
  byUserId: string | null;
  at: Date;
}

/** The state the agendas service computes from positions (see AgendasService.recompute). */
function stateOf(
  item: DemoItem,
  participants: readonly PartnerCode[],
  positions: ReadonlyMap<PartnerCode, ConsentPosition>,
  current: AgendaItemState,
): AgendaItemState {
  const of = (p: PartnerCode) => positions.get(p) ?? 'NOT_YET';
  if (participants.some((p) => of(p) === 'OBJECTION')) return 'CONTESTED';
  if (participants.every((p) => CONSENTING.includes(of(p)))) return 'AGREED';
  if ([...positions.entries()].some(([p, pos]) => p !== item.by && pos !== 'NOT_YET'))
    return 'IN_CONSULTATION';
  return current === 'PROPOSED' ? 'PROPOSED' : 'IN_CONSULTATION';
}

export interface AgendaSeedResult {
  agendas: number;
  items: number;
}

/**
 * Inserts the demo agendas of the demo meetings that exist and have no agenda items yet (a
 * meeting whose agenda people have started, or that was locked, is left as it is). Positions are
 * recorded by the partner's demo account where its holder sat on the delegation that year, else by
 * the secretariat account; the history replays them. Needs the demo accounts and meetings seeded
 * first; without the secretariat account it does nothing. Call it only where demo data belongs
 * (never in production).
 */
export async function seedAgendas(dataSource: DataSource): Promise<AgendaSeedResult> {
  const users = await dataSource
    .getRepository(UserEntity)
    .createQueryBuilder('u')
    .select(['u.id', 'u.email'])
    .where('u.email IN (:...emails)', {
      emails: [DEMO_ACCOUNTS[0].email, ...Object.values(SPEAKERS).map((s) => s.email)],
    })
    .getMany();
  const idOf = new Map(users.map((u) => [u.email, u.id]));
  const secretariat = idOf.get(DEMO_ACCOUNTS[0].email);
  if (!secretariat) return { agendas: 0, items: 0 };
  const userFor = (partner: PartnerCode, year: number) => {
    const speaker = SPEAKERS[partner];
    return (speaker && year >= speaker.from && idOf.get(speaker.email)) || secretariat;
  };

  return dataSource.transaction(async (manager) => {
    const result: AgendaSeedResult = { agendas: 0, items: 0 };
    const ids = DEMO_AGENDAS.map((a) => a.meetingId);
    const meetings = await manager
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .where('m.id IN (:...ids)', { ids })
      .getMany();
    const participants = await manager
      .getRepository(MeetingParticipantEntity)
      .createQueryBuilder('p')
      .where('p.meetingId IN (:...ids)', { ids })
      .getMany();
    const started = new Set(
      (
        await manager
          .getRepository(AgendaItemEntity)
          .createQueryBuilder('i')
          .select('DISTINCT i.meetingId', 'meetingId')
          .where('i.meetingId IN (:...ids)', { ids })
          .getRawMany<{ meetingId: string }>()
      ).map((r) => r.meetingId),
    );
    const agendas = await manager
      .getRepository(AgendaEntity)
      .createQueryBuilder('a')
      .where('a.meetingId IN (:...ids)', { ids })
      .getMany();
    const notes = new Set(
      (
        await manager
          .getRepository(BriefingNoteEntity)
          .createQueryBuilder('n')
          .select('n.id')
          .where('n.id IN (:...noteIds)', {
            noteIds: [NOTE_DEATH_PENALTY, NOTE_XINJIANG_EU],
          })
          .getMany()
      ).map((n) => n.id),
    );

    for (const demo of DEMO_AGENDAS) {
      const meeting = meetings.find((m) => m.id === demo.meetingId);
      const agenda = agendas.find((a) => a.meetingId === demo.meetingId);
      if (!meeting || started.has(demo.meetingId)) continue;
      if (agenda && (agenda.status === 'LOCKED' || agenda.version > 0)) continue;
      const partnerCodes = participants
        .filter((p) => p.meetingId === meeting.id)
        .map((p) => p.partnerCode)
        .sort();
      const snapshot = await seedAgenda(manager, demo, meeting, partnerCodes, {
        secretariat,
        userFor,
        notes,
      });
      const lockedAt = new Date(meeting.startsAt.getTime() - 7 * DAY);
      const locked = demo.status === 'LOCKED';
      const row = {
        status: demo.status,
        version: locked ? 1 : 0,
        lockedAt: locked ? lockedAt : null,
        lockedById: locked ? secretariat : null,
      };
      if (agenda) await manager.update(AgendaEntity, { meetingId: meeting.id }, row);
      else await manager.insert(AgendaEntity, { meetingId: meeting.id, ...row });
      if (locked) {
        await manager.insert(AgendaVersionEntity, {
          id: versionId(meeting.id),
          meetingId: meeting.id,
          number: 1,
          snapshot: JSON.stringify(snapshot),
          lockedAt,
          lockedById: secretariat,
          reopenedAt: null,
          reopenedById: null,
          reopenReason: null,
        });
      }
      result.agendas++;
      result.items += demo.items.length;
    }
    return result;
  });
}

/** Inserts one meeting's items with themes, groups, links, positions and history; returns the lock snapshot. */
async function seedAgenda(
  manager: EntityManager,
  demo: DemoAgenda,
  meeting: MeetingEntity,
  partnerCodes: readonly PartnerCode[],
  people: {
    secretariat: string;
    userFor: (partner: PartnerCode, year: number) => string;
    notes: ReadonlySet<string>;
  },
) {
  const year = meeting.startsAt.getUTCFullYear();
  const start = meeting.startsAt.getTime();
  const snapshot: unknown[] = [];
  for (const [index, demoItem] of demo.items.entries()) {
    const id = demoAgendaItemId(meeting.id, index);
    const proposedAt = new Date(start - 42 * DAY + index * HOUR);
    const proposer = people.userFor(demoItem.by, year);

    // Positions: the proposer's agreement, then the others in the order of the participant list.
    const explicit = new Map<PartnerCode, Position>(
      (demoItem.positions ?? []).map((p) => [p[0], p]),
    );
    const positions: Position[] = [[demoItem.by, 'AGREE']];
    for (const partner of partnerCodes) {
      if (partner === demoItem.by) continue;
      const given = explicit.get(partner);
      if (given) positions.push(given);
      else if (demoItem.state === 'AGREED') positions.push([partner, 'AGREE']);
    }
    for (const partner of [demoItem.by, ...explicit.keys()]) {
      if (!partnerCodes.includes(partner)) {
        throw new Error(`demo agenda item "${demoItem.title}": ${partner} does not take part`);
      }
    }

    // Replay: proposal, each position with the state it leads to, then the chair's decision.
    const events: Event[] = [
      {
        event: 'proposed',
        toState: 'PROPOSED',
        partnerCode: demoItem.by,
        byUserId: proposer,
        at: proposedAt,
      },
    ];
    const held = new Map<PartnerCode, ConsentPosition>();
    let state: AgendaItemState = 'PROPOSED';
    const consents = positions.map(([partnerCode, position, text], n) => {
      const at = new Date(start - 28 * DAY + index * HOUR + n * 7 * 60_000);
      const byUserId = people.userFor(partnerCode, year);
      held.set(partnerCode, position);
      events.push({
        event: 'consent',
        partnerCode,
        detail: text ? `${position}: ${text}` : position,
        byUserId,
        at,
      });
      const next = stateOf(demoItem, partnerCodes, held, state);
      if (next !== state) {
        events.push({ event: 'state', fromState: state, toState: next, byUserId, at });
        state = next;
      }
      return { itemId: id, partnerCode, position, text: text ?? null, byUserId, at };
    });
    if (demoItem.state === 'DEFERRED' || demoItem.state === 'WITHDRAWN') {
      events.push({
        event: 'state',
        fromState: state,
        toState: demoItem.state,
        detail: demoItem.closedBecause ?? null,
        byUserId: demoItem.state === 'WITHDRAWN' ? proposer : people.secretariat,
        at: new Date(start - 9 * DAY + index * HOUR),
      });
      state = demoItem.state;
    }
    if (state !== demoItem.state) {
      throw new Error(`demo agenda item "${demoItem.title}" ends ${state}, not ${demoItem.state}`);
    }
    const last = events[events.length - 1].at;

    await manager.insert(AgendaItemEntity, {
      id,
      meetingId: meeting.id,
      title: demoItem.title,
      description: demoItem.description,
      proposingPartner: demoItem.by,
      proposedById: proposer,
      minutes: demoItem.minutes,
      position: index,
      state: demoItem.state,
      classification: 'PARTNERS',
      guestVisible: demoItem.guestVisible ?? false,
      influenceRegion: demoItem.region ?? null,
      silenceDeadline: null,
      createdAt: proposedAt,
      updatedAt: last,
    });
    const themeCodes = [...demoItem.themes].sort();
    if (themeCodes.length) {
      await manager.insert(
        AgendaItemThemeEntity,
        themeCodes.map((themeCode) => ({ itemId: id, themeCode })),
      );
    }
    if (demoItem.groups?.length) {
      await manager.insert(
        AgendaItemGroupEntity,
        demoItem.groups.map((groupCode) => ({ itemId: id, groupCode })),
      );
    }
    const links = (demoItem.notes ?? []).filter((n) => people.notes.has(n));
    if (links.length) {
      await manager.insert(
        AgendaItemLinkEntity,
        links.map((targetId) => ({ itemId: id, kind: 'BRIEFING_NOTE' as const, targetId })),
      );
    }
    await manager.insert(AgendaConsentEntity, consents);
    await manager.insert(
      AgendaItemHistoryEntity,
      events.map((e, n) => ({
        id: historyId(id, n),
        itemId: id,
        event: e.event,
        fromState: e.fromState ?? null,
        toState: e.toState ?? null,
        partnerCode: e.partnerCode ?? null,
        detail: e.detail ?? null,
        byUserId: e.byUserId,
        at: e.at,
      })),
    );
    snapshot.push({
      id,
      position: index,
      title: demoItem.title,
      state: demoItem.state,
      minutes: demoItem.minutes,
      proposingPartner: demoItem.by,
      themeCodes,
      consents: partnerCodes.map((partnerCode) => {
        const c = consents.find((x) => x.partnerCode === partnerCode);
        return { partnerCode, position: c?.position ?? 'NOT_YET', text: c?.text ?? null };
      }),
    });
  }
  return snapshot;
}
