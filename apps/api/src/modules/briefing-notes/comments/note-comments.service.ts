import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, type Repository } from 'typeorm';
import * as Y from 'yjs';
import { decide, type ResourceRef } from '../../../access/access.policy';
import { isStaff, type Principal } from '../../../access/principal';
import { principalFor } from '../../../auth/principal.factory';
import { CollabGateway } from '../../../collab/collab.gateway';
import { NotificationsService } from '../../notifications/notifications.service';
import { UserEntity } from '../../users/user.entity';
import { BRIEFING_NOTE, briefingNoteDocName } from '../briefing-notes.policy';
import { BriefingNotesService } from '../briefing-notes.service';
import type { BriefingNoteEntity } from '../briefing-note.entity';
import type { Person } from '../versions/note-versions.service';
import { NoteCommentEntity, NoteCommentThreadEntity } from './note-comment.entity';
import { COMMENT_MAX, NoteCommentErrors, QUOTE_MAX } from './note-comments.errors';
import type { StartNoteCommentThreadInput, ReplyToNoteCommentInput } from './note-comment.model';

export interface CommentView {
  comment: NoteCommentEntity;
  author: Person;
  mentions: Person[];
}

export interface ThreadView {
  thread: NoteCommentThreadEntity;
  createdBy: Person;
  resolvedBy: Person | null;
  comments: CommentView[];
  canResolve: boolean;
}

export const MENTION_NOTIFICATION = 'comment.mention';

/**
 * Comment threads on briefing notes, anchored to text with Yjs relative positions. Reading them
 * is reading the note; writing needs a staff account that can read it (NGO guests never comment).
 * @mentions notify people who can open the note, and only them.
 */
@Injectable()
export class NoteCommentsService {
  constructor(
    @InjectRepository(NoteCommentThreadEntity)
    private readonly threads: Repository<NoteCommentThreadEntity>,
    @InjectRepository(NoteCommentEntity) private readonly comments: Repository<NoteCommentEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notes: BriefingNotesService,
    private readonly collab: CollabGateway,
    private readonly notifications: NotificationsService,
  ) {}

  async list(
    principal: Principal,
    noteId: string,
    includeResolved: boolean,
    ip: string | null,
  ): Promise<ThreadView[]> {
    const { note, resource } = await this.notes.requireNote(principal, noteId, 'read', ip);
    const threads = await this.threads.find({
      where: { noteId: note.id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return this.hydrate(
      principal,
      resource,
      includeResolved ? threads : threads.filter((t) => !t.resolvedAt),
    );
  }

  /** People who may be mentioned in a note's comments: staff accounts that can open it. */
  async mentionable(principal: Principal, noteId: string, ip: string | null): Promise<Person[]> {
    const { resource } = await this.notes.requireNote(principal, noteId, 'read', ip);
    this.assertMayComment(principal);
    const users = await this.users.find({
      where: { disabled: false, role: In(['SECRETARIAT', 'COORDINATOR', 'DIPLOMAT']) },
      order: { displayName: 'ASC' },
    });
    return users
      .filter((u) => u.id !== principal.userId && decide(principalFor(u), 'read', resource).allowed)
      .map((u) => ({ id: u.id, displayName: u.displayName, partnerCode: u.partnerCode ?? null }));
  }

  async start(
    principal: Principal,
    input: StartNoteCommentThreadInput,
    ip: string | null,
  ): Promise<ThreadView> {
    const { note, resource } = await this.notes.requireNote(principal, input.noteId, 'read', ip);
    this.assertMayComment(principal);
    if (note.archivedAt) throw NoteCommentErrors.archived();
    const body = this.cleanBody(input.body);
    const quote = input.quote.trim();
    if (quote.length > QUOTE_MAX) throw NoteCommentErrors.quoteTooLong();
    await this.checkAnchor(note, input.anchorStart, input.anchorEnd);
    const mentions = await this.checkMentions(resource, input.mentionUserIds);
    const threadId = randomUUID();
    const commentId = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(NoteCommentThreadEntity, {
        id: threadId,
        noteId: note.id,
        anchorStart: input.anchorStart,
        anchorEnd: input.anchorEnd,
        quote,
        createdById: principal.userId!,
        resolvedAt: null,
        resolvedById: null,
        // Explicit, with milliseconds: the column default has one-second precision on SQLite.
        createdAt: new Date(),
      });
      await manager.insert(NoteCommentEntity, {
        id: commentId,
        threadId,
        authorId: principal.userId!,
        body,
        mentions: JSON.stringify(mentions),
        createdAt: new Date(),
      });
    });
    await this.afterPost(principal, note.id, threadId, mentions);
    return this.one(principal, resource, threadId);
  }

  async reply(
    principal: Principal,
    input: ReplyToNoteCommentInput,
    ip: string | null,
  ): Promise<ThreadView> {
    const { thread, note, resource } = await this.threadFor(principal, input.threadId, ip);
    this.assertMayComment(principal);
    if (note.archivedAt) throw NoteCommentErrors.archived();
    if (thread.resolvedAt) throw NoteCommentErrors.resolvedReadOnly();
    const body = this.cleanBody(input.body);
    const mentions = await this.checkMentions(resource, input.mentionUserIds);
    await this.comments.insert({
      id: randomUUID(),
      threadId: thread.id,
      authorId: principal.userId!,
      body,
      mentions: JSON.stringify(mentions),
      createdAt: new Date(),
    });
    await this.afterPost(principal, note.id, thread.id, mentions);
    return this.one(principal, resource, thread.id);
  }

  async setResolved(
    principal: Principal,
    threadId: string,
    resolved: boolean,
    ip: string | null,
  ): Promise<ThreadView> {
    const { thread, note, resource } = await this.threadFor(principal, threadId, ip);
    this.assertMayComment(principal);
    if (!this.canResolve(principal, resource, thread)) throw NoteCommentErrors.cannotResolve();
    if (resolved && thread.resolvedAt) throw NoteCommentErrors.alreadyResolved();
    if (!resolved && !thread.resolvedAt) throw NoteCommentErrors.notResolved();
    await this.threads.update(
      { id: thread.id },
      resolved
        ? { resolvedAt: new Date(), resolvedById: principal.userId! }
        : { resolvedAt: null, resolvedById: null },
    );
    this.collab.notifyDoc(briefingNoteDocName(note.id), 'comments');
    return this.one(principal, resource, thread.id);
  }

  // ---- internals ---------------------------------------------------------------------------

  private assertMayComment(principal: Principal): void {
    if (!isStaff(principal)) throw NoteCommentErrors.guestsCannotComment();
  }

  private canResolve(principal: Principal, resource: ResourceRef, thread: NoteCommentThreadEntity) {
    return (
      isStaff(principal) &&
      (thread.createdById === principal.userId || decide(principal, 'update', resource).allowed)
    );
  }

  private async threadFor(principal: Principal, threadId: string, ip: string | null) {
    const thread = await this.threads.findOne({ where: { id: threadId } });
    if (!thread) throw NoteCommentErrors.threadNotFound();
    try {
      const { note, resource } = await this.notes.requireNote(principal, thread.noteId, 'read', ip);
      return { thread, note, resource };
    } catch (error) {
      if ((error as { code?: string }).code === 'NOT_FOUND')
        throw NoteCommentErrors.threadNotFound();
      throw error;
    }
  }

  private cleanBody(raw: string): string {
    const body = raw.trim();
    if (!body) throw NoteCommentErrors.bodyEmpty();
    if (body.length > COMMENT_MAX) throw NoteCommentErrors.bodyTooLong();
    return body;
  }

  /** Both ends must be relative positions that still resolve inside the note's text. */
  private async checkAnchor(note: BriefingNoteEntity, start: string, end: string): Promise<void> {
    const parse = (text: string): Y.RelativePosition => {
      try {
        const json: unknown = JSON.parse(text);
        if (!json || typeof json !== 'object' || Array.isArray(json)) throw new Error('shape');
        const rpos = Y.createRelativePositionFromJSON(json);
        const idOk = (id: Y.ID | null) =>
          id === null || (Number.isSafeInteger(id.client) && Number.isSafeInteger(id.clock));
        if (
          !idOk(rpos.item) ||
          !idOk(rpos.type) ||
          (rpos.tname !== null && rpos.tname !== 'body') ||
          (!rpos.item && !rpos.type && !rpos.tname)
        ) {
          throw new Error('shape');
        }
        return rpos;
      } catch {
        throw NoteCommentErrors.badAnchor();
      }
    };
    const positions = [parse(start), parse(end)];
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, await this.collab.currentState(briefingNoteDocName(note.id)));
      doc.getXmlFragment('body');
      for (const rpos of positions) {
        let abs: Y.AbsolutePosition | null = null;
        try {
          abs = Y.createAbsolutePositionFromRelativePosition(rpos, doc);
        } catch {
          abs = null;
        }
        if (!abs) throw NoteCommentErrors.anchorGone();
      }
    } finally {
      doc.destroy();
    }
  }

  private async checkMentions(
    resource: ResourceRef,
    ids: readonly string[] | undefined,
  ): Promise<string[]> {
    const wanted = [...new Set(ids ?? [])];
    if (wanted.length === 0) return [];
    if (wanted.length > 20) throw NoteCommentErrors.tooManyMentions();
    const users = await this.users.find({ where: { id: In(wanted) } });
    const refused = wanted.filter((id) => {
      const user = users.find((u) => u.id === id);
      return (
        !user ||
        user.disabled ||
        user.role === 'GUEST' ||
        !decide(principalFor(user), 'read', resource).allowed
      );
    });
    if (refused.length) {
      throw NoteCommentErrors.cannotMention(
        refused.map((id) => users.find((u) => u.id === id)?.displayName ?? 'An unknown account'),
      );
    }
    return wanted;
  }

  private async afterPost(
    principal: Principal,
    noteId: string,
    threadId: string,
    mentions: string[],
  ): Promise<void> {
    await this.notifications.notify(mentions, {
      kind: MENTION_NOTIFICATION,
      resourceType: BRIEFING_NOTE,
      resourceId: noteId,
      detailId: threadId,
      actorId: principal.userId ?? null,
    });
    this.collab.notifyDoc(briefingNoteDocName(noteId), 'comments');
  }

  private async one(principal: Principal, resource: ResourceRef, threadId: string) {
    const thread = await this.threads.findOneOrFail({ where: { id: threadId } });
    return (await this.hydrate(principal, resource, [thread]))[0];
  }

  private async hydrate(
    principal: Principal,
    resource: ResourceRef,
    threads: NoteCommentThreadEntity[],
  ): Promise<ThreadView[]> {
    if (threads.length === 0) return [];
    const comments = await this.comments.find({
      where: { threadId: In(threads.map((t) => t.id)) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const mentionIds = comments.map((c) => JSON.parse(c.mentions) as string[]);
    const userIds = new Set<string>([
      ...threads.flatMap((t) => [t.createdById, t.resolvedById].filter((x): x is string => !!x)),
      ...comments.map((c) => c.authorId),
      ...mentionIds.flat(),
    ]);
    const users = await this.users.find({
      where: { id: In([...userIds]) },
      select: { id: true, displayName: true, partnerCode: true },
    });
    const people = new Map<string, Person>(
      users.map((u) => [
        u.id,
        { id: u.id, displayName: u.displayName, partnerCode: u.partnerCode ?? null },
      ]),
    );
    const gone: Person = { id: '', displayName: 'Former account', partnerCode: null };
    const person = (id: string) => people.get(id) ?? { ...gone, id };
    return threads.map((thread) => ({
      thread,
      createdBy: person(thread.createdById),
      resolvedBy: thread.resolvedById ? person(thread.resolvedById) : null,
      canResolve: this.canResolve(principal, resource, thread),
      comments: comments
        .map((comment, i) => ({ comment, mentions: mentionIds[i] }))
        .filter(({ comment }) => comment.threadId === thread.id)
        .map(({ comment, mentions }) => ({
          comment,
          author: person(comment.authorId),
          mentions: mentions.map(person),
        })),
    }));
  }
}
