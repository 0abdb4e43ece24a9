import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { diffArrays } from 'diff';
import { DataSource, In, type Repository } from 'typeorm';
import * as Y from 'yjs';
import type { PartnerCode } from '@berne/domain';
import type { Principal } from '../../../access/principal';
import { AuditService } from '../../../audit/audit.service';
import { CollabGateway } from '../../../collab/collab.gateway';
import { UserEntity } from '../../users/user.entity';
import { BRIEFING_NOTE, briefingNoteDocName } from '../briefing-notes.policy';
import { BriefingNotesService } from '../briefing-notes.service';
import { NoteVersionApprovalEntity, NoteVersionEntity } from './note-version.entity';
import { NoteVersionErrors, VERSION_NAME_MAX } from './note-versions.errors';
import { versionLines } from './version-text';

export interface Person {
  id: string;
  displayName: string;
  partnerCode: PartnerCode | null;
}

export interface VersionView {
  version: NoteVersionEntity;
  createdBy: Person | null;
  sealedBy: Person | null;
  restoredFromNumber: number | null;
  approvals: { partnerCode: PartnerCode; approvedBy: Person; approvedAt: Date }[];
}

export interface DiffLine {
  change: 'ADDED' | 'REMOVED' | 'SAME';
  text: string;
}

/** Columns of a version without its content (lists never carry the states). */
const META = {
  id: true,
  noteId: true,
  number: true,
  kind: true,
  name: true,
  byteSize: true,
  createdById: true,
  restoredFromId: true,
  sealedAt: true,
  sealedById: true,
  createdAt: true,
} as const;

const BODY = 'body';
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;
const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.byteLength === b.byteLength && a.every((x, i) => x === b[i]);

/**
 * Versions of a briefing note: automatic ones taken during editing, named ones, restores (as a
 * new edit, so nothing is lost) and seals (a named version frozen with the partners that approved
 * it). Every entry point asks the policy about the note first.
 */
@Injectable()
export class NoteVersionsService {
  constructor(
    @InjectRepository(NoteVersionEntity) private readonly versions: Repository<NoteVersionEntity>,
    @InjectRepository(NoteVersionApprovalEntity)
    private readonly approvals: Repository<NoteVersionApprovalEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notes: BriefingNotesService,
    private readonly collab: CollabGateway,
    private readonly audit: AuditService,
  ) {}

  // ---- reads -------------------------------------------------------------------------------

  async list(principal: Principal, noteId: string, ip: string | null): Promise<VersionView[]> {
    const { note } = await this.notes.requireNote(principal, noteId, 'read', ip);
    const rows = await this.versions.find({
      where: { noteId: note.id },
      select: META,
      order: { number: 'DESC' },
    });
    return this.hydrate(rows);
  }

  /** A version with its content, for opening it read-only. */
  async content(
    principal: Principal,
    versionId: string,
    ip: string | null,
  ): Promise<{ view: VersionView; state: Uint8Array }> {
    const version = await this.versionFor(principal, versionId, 'read', ip, true);
    const [view] = await this.hydrate([version]);
    return { view, state: new Uint8Array(version.state) };
  }

  /** What changed from one version to another (or to the current content), line by line. */
  async diff(
    principal: Principal,
    fromId: string,
    toId: string | null,
    ip: string | null,
  ): Promise<{ from: VersionView; to: VersionView | null; lines: DiffLine[] }> {
    const from = await this.versionFor(principal, fromId, 'read', ip, true);
    let to: NoteVersionEntity | null = null;
    let toState: Uint8Array;
    if (toId) {
      to = await this.versionFor(principal, toId, 'read', ip, true);
      if (to.noteId !== from.noteId) throw NoteVersionErrors.differentNotes();
      toState = new Uint8Array(to.state);
    } else {
      toState = await this.collab.currentState(briefingNoteDocName(from.noteId));
    }
    const lines: DiffLine[] = [];
    for (const part of diffArrays(
      versionLines(new Uint8Array(from.state)),
      versionLines(toState),
    )) {
      const change = part.added ? 'ADDED' : part.removed ? 'REMOVED' : 'SAME';
      for (const text of part.value) lines.push({ change, text });
    }
    const [fromView, toView] = await this.hydrate(to ? [from, to] : [from]);
    return { from: fromView, to: toView ?? null, lines };
  }

  // ---- writes ------------------------------------------------------------------------------

  async createNamed(
    principal: Principal,
    noteId: string,
    rawName: string,
    ip: string | null,
  ): Promise<VersionView> {
    const { note } = await this.notes.requireNote(principal, noteId, 'update', ip);
    if (note.archivedAt) throw NoteVersionErrors.archived();
    const name = rawName.trim();
    if (!name) throw NoteVersionErrors.nameEmpty();
    if (name.length > VERSION_NAME_MAX) throw NoteVersionErrors.nameTooLong();
    if (CONTROL_CHARS.test(name)) throw NoteVersionErrors.nameEmpty();
    const state = await this.collab.currentState(briefingNoteDocName(note.id));
    const version = await this.insert(note.id, {
      kind: 'NAMED',
      name,
      state,
      createdById: principal.userId!,
    });
    await this.audit.record({
      action: 'briefing-note.version-named',
      actor: principal,
      resourceType: BRIEFING_NOTE,
      resourceId: note.id,
      ip,
      details: { version: version.number },
    });
    this.changed(note.id);
    return (await this.hydrate([version]))[0];
  }

  /**
   * Brings an old version's content back as a new edit on top of the current one: every editor
   * sees it arrive live, and the history (the versions, the edit log) keeps everything before.
   */
  async restore(principal: Principal, versionId: string, ip: string | null): Promise<VersionView> {
    const source = await this.versionFor(principal, versionId, 'update', ip, true);
    const note = await this.notes.requireNote(principal, source.noteId, 'update', ip);
    if (note.note.archivedAt) throw NoteVersionErrors.archived();
    const old = new Y.Doc();
    Y.applyUpdate(old, new Uint8Array(source.state));
    const docName = briefingNoteDocName(source.noteId);
    let unchanged = false;
    const state = await this.collab.editAsServer(docName, (work) => {
      const target = work.getXmlFragment(BODY);
      const wanted = old.getXmlFragment(BODY);
      if (target.toString() === wanted.toString()) {
        unchanged = true;
        return;
      }
      work.transact(() => {
        if (target.length) target.delete(0, target.length);
        target.insert(
          0,
          (wanted.toArray() as (Y.XmlElement | Y.XmlText)[]).map((node) => node.clone()),
        );
      });
    });
    old.destroy();
    if (unchanged) throw NoteVersionErrors.restoreSame();
    const version = await this.insert(source.noteId, {
      kind: 'RESTORED',
      name: null,
      state,
      createdById: principal.userId!,
      restoredFromId: source.id,
    });
    await this.audit.record({
      action: 'briefing-note.version-restored',
      actor: principal,
      resourceType: BRIEFING_NOTE,
      resourceId: source.noteId,
      ip,
      details: { restored: source.number, version: version.number },
    });
    this.changed(source.noteId);
    return (await this.hydrate([version]))[0];
  }

  /** The caller's delegation approves a named version (one approval per partner). */
  async approve(principal: Principal, versionId: string, ip: string | null): Promise<VersionView> {
    if (
      (principal.kind !== 'COORDINATOR' && principal.kind !== 'DIPLOMAT') ||
      !principal.partnerCode
    ) {
      // Still a read first: someone who cannot see the version learns nothing about it.
      await this.versionFor(principal, versionId, 'read', ip, false);
      throw NoteVersionErrors.notADelegation();
    }
    const version = await this.versionFor(principal, versionId, 'read', ip, false);
    if (version.kind !== 'NAMED') throw NoteVersionErrors.onlyNamedSealable();
    if (version.sealedAt) throw NoteVersionErrors.alreadySealed(version.number);
    const partnerCode = principal.partnerCode;
    const where = { versionId: version.id, partnerCode };
    if (await this.approvals.exists({ where })) {
      throw NoteVersionErrors.alreadyApproved(version.number, partnerCode);
    }
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(NoteVersionApprovalEntity)
      .values({ ...where, approvedById: principal.userId!, approvedAt: new Date() })
      .orIgnore()
      .execute();
    // Two members of one delegation at the same moment: the first one's approval stands.
    const stored = await this.approvals.findOne({ where });
    if (stored?.approvedById !== principal.userId) {
      throw NoteVersionErrors.alreadyApproved(version.number, partnerCode);
    }
    await this.audit.record({
      action: 'briefing-note.version-approved',
      actor: principal,
      resourceType: BRIEFING_NOTE,
      resourceId: version.noteId,
      ip,
      details: { version: version.number, partner: partnerCode },
    });
    this.changed(version.noteId);
    return (await this.hydrate([version]))[0];
  }

  /** Freezes a named version with the partners that approved it (owner coordinator or secretariat). */
  async seal(principal: Principal, versionId: string, ip: string | null): Promise<VersionView> {
    const version = await this.versionFor(principal, versionId, 'share', ip, false);
    if (version.kind !== 'NAMED') throw NoteVersionErrors.onlyNamedSealable();
    if (version.sealedAt) throw NoteVersionErrors.alreadySealed(version.number);
    const approvals = await this.approvals.find({ where: { versionId: version.id } });
    if (approvals.length === 0) throw NoteVersionErrors.noApprovals();
    const now = new Date();
    const result = await this.versions
      .createQueryBuilder()
      .update()
      .set({ sealedAt: now, sealedById: principal.userId! })
      .where('id = :id AND "sealedAt" IS NULL', { id: version.id })
      .execute();
    if (!result.affected) throw NoteVersionErrors.alreadySealed(version.number);
    await this.audit.record({
      action: 'briefing-note.version-sealed',
      actor: principal,
      resourceType: BRIEFING_NOTE,
      resourceId: version.noteId,
      ip,
      details: {
        version: version.number,
        approvedBy: approvals.map((a) => a.partnerCode).sort(),
      },
    });
    this.changed(version.noteId);
    const sealed = await this.versions.findOneOrFail({ where: { id: version.id }, select: META });
    return (await this.hydrate([sealed]))[0];
  }

  /** From the collab layer: an automatic version, unless the content is the latest version's. */
  async snapshot(noteId: string, state: Uint8Array): Promise<void> {
    const latest = await this.versions.findOne({
      where: { noteId },
      order: { number: 'DESC' },
      select: { id: true, state: true },
    });
    if (
      latest &&
      sameBytes(
        Y.encodeStateVectorFromUpdate(new Uint8Array(latest.state)),
        Y.encodeStateVectorFromUpdate(state),
      )
    ) {
      return;
    }
    await this.insert(noteId, { kind: 'AUTO', name: null, state, createdById: null });
    this.changed(noteId);
  }

  // ---- internals ---------------------------------------------------------------------------

  /** Loads a version and asks the policy about its note; missing and unreadable look the same. */
  private async versionFor(
    principal: Principal,
    versionId: string,
    action: 'read' | 'update' | 'share',
    ip: string | null,
    withState: boolean,
  ): Promise<NoteVersionEntity> {
    const version = await this.versions.findOne({
      where: { id: versionId },
      select: withState ? { ...META, state: true } : META,
    });
    if (!version) throw NoteVersionErrors.notFound();
    try {
      await this.notes.requireNote(principal, version.noteId, action, ip);
    } catch (error) {
      if ((error as { code?: string }).code === 'NOT_FOUND') throw NoteVersionErrors.notFound();
      throw error;
    }
    return version;
  }

  /** Numbers are allocated per note; two replicas racing for one retry with the next. */
  private async insert(
    noteId: string,
    fields: Pick<NoteVersionEntity, 'kind' | 'name' | 'createdById'> & {
      state: Uint8Array;
      restoredFromId?: string;
    },
  ): Promise<NoteVersionEntity> {
    for (let attempt = 0; ; attempt++) {
      const { max } = (await this.versions
        .createQueryBuilder('v')
        .select('MAX(v.number)', 'max')
        .where('v.noteId = :noteId', { noteId })
        .getRawOne<{ max: number | null }>()) ?? { max: null };
      const row = {
        id: randomUUID(),
        noteId,
        number: Number(max ?? 0) + 1,
        kind: fields.kind,
        name: fields.name,
        state: Buffer.from(fields.state),
        byteSize: fields.state.byteLength,
        createdById: fields.createdById,
        restoredFromId: fields.restoredFromId ?? null,
        sealedAt: null,
        sealedById: null,
        createdAt: new Date(),
      };
      try {
        await this.versions.insert(row);
        return this.versions.findOneOrFail({ where: { id: row.id }, select: META });
      } catch (error) {
        if (attempt >= 4) throw error;
      }
    }
  }

  private changed(noteId: string): void {
    this.collab.notifyDoc(briefingNoteDocName(noteId), 'versions');
  }

  private async hydrate(rows: NoteVersionEntity[]): Promise<VersionView[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const approvals = await this.approvals.find({
      where: { versionId: In(ids) },
      order: { approvedAt: 'ASC' },
    });
    const restoredIds = rows.map((r) => r.restoredFromId).filter((x): x is string => !!x);
    const restored = restoredIds.length
      ? await this.versions.find({
          where: { id: In(restoredIds) },
          select: { id: true, number: true },
        })
      : [];
    const userIds = new Set<string>();
    for (const r of rows) {
      if (r.createdById) userIds.add(r.createdById);
      if (r.sealedById) userIds.add(r.sealedById);
    }
    for (const a of approvals) userIds.add(a.approvedById);
    const people = new Map<string, Person>();
    if (userIds.size) {
      const users = await this.users.find({
        where: { id: In([...userIds]) },
        select: { id: true, displayName: true, partnerCode: true },
      });
      for (const u of users) {
        people.set(u.id, {
          id: u.id,
          displayName: u.displayName,
          partnerCode: u.partnerCode ?? null,
        });
      }
    }
    const person = (id: string | null) => (id ? (people.get(id) ?? null) : null);
    return rows.map((version) => ({
      version,
      createdBy: person(version.createdById),
      sealedBy: person(version.sealedById),
      restoredFromNumber: restored.find((r) => r.id === version.restoredFromId)?.number ?? null,
      approvals: approvals
        .filter((a) => a.versionId === version.id)
        .map((a) => ({
          partnerCode: a.partnerCode,
          approvedBy: person(a.approvedById)!,
          approvedAt: a.approvedAt,
        })),
    }));
  }
}
