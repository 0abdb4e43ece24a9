import type { DataSource } from 'typeorm';
import type {
  CaseAnswerKind,
  CaseRaisingChannel,
  CaseStatus,
  PartnerCode,
  VulnerableGroup,
} from '@berne/domain';
import { DEMO_ACCOUNTS } from '../../database/seed/demo-accounts';
import { MeetingEntity } from '../meetings/meeting.entity';
import { demoMeetingId } from '../meetings/meetings.seed';
import { UserEntity } from '../users/user.entity';
import {
  IndividualCaseEntity,
  IndividualCaseGroupEntity,
  IndividualCaseListEntity,
  IndividualCaseListEntryEntity,
  IndividualCaseRaisingEntity,
  IndividualCaseThemeEntity,
} from './case.entity';

/**
 * Demo individual cases. EVERY PERSON HERE IS INVENTED: names, places, dates and answers are
 * made up for the demonstration and must never be taken for real people (the references start
 * with DEMO- and each summary says so). They are raised at the demo EU–China rounds (2023–2025)
 * with the answers that came back, and a draft consolidated list waits for the Brussels 2026
 * session.
 */

const caseId = (n: number) => `ca5e0001-0000-4000-8000-${String(n).padStart(12, '0')}`;
const raisingId = (c: number, n: number) =>
  `ca5e0002-0000-4000-8000-${String(c * 100 + n).padStart(12, '0')}`;

const ROUND = (year: number) => demoMeetingId(year, 'ROUND');
const INVENTED = 'Invented demo case: this person does not exist.';

/** [partner, meeting id or null, channel, raisedOn, request, answer kind, answer, answeredOn] */
type DemoRaising = [
  PartnerCode,
  string | null,
  CaseRaisingChannel,
  string,
  string,
  CaseAnswerKind,
  string,
  string | null,
];

interface DemoCase {
  n: number;
  name: string;
  nativeName: string;
  birthYear: number | null;
  region: string;
  status: CaseStatus;
  detainedOn: string | null;
  charges: string;
  sentence: string;
  location: string;
  summary: string;
  owner: PartnerCode;
  themes: string[];
  groups: VulnerableGroup[];
  raisings: DemoRaising[];
}

const R2023 = '2023-02-16';
const R2024 = '2024-06-13';
const R2025 = '2025-06-12';

export const DEMO_CASES: readonly DemoCase[] = [
  {
    n: 1,
    name: 'Lan Qiuming',
    nativeName: '蓝秋明',
    birthYear: 1971,
    region: 'Beijing',
    status: 'SENTENCED',
    detainedOn: '2021-07-09',
    charges: 'Subversion of state power',
    sentence: '8 years',
    location: 'Beijing No. 2 Prison',
    summary: `${INVENTED} A human rights lawyer who defended petitioners; held incommunicado for six months before trial.`,
    owner: 'EU',
    themes: ['JUDICIAL_INDEPENDENCE'],
    groups: [],
    raisings: [
      [
        'EU',
        ROUND(2023),
        'LIST',
        '2023-01-20',
        'Access to a lawyer of his choice and to his family.',
        'REFUSED',
        'Described as a judicial matter handled according to law.',
        R2023,
      ],
      [
        'EU',
        ROUND(2024),
        'LIST',
        '2024-05-10',
        'Release; medical care for his heart condition.',
        'PARTIAL',
        'Confirmed the sentence and the prison; said his health is "normal".',
        R2024,
      ],
      [
        'EU',
        ROUND(2025),
        'LIST',
        '2025-05-09',
        'Release; family visits.',
        'PARTIAL',
        'One family visit said to have taken place in March 2025.',
        R2025,
      ],
      ['CA', null, 'LETTER', '2025-09-15', 'Information on his health.', 'NONE', '', '2025-12-15'],
    ],
  },
  {
    n: 2,
    name: 'Lobsang Tsering',
    nativeName: '',
    birthYear: 1984,
    region: 'Tibet Autonomous Region (Lhasa)',
    status: 'DISAPPEARED',
    detainedOn: '2022-03-14',
    charges: '',
    sentence: '',
    location: '',
    summary: `${INVENTED} A monk and teacher of the Tibetan language; whereabouts unknown since he was taken from his monastery.`,
    owner: 'EU',
    themes: ['MINORITY_RIGHTS', 'FREE_RELIGION'],
    groups: ['ETHNIC_MINORITIES'],
    raisings: [
      [
        'EU',
        ROUND(2023),
        'LIST',
        '2023-01-20',
        'Whereabouts and the charges, if any.',
        'NONE',
        '',
        R2023,
      ],
      [
        'EU',
        ROUND(2024),
        'ROUND',
        R2024,
        'Whereabouts; access for his family.',
        'REFUSED',
        'Called an internal affair of China.',
        R2024,
      ],
      ['EU', ROUND(2025), 'LIST', '2025-05-09', 'Whereabouts.', 'NONE', '', R2025],
    ],
  },
  {
    n: 3,
    name: 'Aynur Tohti',
    nativeName: '',
    birthYear: 1990,
    region: 'Xinjiang Uyghur Autonomous Region (Kashgar)',
    status: 'SENTENCED',
    detainedOn: '2018-11-02',
    charges: 'Inciting ethnic hatred',
    sentence: '15 years',
    location: 'Unknown prison in Xinjiang',
    summary: `${INVENTED} A schoolteacher, mother of two; first held in a "vocational training centre", then tried.`,
    owner: 'SE',
    themes: ['MINORITY_RIGHTS', 'COUNTER_TERRORISM'],
    groups: ['WOMEN', 'ETHNIC_MINORITIES'],
    raisings: [
      [
        'EU',
        ROUND(2024),
        'LIST',
        '2024-05-10',
        'The judgment and the place of detention.',
        'PARTIAL',
        'The charge and the length of the sentence were given; not the prison.',
        R2024,
      ],
      [
        'EU',
        ROUND(2025),
        'LIST',
        '2025-05-09',
        'Place of detention; contact with her children.',
        'AWAITED',
        '',
        null,
      ],
    ],
  },
  {
    n: 4,
    name: 'Feng Jiarui',
    nativeName: '冯嘉瑞',
    birthYear: 1988,
    region: 'Guangdong (Shenzhen)',
    status: 'RSDL',
    detainedOn: '2025-10-21',
    charges: 'Picking quarrels and provoking trouble',
    sentence: '',
    location: 'Residential surveillance at a designated location',
    summary: `${INVENTED} A labour activist who helped factory workers claim unpaid wages.`,
    owner: 'NL',
    themes: ['LABOUR_RIGHTS', 'ADMIN_DETENTION'],
    groups: [],
    raisings: [
      [
        'NL',
        null,
        'LETTER',
        '2025-11-05',
        'Release from RSDL; access to a lawyer.',
        'AWAITED',
        '',
        null,
      ],
    ],
  },
  {
    n: 5,
    name: 'Ma Xiulan',
    nativeName: '马秀兰',
    birthYear: 1956,
    region: 'Henan (Zhengzhou)',
    status: 'RELEASED',
    detainedOn: '2019-04-04',
    charges: 'Disturbing public order (petitioning)',
    sentence: '3 years, served',
    location: '',
    summary: `${INVENTED} A petitioner whose home was demolished; released in 2022 and under surveillance since.`,
    owner: 'EU',
    themes: ['HOUSING_EVICTIONS'],
    groups: ['WOMEN', 'ELDERLY'],
    raisings: [
      [
        'EU',
        ROUND(2023),
        'LIST',
        '2023-01-20',
        'Confirmation of her release; an end to surveillance.',
        'FULL',
        'Released on 2022-04-03 on completion of her sentence.',
        R2023,
      ],
    ],
  },
  {
    n: 6,
    name: 'Zhou Wenbo',
    nativeName: '周文博',
    birthYear: 1979,
    region: 'Sichuan (Chengdu)',
    status: 'DETAINED',
    detainedOn: '2024-12-01',
    charges: 'Illegal business operation (publishing)',
    sentence: '',
    location: 'Chengdu Detention Centre',
    summary: `${INVENTED} An independent publisher and pastor of an unregistered house church.`,
    owner: 'DE',
    themes: ['FREE_EXPRESSION', 'FREE_RELIGION'],
    groups: [],
    raisings: [
      [
        'EU',
        ROUND(2025),
        'LIST',
        '2025-05-09',
        'The charges; access to his lawyer.',
        'PARTIAL',
        'Said he is held on economic charges unrelated to religion.',
        R2025,
      ],
      [
        'DE',
        null,
        'LETTER',
        '2025-08-20',
        'Trial date; consular-style observation of the trial.',
        'NONE',
        '',
        '2025-11-20',
      ],
    ],
  },
  {
    n: 7,
    name: 'Gao Xiaoyu',
    nativeName: '高晓宇',
    birthYear: 2006,
    region: 'Shanghai',
    status: 'DETAINED',
    detainedOn: '2025-08-30',
    charges: 'Spreading rumours online',
    sentence: '',
    location: 'Shanghai No. 1 Detention Centre',
    summary: `${INVENTED} A student detained at 19 after posting about a factory fire.`,
    owner: 'AU',
    themes: ['FREE_EXPRESSION'],
    groups: ['CHILDREN'],
    raisings: [],
  },
  {
    n: 8,
    name: 'Bayar Tumen',
    nativeName: '',
    birthYear: 1968,
    region: 'Inner Mongolia (Hohhot)',
    status: 'DECEASED',
    detainedOn: '2016-05-18',
    charges: 'Separatism',
    sentence: '12 years',
    location: '',
    summary: `${INVENTED} A herder and writer on grazing rights; died in custody in 2024 according to his family.`,
    owner: 'EU',
    themes: ['MINORITY_RIGHTS', 'TORTURE_PREVENTION'],
    groups: ['ETHNIC_MINORITIES', 'ELDERLY'],
    raisings: [
      [
        'EU',
        ROUND(2023),
        'LIST',
        '2023-01-20',
        'Medical parole.',
        'REFUSED',
        'Said his treatment conforms to the law.',
        R2023,
      ],
      [
        'EU',
        ROUND(2024),
        'ROUND',
        R2024,
        'An independent inquiry into his death; return of his body to his family.',
        'NONE',
        '',
        R2024,
      ],
    ],
  },
];

/** The draft consolidated list for the Brussels 2026 session (upcoming in the demo). */
const DRAFT_LIST: [number, string][] = [
  [1, 'Release; his health.'],
  [3, 'Place of detention; contact with her children.'],
  [4, 'Release from RSDL; access to a lawyer.'],
  [6, 'Trial date; observation of the trial.'],
  [7, 'Release.'],
];

export async function seedCases(dataSource: DataSource): Promise<number> {
  const users = await dataSource
    .getRepository(UserEntity)
    .createQueryBuilder('u')
    .select(['u.id', 'u.email', 'u.partnerCode'])
    .where('u.email IN (:...emails)', { emails: DEMO_ACCOUNTS.map((a) => a.email) })
    .getMany();
  const secretariat = users.find((u) => u.email === DEMO_ACCOUNTS[0].email)?.id;
  if (!secretariat) return 0;
  const byPartner = (p: PartnerCode) =>
    users.find((u) => u.partnerCode === p && u.email !== DEMO_ACCOUNTS[0].email)?.id ?? secretariat;

  return dataSource.transaction(async (manager) => {
    const have = new Set(
      (await manager.find(IndividualCaseEntity, { select: { id: true } })).map((c) => c.id),
    );
    const meetingIds = new Set(
      (
        await manager.getRepository(MeetingEntity).createQueryBuilder('m').select('m.id').getMany()
      ).map((m) => m.id),
    );
    let created = 0;
    for (const c of DEMO_CASES) {
      const id = caseId(c.n);
      if (have.has(id)) continue;
      const owner = byPartner(c.owner);
      await manager.insert(IndividualCaseEntity, {
        id,
        reference: `DEMO-${String(c.n).padStart(3, '0')}`,
        name: c.name,
        nativeName: c.nativeName,
        birthYear: c.birthYear,
        region: c.region,
        status: c.status,
        detainedOn: c.detainedOn,
        charges: c.charges,
        sentence: c.sentence,
        location: c.location,
        summary: c.summary,
        sourceName:
          'Invented for the demo (stands for an NGO database such as the Dui Hua Foundation’s)',
        sourceReference: `DEMO-SRC-${1000 + c.n}`,
        ownerPartner: c.owner,
        classification: 'RESTRICTED',
        createdById: owner,
        updatedById: owner,
      });
      if (c.themes.length) {
        await manager.insert(
          IndividualCaseThemeEntity,
          c.themes.map((themeCode) => ({ caseId: id, themeCode })),
        );
      }
      if (c.groups.length) {
        await manager.insert(
          IndividualCaseGroupEntity,
          c.groups.map((groupCode) => ({ caseId: id, groupCode })),
        );
      }
      const raisings = c.raisings.map(
        ([partner, meeting, channel, raisedOn, request, kind, answer, answeredOn], i) => ({
          id: raisingId(c.n, i + 1),
          caseId: id,
          partnerCode: partner,
          meetingId: meeting && meetingIds.has(meeting) ? meeting : null,
          channel,
          raisedOn,
          request,
          answerKind: kind,
          answer,
          answeredOn,
          recordedById: byPartner(partner),
          answerRecordedById: kind === 'AWAITED' ? null : byPartner(partner),
          answerRecordedAt:
            kind === 'AWAITED' ? null : new Date(`${answeredOn ?? raisedOn}T18:00:00Z`),
        }),
      );
      if (raisings.length) await manager.insert(IndividualCaseRaisingEntity, raisings);
      created++;
    }
    const brussels = demoMeetingId(2026, 'BRUSSELS');
    if (
      created &&
      meetingIds.has(brussels) &&
      !(await manager.exists(IndividualCaseListEntity, { where: { meetingId: brussels } }))
    ) {
      await manager.insert(IndividualCaseListEntity, {
        meetingId: brussels,
        sentAt: null,
        sentById: null,
        updatedById: byPartner('EU'),
      });
      await manager.insert(
        IndividualCaseListEntryEntity,
        DRAFT_LIST.map(([n, request], position) => ({
          meetingId: brussels,
          caseId: caseId(n),
          position,
          request,
        })),
      );
    }
    return created;
  });
}
