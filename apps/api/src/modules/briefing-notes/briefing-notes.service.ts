import type { Classification } from '@berne/domain';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager, type Repository } from 'typeorm';
import type { PartnerCode } from '@berne/domain';
import { decide, type ResourceRef } from '../../access/access.policy';
import { AccessService } from '../../access/access.service';
import { isStaff, type Principal } from '../../access/principal';
import { ResourceReaderEntity } from '../../access/resource-reader.entity';
import { AuditService } from '../../audit/audit.service';
import { AppError, CommonErrors } from '../../common/app-error';
import { ThemeEntity } from '../themes/theme.entity';
import { UserEntity } from '../users/user.entity';
import {
  BriefingNoteAuthorEntity,
  BriefingNoteEntity,
  BriefingNoteThemeEntity,
} from './briefing-note.entity';
import { BriefingNoteEvents, type BriefingNoteAccessChanged } from './briefing-note.events';
import { BriefingNoteErrors, TITLE_MAX } from './briefing-notes.errors';
import {
  BRIEFING_NOTE,
  briefingNoteDocName,
  briefingNoteResource,
  noteIdOfDocName,
} from './briefing-notes.policy';
import type {
  BriefingNotesFilter,
  CreateBriefingNoteInput,
  ReclassifyBriefingNoteInput,
  RenameBriefingNoteInput,
} from './dto/briefing-notes.inputs';
import { likeEscape } from '../../common/search-text';

export interface NoteAuthor {
  id: string;
  displayName: string;
  partnerCode: PartnerCode | null;
}

/** A note with what a screen shows next to it, and what the caller may do with it. */
export interface BriefingNoteView {
  note: BriefingNoteEntity;
  themes: ThemeEntity[];
  authors: NoteAuthor[];
  canEdit: boolean;
  canShare: boolean;
}

export interface Page {
  offset: number;
  limit: number;
}

const unique = <T>(values: readonly T[] | undefined): T[] => [...new Set(values ?? [])];
const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

/** Titles of PUBLIC and PARTNERS notes may appear in the audit log; others are themselves confidential. */
const titleIsShareable = (classification: Classification) =>
  classification === 'PUBLIC' || classification === 'PARTNERS';

@Injectable()
export class BriefingNotesService {
  constructor(
    @InjectRepository(BriefingNoteEntity) private readonly notes: Repository<BriefingNoteEntity>,
    @InjectRepository(BriefingNoteThemeEntity)
    private readonly noteThemes: Repository<BriefingNoteThemeEntity>,
    @InjectRepository(BriefingNoteAuthorEntity)
    private readonly noteAuthors: Repository<BriefingNoteAuthorEntity>,
    @InjectRepository(ResourceReaderEntity)
    private readonly readers: Repository<ResourceReaderEntity>,
    @InjectRepository(ThemeEntity) private readonly themes: Repository<ThemeEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly events: BriefingNoteEvents,
  ) {}

  // ---- reads -------------------------------------------------------------------------------

  /** The notes the principal may read, scoped in SQL, most recently changed first. */
  async list(
    principal: Principal,
    filter: BriefingNotesFilter,
    page: Page,
  ): Promise<BriefingNoteView[]> {
    if (page.offset < 0 || page.limit < 1 || page.limit > 200) throw BriefingNoteErrors.badPage();
    const qb = this.notes.createQueryBuilder('n').where(
      this.access.readScope(principal, 'n', {
        resourceType: BRIEFING_NOTE,
        // Property names: TypeORM turns `n.ownerPartner` into `"n"."ownerPartner"` on both dialects.
        idColumn: 'id',
        classificationColumn: 'classification',
        ownerColumn: 'ownerPartner',
      }),
    );
    if (!filter.includeArchived) qb.andWhere('n.archivedAt IS NULL');
    if (filter.classification) {
      qb.andWhere('n.classification = :classification', { classification: filter.classification });
    }
    if (filter.meetingId) {
      qb.andWhere('n.meetingId = :meetingId', { meetingId: filter.meetingId.toLowerCase() });
    }
    if (filter.themeCode) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM briefing_note_themes bnt WHERE bnt."noteId" = n.id AND bnt."themeCode" = :themeCode)',
        { themeCode: filter.themeCode },
      );
    }
    const search = filter.search?.trim().toLowerCase();
    if (search) {
      // Literal substring: % and _ typed by a user match themselves.
      qb.andWhere("LOWER(n.title) LIKE :search ESCAPE '\\'", { search: `%${likeEscape(search)}%` });
    }
    const rows = await qb
      .orderBy('n.updatedAt', 'DESC')
      .addOrderBy('n.id', 'ASC')
      .offset(page.offset)
      .limit(page.limit)
      .getMany();
    return this.hydrate(principal, rows);
  }

  /** One note. NOT_FOUND when missing or unreadable; reads of RESTRICTED notes are audited. */
  async get(principal: Principal, id: string, ip: string | null): Promise<BriefingNoteView> {
    const note = await this.load(principal, id, 'read', ip);
    const [view] = await this.hydrate(principal, [note]);
    return view;
  }

  // ---- writes ------------------------------------------------------------------------------

  async create(
    principal: Principal,
    input: CreateBriefingNoteInput,
    ip: string | null,
  ): Promise<BriefingNoteView> {
    if (
      input.ownerPartner &&
      input.ownerPartner !== principal.partnerCode &&
      principal.kind !== 'SECRETARIAT'
    ) {
      throw BriefingNoteErrors.ownerNotYours();
    }
    const ownerPartner = input.ownerPartner ?? principal.partnerCode ?? null;
    const namedReaders = unique(input.namedReaderIds);
    const candidate = { id: randomUUID(), classification: input.classification, ownerPartner };
    const resource = briefingNoteResource(candidate, namedReaders);
    if (isStaff(principal)) {
      if (!ownerPartner) throw BriefingNoteErrors.noOwnerPartner();
      // A note its creator could not open is a mistake in the input, not a permission question.
      if (!decide(principal, 'read', resource).allowed) {
        throw input.classification === 'RESTRICTED'
          ? BriefingNoteErrors.restrictWithoutAccess()
          : BriefingNoteErrors.wouldLoseAccess(input.classification);
      }
    }
    try {
      await this.access.require(principal, 'create', resource, ip);
    } catch (error) {
      // Nothing exists yet, so there is nothing to hide: a refused creation is FORBIDDEN.
      if (error instanceof AppError && error.code === 'NOT_FOUND') throw CommonErrors.forbidden();
      throw error;
    }

    const title = this.cleanTitle(input.title);
    const themeCodes = await this.checkThemes(input.themeCodes);
    if (input.classification !== 'RESTRICTED' && namedReaders.length) {
      throw BriefingNoteErrors.readersOnlyWhenRestricted();
    }
    await this.checkReaders(namedReaders);

    const now = new Date();
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(BriefingNoteEntity, {
        id: candidate.id,
        title,
        meetingId: input.meetingId?.toLowerCase() ?? null,
        ownerPartner: ownerPartner as PartnerCode,
        classification: input.classification,
        createdById: principal.userId!,
        archivedAt: null,
        createdAt: now,
        updatedAt: now,
      });
      if (themeCodes.length) {
        await manager.insert(
          BriefingNoteThemeEntity,
          themeCodes.map((themeCode) => ({ noteId: candidate.id, themeCode })),
        );
      }
      await this.insertAuthor(manager, candidate.id, principal.userId!, now);
      await this.replaceReaders(manager, candidate.id, namedReaders);
    });
    await this.audit.record({
      action: 'briefing-note.created',
      actor: principal,
      resourceType: BRIEFING_NOTE,
      resourceId: candidate.id,
      ip,
      details: {
        ...(titleIsShareable(input.classification) ? { title } : {}),
        classification: input.classification,
        ownerPartner,
        themes: themeCodes,
        ...(namedReaders.length ? { namedReaders } : {}),
      },
    });
    return this.viewAfterWrite(principal, candidate.id);
  }

  /** Renaming is editing: the one who renames becomes an author. */
  async rename(
    principal: Principal,
    input: RenameBriefingNoteInput,
    ip: string | null,
  ): Promise<BriefingNoteView> {
    const note = await this.load(principal, input.id, 'update', ip);
    if (note.archivedAt) throw BriefingNoteErrors.archivedReadOnly();
    const title = this.cleanTitle(input.title);
    const now = new Date();
    await this.dataSource.transaction(async (manager) => {
      await manager.update(BriefingNoteEntity, { id: note.id }, { title, updatedAt: now });
      await this.insertAuthor(manager, note.id, principal.userId!, now);
    });
    await this.audit.record({
      action: 'briefing-note.renamed',
      actor: principal,
      resourceType: BRIEFING_NOTE,
      resourceId: note.id,
      ip,
      // The audit log's readers may not read restricted or partner-private notes: nor their titles.
      details: titleIsShareable(note.classification) ? { from: note.title, to: title } : undefined,
    });
    return this.viewAfterWrite(principal, note.id);
  }

  /**
   * Changes who may read the note ('share': the owner partner's coordinator or the secretariat).
   * The caller must still be able to manage the note afterwards, so nobody locks themselves out.
   */
  async reclassify(
    principal: Principal,
    input: ReclassifyBriefingNoteInput,
    ip: string | null,
  ): Promise<BriefingNoteView> {
    const note = await this.load(principal, input.id, 'share', ip);
    const current = await this.readersOf(note.id);
    const to = input.classification;
    const from = note.classification;
    if (to !== 'RESTRICTED' && input.namedReaderIds?.length)
      throw BriefingNoteErrors.readersOnlyWhenRestricted();
    if (from === 'RESTRICTED' && to === 'PUBLIC') throw BriefingNoteErrors.restrictedToPublic();
    const next =
      to === 'RESTRICTED'
        ? input.namedReaderIds
          ? unique(input.namedReaderIds)
          : from === 'RESTRICTED'
            ? current
            : []
        : [];
    if (from === to && sameSet(next, current)) throw BriefingNoteErrors.unchanged(to);
    await this.checkReaders(next);
    const after = briefingNoteResource({ ...note, classification: to }, next);
    if (!decide(principal, 'share', after).allowed) {
      throw to === 'RESTRICTED'
        ? BriefingNoteErrors.restrictWithoutAccess()
        : BriefingNoteErrors.wouldLoseAccess(to);
    }

    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        BriefingNoteEntity,
        { id: note.id },
        { classification: to, updatedAt: new Date() },
      );
      await this.replaceReaders(manager, note.id, next);
    });
    await this.audit.record({
      action: 'briefing-note.reclassified',
      actor: principal,
      resourceType: BRIEFING_NOTE,
      resourceId: note.id,
      ip,
      details: {
        from,
        to,
        ...(from === 'RESTRICTED' || to === 'RESTRICTED'
          ? { namedReadersBefore: current, namedReaders: next }
          : {}),
      },
    });
    this.accessChanged(note.id, 'reclassified');
    return this.viewAfterWrite(principal, note.id);
  }

  /** Archiving hides a note from lists and closes its document to editing ('delete'). */
  async setArchived(
    principal: Principal,
    id: string,
    archived: boolean,
    ip: string | null,
  ): Promise<BriefingNoteView> {
    const note = await this.load(principal, id, 'delete', ip);
    if (archived && note.archivedAt) throw BriefingNoteErrors.alreadyArchived();
    if (!archived && !note.archivedAt) throw BriefingNoteErrors.notArchived();
    const now = new Date();
    await this.notes.update({ id: note.id }, { archivedAt: archived ? now : null, updatedAt: now });
    await this.audit.record({
      action: archived ? 'briefing-note.archived' : 'briefing-note.unarchived',
      actor: principal,
      resourceType: BRIEFING_NOTE,
      resourceId: note.id,
      ip,
    });
    this.accessChanged(note.id, archived ? 'archived' : 'unarchived');
    return this.viewAfterWrite(principal, note.id);
  }

  /**
   * The note behind a related record (its versions, its comments), after asking the policy for
   * `action` on the note. Missing and unreadable look the same (NOT_FOUND); restricted reads are
   * audited by AccessService.
   */
  async requireNote(
    principal: Principal,
    id: string,
    action: 'read' | 'export' | 'update' | 'share',
    ip: string | null,
  ): Promise<{ note: BriefingNoteEntity; resource: ResourceRef }> {
    const note = await this.load(principal, id, action, ip);
    return { note, resource: briefingNoteResource(note, await this.readersOf(note.id)) };
  }

  /** Titles and paths of the notes the principal may read now, among `ids` (notifications). */
  async titlesFor(
    principal: Principal,
    ids: readonly string[],
  ): Promise<Map<string, { title: string; path: string }>> {
    const out = new Map<string, { title: string; path: string }>();
    if (ids.length === 0) return out;
    const notes = await this.notes.find({ where: { id: In([...ids]) } });
    const readers = await this.readers.find({
      where: { resourceType: BRIEFING_NOTE, resourceId: In(notes.map((n) => n.id)) },
    });
    for (const note of notes) {
      const named = readers.filter((r) => r.resourceId === note.id).map((r) => r.userId);
      if (decide(principal, 'read', briefingNoteResource(note, named)).allowed) {
        out.set(note.id, { title: note.title, path: `/briefing-notes/${note.id}` });
      }
    }
    return out;
  }

  // ---- for the collab layer ----------------------------------------------------------------

  /**
   * The policy resource behind a document name (`briefing-note:<id>`), for the collab gateway to
   * ask `can(principal, 'read' | 'update', resource)`. Null when the name is not a note's, the
   * note does not exist, or it is archived (its document is closed).
   */
  async resourceForDoc(docName: string): Promise<ResourceRef | null> {
    const id = noteIdOfDocName(docName);
    if (!id) return null;
    const note = await this.notes.findOne({ where: { id } });
    if (!note || note.archivedAt) return null;
    return briefingNoteResource(note, await this.readersOf(note.id));
  }

  /**
   * Records that a user edited a note's content. Idempotent: the first edit makes an author (and
   * an audit line), later ones change nothing. Access is the caller's to check beforehand.
   */
  async recordAuthor(noteId: string, userId: string): Promise<void> {
    if (!(await this.notes.exists({ where: { id: noteId } }))) return;
    if (await this.noteAuthors.exists({ where: { noteId, userId } })) return;
    await this.insertAuthor(this.dataSource.manager, noteId, userId, new Date());
    await this.audit.record({
      action: 'briefing-note.author-added',
      actor: { userId },
      resourceType: BRIEFING_NOTE,
      resourceId: noteId,
    });
  }

  /** Subscribe to changes of who may open a note (see BriefingNoteEvents). */
  onAccessChanged(listener: (event: BriefingNoteAccessChanged) => void): () => void {
    return this.events.onAccessChanged(listener);
  }

  // ---- internals ---------------------------------------------------------------------------

  /** Loads a note and asks the policy; missing and unreadable look the same (NOT_FOUND). */
  private async load(
    principal: Principal,
    id: string,
    action: 'read' | 'export' | 'update' | 'share' | 'delete',
    ip: string | null,
  ): Promise<BriefingNoteEntity> {
    const note = await this.notes.findOne({ where: { id } });
    if (!note) throw BriefingNoteErrors.notFound();
    await this.access.require(
      principal,
      action,
      briefingNoteResource(note, await this.readersOf(note.id)),
      ip,
    );
    return note;
  }

  /** The note as the caller sees it after its own write (already checked; no second audit line). */
  private async viewAfterWrite(principal: Principal, id: string): Promise<BriefingNoteView> {
    const note = await this.notes.findOneOrFail({ where: { id } });
    const [view] = await this.hydrate(principal, [note]);
    return view;
  }

  /** Themes, authors and permissions for a page of notes: one query each, whatever the page size. */
  private async hydrate(
    principal: Principal,
    notes: BriefingNoteEntity[],
  ): Promise<BriefingNoteView[]> {
    if (notes.length === 0) return [];
    const ids = notes.map((n) => n.id);
    const restrictedIds = notes.filter((n) => n.classification === 'RESTRICTED').map((n) => n.id);
    const [themeRows, authorRows, readerRows] = await Promise.all([
      this.noteThemes
        .createQueryBuilder('bt')
        .innerJoin(ThemeEntity, 't', 't.code = bt.themeCode')
        .select('bt.noteId', 'noteId')
        .addSelect('t.code', 'code')
        .addSelect('t.name', 'name')
        .addSelect('t.nameFr', 'nameFr')
        .where('bt.noteId IN (:...ids)', { ids })
        .orderBy('t.name', 'ASC')
        .getRawMany<{ noteId: string } & ThemeEntity>(),
      this.noteAuthors
        .createQueryBuilder('ba')
        .innerJoin(UserEntity, 'u', 'u.id = ba.userId')
        .select('ba.noteId', 'noteId')
        .addSelect('u.id', 'id')
        .addSelect('u.displayName', 'displayName')
        .addSelect('u.partnerCode', 'partnerCode')
        .where('ba.noteId IN (:...ids)', { ids })
        .orderBy('ba.addedAt', 'ASC')
        .addOrderBy('u.displayName', 'ASC')
        .getRawMany<{ noteId: string } & NoteAuthor>(),
      restrictedIds.length
        ? this.readers.find({
            where: { resourceType: BRIEFING_NOTE, resourceId: In(restrictedIds) },
          })
        : Promise.resolve([]),
    ]);
    const group = <T extends { noteId: string }>(rows: T[]) => {
      const byNote = new Map<string, T[]>();
      for (const row of rows) {
        const list = byNote.get(row.noteId);
        if (list) list.push(row);
        else byNote.set(row.noteId, [row]);
      }
      return byNote;
    };
    const themesByNote = group(themeRows);
    const authorsByNote = group(authorRows);
    const readersByNote = group(
      readerRows.map((r) => ({ noteId: r.resourceId, userId: r.userId })),
    );
    return notes.map((note) => {
      const resource = briefingNoteResource(
        note,
        (readersByNote.get(note.id) ?? []).map((r) => r.userId),
      );
      return {
        note,
        themes: (themesByNote.get(note.id) ?? []).map(({ code, name, nameFr }) => ({
          code,
          name,
          nameFr,
        })),
        authors: (authorsByNote.get(note.id) ?? []).map(({ id, displayName, partnerCode }) => ({
          id,
          displayName,
          partnerCode,
        })),
        canEdit: !note.archivedAt && this.access.can(principal, 'update', resource),
        canShare: this.access.can(principal, 'share', resource),
      };
    });
  }

  private async readersOf(noteId: string): Promise<string[]> {
    const rows = await this.readers.find({
      where: { resourceType: BRIEFING_NOTE, resourceId: noteId },
    });
    return rows.map((r) => r.userId).sort();
  }

  private cleanTitle(raw: string): string {
    const title = raw.trim();
    if (!title) throw BriefingNoteErrors.titleEmpty();
    if (title.length > TITLE_MAX) throw BriefingNoteErrors.titleTooLong();
    if (CONTROL_CHARS.test(title)) throw BriefingNoteErrors.titleNotOneLine();
    return title;
  }

  private async checkThemes(codes: readonly string[] | undefined): Promise<string[]> {
    const wanted = unique(codes);
    if (wanted.length === 0) return [];
    const found = new Set(
      (await this.themes.find({ where: { code: In(wanted) } })).map((t) => t.code),
    );
    const unknown = wanted.filter((c) => !found.has(c));
    if (unknown.length) throw BriefingNoteErrors.unknownThemes(unknown);
    return wanted;
  }

  private async checkReaders(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const found = await this.users.find({
      where: { id: In([...ids]) },
      select: { id: true, role: true },
    });
    const unknown = ids.filter((id) => !found.some((u) => u.id === id));
    if (unknown.length) throw BriefingNoteErrors.unknownReaders(unknown);
    // The policy never lets guests read restricted material: naming one would only mislead.
    if (found.some((u) => u.role === 'GUEST')) throw BriefingNoteErrors.guestReaders();
  }

  private async insertAuthor(
    manager: EntityManager,
    noteId: string,
    userId: string,
    at: Date,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(BriefingNoteAuthorEntity)
      .values({ noteId, userId, addedAt: at })
      .orIgnore()
      .execute();
  }

  private async replaceReaders(
    manager: EntityManager,
    noteId: string,
    userIds: readonly string[],
  ): Promise<void> {
    await manager.delete(ResourceReaderEntity, { resourceType: BRIEFING_NOTE, resourceId: noteId });
    if (userIds.length) {
      await manager.insert(
        ResourceReaderEntity,
        userIds.map((userId) => ({ resourceType: BRIEFING_NOTE, resourceId: noteId, userId })),
      );
    }
  }

  private accessChanged(noteId: string, reason: BriefingNoteAccessChanged['reason']): void {
    this.events.emitAccessChanged({ noteId, docName: briefingNoteDocName(noteId), reason });
  }
}
