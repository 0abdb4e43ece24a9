import { AppError, CommonErrors } from '../../../common/app-error';

export const COMMENT_MAX = 4000;
export const QUOTE_MAX = 500;
const ANCHOR_MAX = 400;
export { ANCHOR_MAX };

export const NoteCommentErrors = {
  threadNotFound: () => CommonErrors.notFound('comment thread'),
  bodyEmpty: () => CommonErrors.badInput('Write a comment first.', { body: ['required'] }),
  bodyTooLong: () =>
    CommonErrors.badInput(`A comment has at most ${COMMENT_MAX} characters.`, {
      body: ['too long'],
    }),
  quoteTooLong: () =>
    CommonErrors.badInput(`Select at most ${QUOTE_MAX} characters to comment on.`, {
      quote: ['too long'],
    }),
  badAnchor: () =>
    CommonErrors.badInput('The comment is not attached to a valid place in the note.', {
      anchorStart: ['invalid'],
    }),
  anchorGone: () =>
    CommonErrors.badInput(
      'The selected text is no longer in the note (someone may have just deleted it). Select it again.',
      { anchorStart: ['not in the note'] },
    ),
  guestsCannotComment: () =>
    new AppError('FORBIDDEN', 'NGO guests cannot comment on briefing notes.'),
  archived: () =>
    CommonErrors.badInput('This note is archived: unarchive it before commenting.', {
      noteId: ['archived'],
    }),
  cannotMention: (names: string[]) =>
    CommonErrors.badInput(
      `${names.join(', ')} cannot open this note, so ${names.length > 1 ? 'they' : 'this person'} cannot be mentioned.`,
      { mentionUserIds: names },
    ),
  tooManyMentions: () =>
    CommonErrors.badInput('Mention at most 20 people in one comment.', {
      mentionUserIds: ['too many'],
    }),
  alreadyResolved: () => new AppError('CONFLICT', 'This thread is already resolved.'),
  notResolved: () => new AppError('CONFLICT', 'This thread is open already.'),
  resolvedReadOnly: () =>
    CommonErrors.badInput('This thread is resolved: reopen it to reply.', {
      threadId: ['resolved'],
    }),
  cannotResolve: () =>
    new AppError(
      'FORBIDDEN',
      'Only whoever started the thread or an editor of the note can resolve or reopen it.',
    ),
};
