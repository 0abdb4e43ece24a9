import type { DataSource, EntityManager } from 'typeorm';
import { pm, proseMirrorJSONToYUpdate, type ProseMirrorNodeJSON } from '@berne/collab/server';
import type { Classification, PartnerCode } from '@berne/domain';
import { DocSnapshotEntity } from '../../collab/doc-snapshot.entity';
import { DocUpdateEntity } from '../../collab/doc-update.entity';
import { DEMO_ACCOUNTS } from '../../database/seed/demo-accounts';
import { UserEntity } from '../users/user.entity';
import {
  BriefingNoteAuthorEntity,
  BriefingNoteEntity,
  BriefingNoteThemeEntity,
} from './briefing-note.entity';
import { briefingNoteDocName } from './briefing-notes.policy';

interface DemoNote {
  id: string;
  title: string;
  classification: Classification;
  ownerPartner: PartnerCode;
  themes: string[];
  /** Demo account that created it (falls back to the secretariat's). */
  createdBy: string;
  /** The first content of its document. Individuals are invented, or named by a case code only. */
  content: ProseMirrorNodeJSON;
}

const OHCHR_ICCPR =
  'https://www.ohchr.org/en/instruments-mechanisms/instruments/international-covenant-civil-and-political-rights';
const OHCHR_CAT =
  'https://www.ohchr.org/en/instruments-mechanisms/instruments/convention-against-torture-and-other-cruel-inhuman-or-degrading';
const OHCHR_ICESCR =
  'https://www.ohchr.org/en/instruments-mechanisms/instruments/international-covenant-economic-social-and-cultural-rights';

/** Fixed ids, so seeding twice changes nothing and links in the README stay valid. */
export const DEMO_BRIEFING_NOTES: readonly DemoNote[] = [
  {
    id: '5f0c1a52-7d1e-4c43-9b1a-0b7e2d9a1001',
    title: 'Berne session — death penalty statistics talking points',
    classification: 'PARTNERS',
    ownerPartner: 'EU',
    themes: ['DEATH_PENALTY'],
    createdBy: 'eu.diplomat@berne.example',
    content: pm.doc(
      pm.h2('Purpose'),
      pm.p(
        'Talking points for the Berne session on the transparency of death penalty statistics, ',
        'grounded in ',
        pm.link('article 6 of the ICCPR', OHCHR_ICCPR),
        '.',
      ),
      pm.h2('Key messages'),
      pm.ul(
        'Publish yearly figures on death sentences and executions.',
        'Disclose the number of people under sentence of death, by offence.',
        [
          pm.p('Invite the Special Rapporteur on extrajudicial, summary or arbitrary executions:'),
          pm.ul('follow up on the pending visit request;', 'offer support for data collection.'),
        ],
      ),
      pm.p(
        pm.bold('Tone:'),
        ' factual and ',
        pm.italic('non-confrontational'),
        '; avoid numbers we cannot source.',
      ),
      pm.h3('Indicators to raise'),
      pm.table(
        ['Indicator', 'Status', 'Follow-up'],
        ['Yearly number of executions', 'Not published', 'Ask again at the Brussels round'],
        ['Offences carrying the death penalty', 'Partly published', 'Compare with the last review'],
        ['People under sentence of death', 'Not published', 'Request an estimate range'],
      ),
    ),
  },
  {
    id: '5f0c1a52-7d1e-4c43-9b1a-0b7e2d9a1002',
    title: 'Olympic Games 2008: press freedom benchmarks',
    classification: 'PARTNERS',
    ownerPartner: 'GB',
    themes: ['FREE_EXPRESSION'],
    createdBy: 'secretariat@berne.example',
    content: pm.doc(
      pm.h2('Background'),
      pm.p(
        'Before the 2008 Games, partners agreed on benchmarks for foreign and domestic reporters. ',
        'This note records where each one stands, for the Berne session.',
      ),
      pm.h2('Benchmarks'),
      pm.ol(
        'Foreign journalists may travel and interview without prior consent.',
        'Domestic reporters are not detained for their coverage.',
        'Blocked news sites are restored during and after the Games.',
      ),
      pm.h3('Assessment'),
      pm.table(
        ['Benchmark', 'Assessment', 'Source'],
        ['Travel and interviews', 'Partly met', 'Foreign correspondents’ survey'],
        ['No detention of reporters', 'Not met', 'Partner reporting'],
        ['Access to news sites', 'Met temporarily', 'Technical monitoring'],
      ),
      pm.quote(pm.p('Benchmarks are only useful if we return to them after the event.')),
    ),
  },
  {
    id: '5f0c1a52-7d1e-4c43-9b1a-0b7e2d9a1003',
    title: 'EU delegation draft: minority rights in Xinjiang',
    classification: 'PARTNER_PRIVATE',
    ownerPartner: 'EU',
    themes: ['MINORITY_RIGHTS'],
    createdBy: 'eu.diplomat@berne.example',
    content: pm.doc(
      pm.h2('Draft EU position'),
      pm.p(
        pm.italic('Working draft — not yet agreed within the delegation.'),
        ' Proposed lines on minority rights, with reference to ',
        pm.link('the ICESCR', OHCHR_ICESCR),
        ' (cultural rights) and ',
        pm.link('the CAT', OHCHR_CAT),
        '.',
      ),
      pm.h2('Points to make'),
      pm.ul(
        'Unrestricted access for independent observers.',
        'Use of minority languages in schools.',
        'Freedom of religious practice, including for minors.',
      ),
      pm.h3('Open questions'),
      pm.table(
        ['Question', 'Owner'],
        ['Joint statement with other partners?', 'Political desk'],
        ['Reference to the latest treaty-body review?', 'Legal service'],
      ),
    ),
  },
  {
    id: '5f0c1a52-7d1e-4c43-9b1a-0b7e2d9a1004',
    title: 'Individual cases — follow-up list for the Brussels round',
    classification: 'RESTRICTED',
    ownerPartner: 'SECRETARIAT',
    themes: ['JUDICIAL_INDEPENDENCE', 'ADMIN_DETENTION'],
    createdBy: 'secretariat@berne.example',
    content: pm.doc(
      pm.h2('Cases to raise in Brussels'),
      pm.p(
        'Individuals are referred to by case code only; names are in the secretariat file. ',
        pm.bold('Do not forward.'),
      ),
      pm.table(
        ['Case', 'Concern', 'Last raised', 'Next step'],
        [
          'BP-01',
          'Lawyer held under residential surveillance',
          'Berne, 2025',
          'Ask for family visits',
        ],
        [
          'BP-02',
          'Journalist serving a long sentence',
          'Brussels, 2024',
          'Ask for medical information',
        ],
        ['BP-03', 'Teacher detained without charge', 'Not yet', 'Raise for the first time'],
      ),
      pm.h3('Before the round'),
      pm.ol(
        'Check each case with the partners who raised it last.',
        'Agree who raises which case.',
        'Share the list with named readers only.',
      ),
    ),
  },
];

/**
 * Inserts the demo briefing notes that are missing (by id), with their themes and first author,
 * then gives each demo note its content if its document is still empty (see seedDemoNoteContent).
 * Needs the themes and demo accounts seeded first; does nothing without the secretariat account.
 * No named readers: the restricted note is read by the demo's cleared accounts.
 * Returns how many notes it created. Call it only where demo data belongs (never in production).
 */
export async function seedBriefingNotes(dataSource: DataSource): Promise<number> {
  const emails = [...new Set(DEMO_BRIEFING_NOTES.map((n) => n.createdBy))];
  const users = await dataSource
    .getRepository(UserEntity)
    .createQueryBuilder('u')
    .select(['u.id', 'u.email'])
    .where('u.email IN (:...emails)', { emails: [...emails, DEMO_ACCOUNTS[0].email] })
    .getMany();
  const idOf = new Map(users.map((u) => [u.email, u.id]));
  const fallback = idOf.get(DEMO_ACCOUNTS[0].email);
  if (!fallback) return 0;

  return dataSource.transaction(async (manager) => {
    const existing = await manager
      .getRepository(BriefingNoteEntity)
      .createQueryBuilder('n')
      .select('n.id')
      .where('n.id IN (:...ids)', { ids: DEMO_BRIEFING_NOTES.map((n) => n.id) })
      .getMany();
    const have = new Set(existing.map((n) => n.id));
    const missing = DEMO_BRIEFING_NOTES.filter((n) => !have.has(n.id));
    for (const demo of missing) {
      const createdById = idOf.get(demo.createdBy) ?? fallback;
      await manager.insert(BriefingNoteEntity, {
        id: demo.id,
        title: demo.title,
        meetingId: null,
        ownerPartner: demo.ownerPartner,
        classification: demo.classification,
        createdById,
        archivedAt: null,
      });
      await manager.insert(
        BriefingNoteThemeEntity,
        demo.themes.map((themeCode) => ({ noteId: demo.id, themeCode })),
      );
      await manager.insert(BriefingNoteAuthorEntity, { noteId: demo.id, userId: createdById });
    }
    await seedDemoNoteContent(manager);
    return missing.length;
  });
}

/**
 * Stores each existing demo note's content as one Yjs update, only where its document has
 * nothing stored yet (no snapshot, no update): seeding again, or after people edited a note (even
 * emptied it), changes nothing. Returns how many documents it filled.
 */
async function seedDemoNoteContent(manager: EntityManager): Promise<number> {
  let filled = 0;
  for (const demo of DEMO_BRIEFING_NOTES) {
    const docId = briefingNoteDocName(demo.id);
    // One after the other: a transaction is one connection.
    const note = await manager.exists(BriefingNoteEntity, { where: { id: demo.id } });
    const snapshot = await manager.exists(DocSnapshotEntity, { where: { docId } });
    const update = await manager.exists(DocUpdateEntity, { where: { docId } });
    if (!note || snapshot || update) continue;
    await manager.insert(DocUpdateEntity, {
      docId,
      update: Buffer.from(proseMirrorJSONToYUpdate(demo.content)),
    });
    filled++;
  }
  return filled;
}
