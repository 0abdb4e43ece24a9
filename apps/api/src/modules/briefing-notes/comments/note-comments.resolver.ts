import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '../../../access/principal';
import { ClientIp, CurrentPrincipal } from '../../../auth/request-context';
import { NotePersonModel } from '../versions/note-version.model';
import {
  NoteCommentThreadModel,
  ReplyToNoteCommentInput,
  StartNoteCommentThreadInput,
} from './note-comment.model';
import { NoteCommentsService, type ThreadView } from './note-comments.service';

const toModel = ({ thread, comments, ...rest }: ThreadView): NoteCommentThreadModel => ({
  id: thread.id,
  noteId: thread.noteId,
  anchorStart: thread.anchorStart,
  anchorEnd: thread.anchorEnd,
  quote: thread.quote,
  createdAt: thread.createdAt,
  resolvedAt: thread.resolvedAt,
  ...rest,
  comments: comments.map(({ comment, author, mentions }) => ({
    id: comment.id,
    body: comment.body,
    createdAt: comment.createdAt,
    author,
    mentions,
  })),
});

@Resolver(() => NoteCommentThreadModel)
export class NoteCommentsResolver {
  constructor(private readonly comments: NoteCommentsService) {}

  @Query(() => [NoteCommentThreadModel], {
    description: 'Comment threads of a briefing note, oldest first.',
  })
  async briefingNoteComments(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('noteId', { type: () => ID }) noteId: string,
    @Args('includeResolved', { defaultValue: true }) includeResolved: boolean,
  ): Promise<NoteCommentThreadModel[]> {
    return (await this.comments.list(principal, noteId, includeResolved, ip)).map(toModel);
  }

  @Query(() => [NotePersonModel], {
    description: 'Who may be @mentioned on this note: staff accounts that can open it.',
  })
  async briefingNoteMentionable(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('noteId', { type: () => ID }) noteId: string,
  ): Promise<NotePersonModel[]> {
    return this.comments.mentionable(principal, noteId, ip);
  }

  @Mutation(() => NoteCommentThreadModel)
  async startNoteCommentThread(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('input') input: StartNoteCommentThreadInput,
  ): Promise<NoteCommentThreadModel> {
    return toModel(await this.comments.start(principal, input, ip));
  }

  @Mutation(() => NoteCommentThreadModel)
  async replyToNoteComment(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('input') input: ReplyToNoteCommentInput,
  ): Promise<NoteCommentThreadModel> {
    return toModel(await this.comments.reply(principal, input, ip));
  }

  @Mutation(() => NoteCommentThreadModel)
  async resolveNoteCommentThread(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<NoteCommentThreadModel> {
    return toModel(await this.comments.setResolved(principal, id, true, ip));
  }

  @Mutation(() => NoteCommentThreadModel)
  async reopenNoteCommentThread(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<NoteCommentThreadModel> {
    return toModel(await this.comments.setResolved(principal, id, false, ip));
  }
}
