import type { DataSource } from 'typeorm';
import type { Classification, PartnerCode } from '@berne/domain';
import { DEMO_ACCOUNTS } from '../../database/seed/demo-accounts';
import { UserEntity } from '../users/user.entity';
import {
  BriefingNoteAuthorEntity,
  BriefingNoteEntity,
  BriefingNoteThemeEntity,
} from './briefing-note.entity';

interface DemoNote {
  id: string;
  title: string;
  classification: Classification;
  ownerPartner: PartnerCode;
  themes: string[];
  /** Demo account that created it (falls back to the secretariat's). */
  createdBy: string;
}

/** Fixed ids, so seeding twice changes nothing and links in the README stay valid. */
export const DEMO_BRIEFING_NOTES: readonly DemoNote[] = [
  {
    id: '5f0c1a52-7d1e-4c43-9b1a-0b7e2d9a1001',
    title: 'Berne session — death penalty statistics talking points',
    classification: 'PARTNERS',
    ownerPartner: 'EU',
    themes: ['DEATH_PENALTY'],
    createdBy: 'eu.diplomat@berne.example',
  },
  {
    id: '5f0c1a52-7d1e-4c43-9b1a-0b7e2d9a1002',
    title: 'Olympic Games 2008: press freedom benchmarks',
    classification: 'PARTNERS',
    ownerPartner: 'GB',
    themes: ['FREE_EXPRESSION'],
    createdBy: 'secretariat@berne.example',
  },
  {
    id: '5f0c1a52-7d1e-4c43-9b1a-0b7e2d9a1003',
    title: 'EU delegation draft: minority rights in Xinjiang',
    classification: 'PARTNER_PRIVATE',
    ownerPartner: 'EU',
    themes: ['MINORITY_RIGHTS'],
    createdBy: 'eu.diplomat@berne.example',
  },
  {
    id: '5f0c1a52-7d1e-4c43-9b1a-0b7e2d9a1004',
    title: 'Individual cases — follow-up list for the Brussels round',
    classification: 'RESTRICTED',
    ownerPartner: 'SECRETARIAT',
    themes: ['JUDICIAL_INDEPENDENCE', 'ADMIN_DETENTION'],
    createdBy: 'secretariat@berne.example',
  },
];

/**
 * Inserts the demo briefing notes that are missing (by id), with their themes and first author.
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
    return missing.length;
  });
}
