import type { DataSource } from 'typeorm';
import type { AssessmentStatus, BenchmarkKind, Classification, PartnerCode } from '@berne/domain';
import { DEMO_ACCOUNTS } from '../../database/seed/demo-accounts';
import { MeetingEntity } from '../meetings/meeting.entity';
import { demoMeetingId } from '../meetings/meetings.seed';
import { UserEntity } from '../users/user.entity';
import {
  AlignedObjectiveEntity,
  BenchmarkAssessmentEntity,
  BenchmarkConflictEntity,
  BenchmarkEntity,
  BenchmarkIndicatorEntity,
  BenchmarkThemeEntity,
} from './benchmark.entity';
import { benchmarkScope, objectiveScope } from './conflicts/conflict-rules';
import { recomputeConflicts } from './conflicts/conflict-store';

/**
 * Demo benchmarks in the spirit of the EU Council's 2001 set (ICCPR ratification, death penalty
 * statistics, re-education through labour, UN special procedures) and of the commitments made for
 * the 2008 Olympic Games (press freedom, labour rights, housing), held by several partners and
 * assessed over the Berne Process sessions from 2022 — with a few older assessments — so that
 * trends, the alignment matrix, the heat map and every kind of conflict flag have something to
 * show: deadlines a year apart, an objective that is a precondition for another partner, opposite
 * assessments in one half-year, an objective nobody holds any more (and one resolved flag).
 * Suspension criteria (rec. 2a) are assessed the same way. Every assessment text is invented.
 */

const objectiveId = (n: number) => `be4e0b01-0000-4000-8000-${String(n).padStart(12, '0')}`;
const benchmarkId = (n: number) => `be4e0b02-0000-4000-8000-${String(n).padStart(12, '0')}`;
const assessmentId = (b: number, n: number) =>
  `be4e0b03-0000-4000-8000-${String(b * 1000 + n).padStart(12, '0')}`;

const BERNE = (year: number) => demoMeetingId(year, 'BERNE');
const BRUSSELS = (year: number) => demoMeetingId(year, 'BRUSSELS');
const ROUND = (year: number) => demoMeetingId(year, 'ROUND');
const SEMINAR = (year: number) => demoMeetingId(year, 'SEMINAR');

/** The session dates of meetings.seed.ts, so that an assessment made there carries its date. */
const SESSION_DATES: Record<string, string> = {
  [BERNE(2022)]: '2022-05-12',
  [BRUSSELS(2022)]: '2022-11-24',
  [BERNE(2023)]: '2023-05-11',
  [BRUSSELS(2023)]: '2023-11-23',
  [BERNE(2024)]: '2024-05-16',
  [BRUSSELS(2024)]: '2024-11-28',
  [BERNE(2025)]: '2025-05-15',
  [BRUSSELS(2025)]: '2025-11-20',
  [BERNE(2026)]: '2026-05-07',
  [ROUND(2007)]: '2007-05-15',
  [ROUND(2023)]: '2023-02-16',
  [ROUND(2024)]: '2024-06-13',
  [ROUND(2025)]: '2025-06-12',
  [SEMINAR(2023)]: '2023-10-10',
};

/** [partner, at (a meeting id or a date), status, evidence, China's response?] */
type DemoAssessment = [PartnerCode, string, AssessmentStatus, string, string?];

interface DemoBenchmark {
  n: number;
  holder: PartnerCode;
  kind: BenchmarkKind;
  statement: string;
  description?: string;
  targetDate: string | null;
  themes: string[];
  un?: { instrument?: string; article?: string; mechanism?: string; upr?: number };
  indicators?: string[];
  classification?: Classification;
  objective?: number;
  createdOn: string;
  withdrawn?: { on: string; reason: string };
  assessments: DemoAssessment[];
}

export const DEMO_OBJECTIVES: readonly {
  n: number;
  title: string;
  description: string;
  by: PartnerCode;
}[] = [
  {
    n: 1,
    title: 'Ratification of the ICCPR',
    description:
      'China signed the International Covenant on Civil and Political Rights in 1998. Partners ask for ratification, and for the laws it requires (administrative detention, criminal procedure).',
    by: 'EU',
  },
  {
    n: 2,
    title: 'Journalists report freely (2008 Olympic commitments)',
    description:
      'For the 2008 Games China promised foreign reporters free travel and interviews. Partners follow whether that freedom stayed, and whether it reached Chinese journalists.',
    by: 'GB',
  },
  {
    n: 3,
    title: 'Labour rights: collective bargaining, no child labour in Olympic merchandise',
    description:
      'Reports before 2008 showed Olympic merchandise made by children and by workers under the minimum wage. Partners ask for collective bargaining and independent inspection.',
    by: 'US',
  },
  {
    n: 4,
    title: 'Right to housing: no forced evictions without notice and fair compensation',
    description:
      'Over a million people lost their homes before the Beijing Games, often without notice or adequate compensation.',
    by: 'EU',
  },
  {
    n: 5,
    title: 'Death penalty: yearly statistics published',
    description:
      'Figures on death sentences and executions remain a state secret; the Supreme People’s Court reviews every death sentence since 2007.',
    by: 'EU',
  },
  {
    n: 6,
    title: 'UN special procedures visit on standard terms of reference',
    description:
      'Visits by UN rapporteurs on the terms every other state accepts: free movement, confidential interviews, no reprisals.',
    by: 'CH',
  },
  {
    n: 7,
    title: 'An independent review of the evictions before the 2008 Games',
    description: 'Held by the Netherlands until it was folded into the housing objective.',
    by: 'NL',
  },
];

export const DEMO_BENCHMARKS: readonly DemoBenchmark[] = [
  // ---- 1. ICCPR -------------------------------------------------------------------------------
  {
    n: 1,
    holder: 'EU',
    kind: 'OBJECTIVE',
    statement:
      'China ratifies the International Covenant on Civil and Political Rights, signed in 1998.',
    description: 'From the EU Council’s 2001 benchmarks; raised at every round since.',
    targetDate: '2027-06-30',
    themes: ['ICCPR_RATIFICATION', 'UN_COOPERATION'],
    un: { instrument: 'ICCPR', mechanism: 'HUMAN_RIGHTS_COMMITTEE', upr: 4 },
    indicators: [
      'Ratification bill before the NPC Standing Committee',
      'Laws reviewed for compatibility (administrative detention, criminal procedure)',
    ],
    objective: 1,
    createdOn: '2022-04-01',
    assessments: [
      ['EU', BERNE(2022), 'NO_PROGRESS', 'No timetable given; “conditions are not yet ripe”.'],
      ['EU', BERNE(2023), 'NO_PROGRESS', 'Same answer as in 2022.', 'Preparations continue.'],
      [
        'EU',
        BERNE(2024),
        'LIMITED',
        'The 2024 UPR accepted a recommendation to “create conditions” for ratification.',
      ],
      ['EU', BERNE(2025), 'LIMITED', 'A study group at the Ministry of Justice, no draft yet.'],
      [
        'EU',
        BRUSSELS(2025),
        'LIMITED',
        'No change since May.',
        'Ratification is a matter of China’s own pace.',
      ],
    ],
  },
  {
    n: 2,
    holder: 'CA',
    kind: 'OBJECTIVE',
    statement: 'Ratify the ICCPR without reservations that defeat its object and purpose.',
    targetDate: '2028-09-30',
    themes: ['ICCPR_RATIFICATION'],
    un: { instrument: 'ICCPR', upr: 4 },
    objective: 1,
    createdOn: '2023-06-01',
    assessments: [
      ['CA', BRUSSELS(2023), 'NO_PROGRESS', 'No draft, no timetable.'],
      ['CA', BRUSSELS(2025), 'NO_PROGRESS', 'Unchanged.'],
    ],
  },
  {
    n: 3,
    holder: 'CH',
    kind: 'OBJECTIVE',
    statement: 'A ratification timetable for the ICCPR, announced to the Human Rights Council.',
    targetDate: '2027-09-30',
    themes: ['ICCPR_RATIFICATION'],
    un: { instrument: 'HRC', upr: 4 },
    objective: 1,
    createdOn: '2023-06-01',
    assessments: [['CH', BERNE(2024), 'NO_PROGRESS', 'No timetable at the UPR.']],
  },
  // ---- 2. Press freedom -----------------------------------------------------------------------
  {
    n: 4,
    holder: 'GB',
    kind: 'OBJECTIVE',
    statement:
      'Foreign journalists travel and interview without prior consent, as China promised for the 2008 Games.',
    description:
      'The 2008 rules were made permanent; the benchmark asks that they hold in practice.',
    targetDate: '2026-06-30',
    themes: ['FREE_EXPRESSION'],
    un: { instrument: 'ICCPR', article: 'art. 19', mechanism: 'SR_FREEDOM_OF_EXPRESSION' },
    indicators: ['Foreign correspondents’ yearly survey: interviews blocked, sources questioned'],
    objective: 2,
    createdOn: '2007-09-01',
    assessments: [
      [
        'GB',
        '2007-11-30',
        'LIMITED',
        'Temporary rules since January 2007; obstruction in Tibetan areas.',
      ],
      [
        'GB',
        '2008-10-20',
        'ACHIEVED',
        'The temporary rules were made permanent on 17 October 2008.',
      ],
      [
        'GB',
        BERNE(2022),
        'LIMITED',
        'Visas refused to several correspondents; sources questioned.',
      ],
      [
        'GB',
        BRUSSELS(2023),
        'NO_PROGRESS',
        'Survey: most correspondents obstructed at least once.',
      ],
      ['GB', BRUSSELS(2024), 'REGRESSED', 'Expulsions; interviews in Xinjiang impossible.'],
      [
        'GB',
        BRUSSELS(2025),
        'REGRESSED',
        'No improvement; harassment of local staff.',
        'Foreign media must respect Chinese law.',
      ],
    ],
  },
  {
    n: 5,
    holder: 'EU',
    kind: 'OBJECTIVE',
    statement:
      'No journalist is detained for what they report; those detained for their reporting are released.',
    targetDate: '2026-06-30',
    themes: ['FREE_EXPRESSION'],
    un: { instrument: 'ICCPR', article: 'art. 19', mechanism: 'SR_FREEDOM_OF_EXPRESSION' },
    indicators: ['Journalists in detention (press freedom organisations’ yearly census)'],
    objective: 2,
    createdOn: '2022-04-01',
    assessments: [
      ['EU', BERNE(2022), 'NO_PROGRESS', 'More journalists in jail than in any other country.'],
      ['EU', BERNE(2023), 'REGRESSED', 'New detentions of citizen journalists.'],
      ['EU', BERNE(2024), 'REGRESSED', 'Two more journalists sentenced.'],
      ['EU', BERNE(2025), 'NO_PROGRESS', 'One release at the end of a sentence; no others.'],
      [
        'EU',
        BERNE(2026),
        'REGRESSED',
        'New detentions before the anniversary dates.',
        'There are no journalists detained for journalism in China.',
      ],
    ],
  },
  {
    n: 6,
    holder: 'US',
    kind: 'OBJECTIVE',
    statement: 'News sites blocked since 2008 are restored, and stay restored.',
    targetDate: '2026-12-15',
    themes: ['FREE_EXPRESSION'],
    un: { instrument: 'ICCPR', article: 'art. 19' },
    objective: 2,
    createdOn: '2022-09-01',
    assessments: [
      ['US', BRUSSELS(2022), 'NO_PROGRESS', 'Technical monitoring: no change.'],
      ['US', BRUSSELS(2024), 'NO_PROGRESS', 'No change.'],
      ['US', BRUSSELS(2025), 'NO_PROGRESS', 'More sites blocked around anniversaries.'],
    ],
  },
  // ---- 3. Labour rights -----------------------------------------------------------------------
  {
    n: 7,
    holder: 'US',
    kind: 'OBJECTIVE',
    statement: 'Workers may bargain collectively and form unions of their choosing.',
    targetDate: '2027-12-31',
    themes: ['LABOUR_RIGHTS'],
    un: { instrument: 'ILO', article: 'C087, C098', mechanism: 'ILO_SUPERVISORY_BODIES' },
    indicators: [
      'Collective agreements signed outside the official federation',
      'Strikes tolerated',
    ],
    objective: 3,
    createdOn: '2022-09-01',
    assessments: [
      ['US', BRUSSELS(2022), 'NO_PROGRESS', 'No legal change.'],
      ['US', BRUSSELS(2023), 'LIMITED', 'Pilot wage negotiations in two provinces.'],
      ['US', BRUSSELS(2024), 'LIMITED', 'Pilots extended.'],
      [
        'US',
        BRUSSELS(2025),
        'SUBSTANTIAL',
        'Sector-wide wage agreements in the delivery sector.',
        'Trade unions play their role under the law.',
      ],
    ],
  },
  {
    n: 8,
    holder: 'EU',
    kind: 'OBJECTIVE',
    statement:
      'No child labour in the supply chains of goods sold in the EU, starting with Olympic merchandise.',
    targetDate: '2027-09-30',
    themes: ['LABOUR_RIGHTS'],
    un: { instrument: 'ILO', article: 'C138, C182', mechanism: 'CRC' },
    objective: 3,
    createdOn: '2023-04-01',
    assessments: [
      ['EU', BERNE(2023), 'LIMITED', 'Inspections announced after NGO reports.'],
      ['EU', BERNE(2024), 'LIMITED', 'Some factories audited; results not published.'],
      ['EU', BERNE(2025), 'LIMITED', 'No change.'],
    ],
  },
  {
    n: 9,
    holder: 'DE',
    kind: 'PRECONDITION',
    statement:
      'Independent labour inspectors have access to factories: a precondition for the expert seminar on labour rights.',
    targetDate: '2027-09-30',
    themes: ['LABOUR_RIGHTS'],
    un: { instrument: 'ILO', article: 'C081' },
    objective: 3,
    createdOn: '2024-03-01',
    assessments: [
      ['DE', BERNE(2024), 'NO_PROGRESS', 'Access refused.'],
      ['DE', BERNE(2025), 'LIMITED', 'Two supervised visits allowed.'],
    ],
  },
  // ---- 4. Housing -----------------------------------------------------------------------------
  {
    n: 10,
    holder: 'EU',
    kind: 'OBJECTIVE',
    statement: 'No forced eviction without prior notice, consultation and fair compensation.',
    targetDate: '2027-12-31',
    themes: ['HOUSING_EVICTIONS'],
    un: { instrument: 'ICESCR', article: 'art. 11', mechanism: 'SR_ADEQUATE_HOUSING' },
    objective: 4,
    createdOn: '2022-09-01',
    assessments: [
      ['EU', BRUSSELS(2022), 'LIMITED', 'The 2011 expropriation rules applied unevenly.'],
      ['EU', BRUSSELS(2023), 'LIMITED', 'Court challenges admitted in some provinces.'],
      [
        'EU',
        BRUSSELS(2024),
        'SUBSTANTIAL',
        'Compensation raised; notice periods respected in most reported cases.',
      ],
      [
        'EU',
        BRUSSELS(2025),
        'SUBSTANTIAL',
        'Same picture as in 2024.',
        'Urban renewal respects the rights of residents.',
      ],
    ],
  },
  {
    n: 11,
    holder: 'CA',
    kind: 'OBJECTIVE',
    statement:
      'Evicted residents are compensated at market value and may challenge evictions in court.',
    targetDate: '2028-03-31',
    themes: ['HOUSING_EVICTIONS'],
    un: { instrument: 'ICESCR', article: 'art. 11' },
    objective: 4,
    createdOn: '2024-06-01',
    assessments: [
      ['CA', BRUSSELS(2024), 'LIMITED', 'Some compensation increases.'],
      [
        'CA',
        '2025-10-02',
        'NO_PROGRESS',
        'NGO reports of evictions without notice in three cities; courts refuse the cases.',
      ],
    ],
  },
  // ---- 5. Death penalty -----------------------------------------------------------------------
  {
    n: 12,
    holder: 'EU',
    kind: 'OBJECTIVE',
    statement: 'Yearly figures on death sentences and executions are published.',
    targetDate: '2026-12-31',
    themes: ['DEATH_PENALTY'],
    un: {
      instrument: 'ICCPR',
      article: 'art. 6',
      mechanism: 'SR_EXTRAJUDICIAL_EXECUTIONS',
      upr: 4,
    },
    indicators: ['Official yearly figures', 'Number of offences carrying the death penalty'],
    objective: 5,
    createdOn: '2022-04-01',
    assessments: [
      ['EU', BERNE(2022), 'NO_PROGRESS', 'Figures remain a state secret.'],
      ['EU', BERNE(2023), 'NO_PROGRESS', 'No figures.'],
      ['EU', BERNE(2024), 'NO_PROGRESS', 'No figures.'],
      [
        'EU',
        BERNE(2025),
        'LIMITED',
        'The Supreme People’s Court published the share of sentences sent back.',
      ],
      ['EU', BERNE(2026), 'LIMITED', 'Same partial figures.', 'Statistics are being improved.'],
    ],
  },
  {
    n: 13,
    holder: 'AU',
    kind: 'OBJECTIVE',
    statement: 'Death penalty statistics are published, at least as totals per year.',
    targetDate: '2027-03-31',
    themes: ['DEATH_PENALTY'],
    un: { instrument: 'ICCPR', article: 'art. 6' },
    objective: 5,
    createdOn: '2023-09-01',
    assessments: [
      ['AU', SEMINAR(2023), 'NO_PROGRESS', 'The Canberra seminar: no figures offered.'],
      ['AU', BRUSSELS(2025), 'NO_PROGRESS', 'No totals.'],
    ],
  },
  {
    n: 14,
    holder: 'NO',
    kind: 'OBJECTIVE',
    statement:
      'Publication of the number of executions, and of the offences that carry the death penalty.',
    targetDate: '2026-12-31',
    themes: ['DEATH_PENALTY'],
    objective: 5,
    createdOn: '2024-03-01',
    assessments: [
      ['NO', BRUSSELS(2024), 'LIMITED', 'The list of offences was published; executions were not.'],
    ],
  },
  {
    n: 15,
    holder: 'SE',
    kind: 'OBJECTIVE',
    statement: 'Yearly death penalty statistics, broken down by offence.',
    targetDate: '2027-02-28',
    themes: ['DEATH_PENALTY'],
    objective: 5,
    createdOn: '2025-03-01',
    assessments: [],
  },
  // ---- 6. Special procedures ------------------------------------------------------------------
  {
    n: 16,
    holder: 'CH',
    kind: 'OBJECTIVE',
    statement:
      'The Special Rapporteur on torture is invited for a follow-up visit on the standard terms of reference.',
    targetDate: '2026-09-30',
    themes: ['TORTURE_PREVENTION', 'UN_COOPERATION'],
    un: { instrument: 'CAT', mechanism: 'SR_TORTURE' },
    objective: 6,
    createdOn: '2023-04-01',
    assessments: [
      ['CH', BERNE(2023), 'NO_PROGRESS', 'Request pending since 2005’s visit.'],
      ['CH', BERNE(2024), 'NO_PROGRESS', 'No answer.'],
      ['CH', BERNE(2025), 'NO_PROGRESS', 'No answer.'],
      [
        'CH',
        BERNE(2026),
        'REGRESSED',
        'The request was declined.',
        'Cooperation takes place through technical exchanges.',
      ],
    ],
  },
  {
    n: 17,
    holder: 'EU',
    kind: 'OBJECTIVE',
    statement:
      'Pending visit requests of UN special procedures are accepted, on the standard terms.',
    targetDate: '2026-12-31',
    themes: ['UN_COOPERATION'],
    un: { instrument: 'UN_SPECIAL_PROCEDURES', upr: 4 },
    objective: 6,
    createdOn: '2024-09-01',
    assessments: [
      ['EU', BRUSSELS(2024), 'NO_PROGRESS', 'Fifteen requests pending.'],
      ['EU', BRUSSELS(2025), 'NO_PROGRESS', 'Sixteen requests pending.'],
    ],
  },
  // ---- 7. Nobody holds it any more ------------------------------------------------------------
  {
    n: 18,
    holder: 'NL',
    kind: 'OBJECTIVE',
    statement:
      'An independent review of the evictions carried out before the 2008 Games, with its findings published.',
    targetDate: '2025-12-31',
    themes: ['HOUSING_EVICTIONS'],
    objective: 7,
    createdOn: '2022-09-01',
    withdrawn: {
      on: '2024-11-28',
      reason: 'Folded into the housing objective after the Brussels 2024 session.',
    },
    assessments: [['NL', BRUSSELS(2023), 'NO_PROGRESS', 'No review announced.']],
  },
  // ---- not aligned ----------------------------------------------------------------------------
  {
    n: 19,
    holder: 'EU',
    kind: 'OBJECTIVE',
    statement:
      'Re-education through labour is abolished, and no other detention without trial replaces it.',
    description: 'From the EU Council’s 2001 benchmarks.',
    targetDate: '2010-12-31',
    themes: ['ADMIN_DETENTION'],
    un: { instrument: 'ICCPR', article: 'art. 9', mechanism: 'WG_ARBITRARY_DETENTION' },
    createdOn: '2006-10-01',
    assessments: [
      ['EU', ROUND(2007), 'LIMITED', 'A reform was announced; placements continue.'],
      ['EU', '2014-03-20', 'ACHIEVED', 'Abolished by the NPC Standing Committee in December 2013.'],
    ],
  },
  {
    n: 20,
    holder: 'US',
    kind: 'OBJECTIVE',
    statement:
      'Unhindered access to Xinjiang and Tibet for the UN High Commissioner and special procedures.',
    targetDate: '2027-06-30',
    themes: ['MINORITY_RIGHTS', 'UN_COOPERATION'],
    un: { instrument: 'HRC', mechanism: 'HIGH_COMMISSIONER' },
    createdOn: '2022-03-01',
    assessments: [
      ['US', BERNE(2022), 'REGRESSED', 'No access since 2005.'],
      [
        'US',
        BRUSSELS(2022),
        'LIMITED',
        'The High Commissioner visited in May 2022, under close supervision.',
      ],
      ['US', BRUSSELS(2023), 'NO_PROGRESS', 'No follow-up visit.'],
      ['US', BERNE(2025), 'NO_PROGRESS', 'No follow-up visit.'],
      ['EU', BERNE(2025), 'NO_PROGRESS', 'The EU shares this assessment.'],
    ],
  },
  {
    n: 21,
    holder: 'EU',
    kind: 'OBJECTIVE',
    classification: 'PARTNER_PRIVATE',
    statement:
      'EU draft: an end to the harassment of rights lawyers — disbarments, travel bans, “residential surveillance”.',
    description: 'Internal to the EU delegation until the Council agrees it.',
    targetDate: '2027-12-31',
    themes: ['JUDICIAL_INDEPENDENCE'],
    un: { instrument: 'ICCPR', article: 'art. 14', mechanism: 'SR_INDEPENDENCE_OF_JUDGES' },
    createdOn: '2025-09-01',
    assessments: [
      ['EU', BRUSSELS(2025), 'REGRESSED', 'Three more lawyers disbarred.'],
      ['EU', BERNE(2026), 'REGRESSED', 'Travel bans on lawyers’ relatives.'],
    ],
  },
  {
    n: 22,
    holder: 'EU',
    kind: 'OBJECTIVE',
    classification: 'RESTRICTED',
    statement: 'Written answers, within one round, on every case of the list of individual cases.',
    description: 'Restricted: the list itself is handled with the utmost discretion (rec. 7).',
    targetDate: '2026-11-20',
    themes: ['TORTURE_PREVENTION'],
    un: { instrument: 'CAT', mechanism: 'WG_ARBITRARY_DETENTION' },
    createdOn: '2024-09-01',
    assessments: [
      ['EU', BRUSSELS(2024), 'LIMITED', 'Answers on about half of the cases.'],
      [
        'EU',
        BRUSSELS(2025),
        'NO_PROGRESS',
        'Answers on a third of the cases, most of them already known.',
      ],
    ],
  },
  // ---- suspension criteria (rec. 2a) ----------------------------------------------------------
  {
    n: 30,
    holder: 'EU',
    kind: 'SUSPENSION_CRITERION',
    statement:
      'The dialogue continues only while the legal seminar takes place with the NGOs the partners invite.',
    description:
      'After the walk-out of May 2007. Assessed on the same scale: how far the condition for continuing holds.',
    targetDate: null,
    themes: ['UN_COOPERATION'],
    createdOn: '2007-06-01',
    assessments: [
      [
        'EU',
        ROUND(2007),
        'REGRESSED',
        'The seminar was cancelled when the other side walked out over two NGOs.',
      ],
      ['EU', BRUSSELS(2022), 'LIMITED', 'The seminar took place; one NGO was refused.'],
      ['EU', BRUSSELS(2024), 'LIMITED', 'Same.'],
      ['EU', BRUSSELS(2025), 'NO_PROGRESS', 'Two NGOs refused.'],
    ],
  },
  {
    n: 31,
    holder: 'EU',
    kind: 'SUSPENSION_CRITERION',
    statement:
      'China’s delegation includes officials of the Justice or Public Security ministries, led by at least a deputy minister.',
    description: 'Rec. 3: officials who can change the situation, not only diplomats.',
    targetDate: null,
    themes: ['JUDICIAL_INDEPENDENCE'],
    createdOn: '2022-10-01',
    assessments: [
      ['EU', ROUND(2023), 'NO_PROGRESS', 'Foreign ministry officials only.'],
      ['EU', ROUND(2024), 'NO_PROGRESS', 'Foreign ministry officials only.'],
      ['EU', ROUND(2025), 'LIMITED', 'One official of the Ministry of Justice attended.'],
    ],
  },
  {
    n: 32,
    holder: 'CA',
    kind: 'SUSPENSION_CRITERION',
    statement:
      'The dialogue is not traded for silence in UN bodies: no request to drop Human Rights Council initiatives in exchange for holding it.',
    description: 'Rec. 9: the dialogue must not ease pressure in the UN system.',
    targetDate: null,
    themes: ['UN_COOPERATION', 'INFLUENCE_ABROAD'],
    createdOn: '2024-06-01',
    assessments: [
      ['CA', BRUSSELS(2024), 'NO_PROGRESS', 'Requests made informally.'],
      ['CA', BRUSSELS(2025), 'REGRESSED', 'The next round was linked to a vote in Geneva.'],
    ],
  },
];

/** The flag the demo shows as resolved, with the note partners agreed on. */
const RESOLVED_FLAG = {
  sides: [benchmarkId(2), benchmarkId(3)],
  note: 'Canada’s later date follows its parliamentary calendar; partners agreed at the Bern 2026 session to keep both dates.',
};

export interface BenchmarkSeedResult {
  objectives: number;
  benchmarks: number;
  assessments: number;
}

/**
 * Inserts the demo aligned objectives, benchmarks and assessments that are missing (by fixed id),
 * then computes their conflict flags. Something already there is left as it is. Needs the demo
 * accounts and meetings seeded first; without the secretariat account it does nothing. Call it
 * only where demo data belongs (never in production).
 */
export async function seedBenchmarks(dataSource: DataSource): Promise<BenchmarkSeedResult> {
  const result: BenchmarkSeedResult = { objectives: 0, benchmarks: 0, assessments: 0 };
  const users = await dataSource
    .getRepository(UserEntity)
    .createQueryBuilder('u')
    .select(['u.id', 'u.email', 'u.partnerCode'])
    .where('u.email IN (:...emails)', { emails: DEMO_ACCOUNTS.map((a) => a.email) })
    .getMany();
  const secretariat = users.find((u) => u.email === DEMO_ACCOUNTS[0].email)?.id;
  if (!secretariat) return result;
  // The demo account of a partner records for it; the secretariat records for the others.
  const byPartner = (p: PartnerCode) =>
    users.find((u) => u.partnerCode === p && u.email !== DEMO_ACCOUNTS[0].email)?.id ?? secretariat;

  return dataSource.transaction(async (manager) => {
    const meetingIds = new Set(
      (
        await manager
          .getRepository(MeetingEntity)
          .createQueryBuilder('m')
          .select('m.id')
          .where('m.id IN (:...ids)', { ids: Object.keys(SESSION_DATES) })
          .getMany()
      ).map((m) => m.id),
    );
    const haveObjectives = new Set(
      (await manager.find(AlignedObjectiveEntity, { select: { id: true } })).map((o) => o.id),
    );
    for (const o of DEMO_OBJECTIVES) {
      if (haveObjectives.has(objectiveId(o.n))) continue;
      const at = new Date('2022-04-01T12:00:00Z');
      await manager.insert(AlignedObjectiveEntity, {
        id: objectiveId(o.n),
        title: o.title,
        description: o.description,
        createdByPartner: o.by,
        createdById: byPartner(o.by),
        createdAt: at,
        updatedAt: at,
      });
      result.objectives++;
    }
    const haveBenchmarks = new Set(
      (
        await manager
          .getRepository(BenchmarkEntity)
          .createQueryBuilder('b')
          .select('b.id')
          .where('b.id IN (:...ids)', { ids: DEMO_BENCHMARKS.map((b) => benchmarkId(b.n)) })
          .getMany()
      ).map((b) => b.id),
    );
    const scopes: string[] = [];
    for (const demo of DEMO_BENCHMARKS) {
      const id = benchmarkId(demo.n);
      if (haveBenchmarks.has(id)) continue;
      const createdAt = new Date(`${demo.createdOn}T12:00:00Z`);
      const lastDate = demo.assessments
        .map(([, at]) => SESSION_DATES[at] ?? at)
        .sort()
        .pop();
      const withdrawnAt = demo.withdrawn ? new Date(`${demo.withdrawn.on}T17:00:00Z`) : null;
      await manager.insert(BenchmarkEntity, {
        id,
        statement: demo.statement,
        description: demo.description ?? '',
        kind: demo.kind,
        ownerPartner: demo.holder,
        targetDate: demo.targetDate,
        classification: demo.classification ?? 'PARTNERS',
        unInstrument: demo.un?.instrument ?? null,
        unArticle: demo.un?.article ?? null,
        unMechanism: demo.un?.mechanism ?? null,
        uprCycle: demo.un?.upr ?? null,
        alignedObjectiveId: demo.objective ? objectiveId(demo.objective) : null,
        withdrawnAt,
        withdrawnReason: demo.withdrawn?.reason ?? null,
        createdById: byPartner(demo.holder),
        createdAt,
        updatedAt: withdrawnAt ?? (lastDate ? new Date(`${lastDate}T18:00:00Z`) : createdAt),
      });
      if (demo.themes.length) {
        await manager.insert(
          BenchmarkThemeEntity,
          demo.themes.map((themeCode) => ({ benchmarkId: id, themeCode })),
        );
      }
      if (demo.indicators?.length) {
        await manager.insert(
          BenchmarkIndicatorEntity,
          demo.indicators.map((text, position) => ({ benchmarkId: id, position, text })),
        );
      }
      for (const [index, [partner, at, status, evidence, china]] of demo.assessments.entries()) {
        const date = SESSION_DATES[at] ?? at;
        await manager.insert(BenchmarkAssessmentEntity, {
          id: assessmentId(demo.n, index + 1),
          benchmarkId: id,
          partnerCode: partner,
          date,
          meetingId: SESSION_DATES[at] && meetingIds.has(at) ? at : null,
          status,
          evidence,
          links: '[]',
          chinaResponse: china ?? '',
          supersedesId: null,
          recordedById: byPartner(partner),
          recordedAt: new Date(`${date}T18:00:00Z`),
        });
        result.assessments++;
      }
      scopes.push(
        demo.objective ? objectiveScope(objectiveId(demo.objective)) : benchmarkScope(id),
      );
      result.benchmarks++;
    }
    if (scopes.length === 0) return result;
    await recomputeConflicts(manager, scopes);
    if (
      !haveBenchmarks.has(RESOLVED_FLAG.sides[0]) &&
      !haveBenchmarks.has(RESOLVED_FLAG.sides[1])
    ) {
      const [a, b] = RESOLVED_FLAG.sides;
      const flag = await manager.findOne(BenchmarkConflictEntity, {
        where: { key: `DEADLINE_GAP:${a < b ? `${a}:${b}` : `${b}:${a}`}` },
      });
      if (flag && !flag.resolvedAt && flag.activeKey) {
        const at = new Date(`${SESSION_DATES[BERNE(2026)]}T16:00:00Z`);
        await manager.update(
          BenchmarkConflictEntity,
          { id: flag.id },
          {
            resolvedAt: at,
            resolvedById: secretariat,
            resolutionNote: RESOLVED_FLAG.note,
            resolvedFacts: flag.facts,
            updatedAt: at,
          },
        );
      }
    }
    return result;
  });
}
