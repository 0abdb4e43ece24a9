import { graphql } from '../../../generated';

export const NoteCommentThreadFieldsFragment = graphql(`
  fragment NoteCommentThreadFields on NoteCommentThread {
    id
    noteId
    anchorStart
    anchorEnd
    quote
    createdAt
    resolvedAt
    canResolve
    createdBy {
      ...NotePersonFields
    }
    resolvedBy {
      ...NotePersonFields
    }
    comments {
      id
      body
      createdAt
      author {
        ...NotePersonFields
      }
      mentions {
        ...NotePersonFields
      }
    }
  }
`);

export const BriefingNoteCommentsQuery = graphql(`
  query BriefingNoteComments($noteId: ID!, $includeResolved: Boolean!) {
    briefingNoteComments(noteId: $noteId, includeResolved: $includeResolved) {
      ...NoteCommentThreadFields
    }
  }
`);

export const BriefingNoteMentionableQuery = graphql(`
  query BriefingNoteMentionable($noteId: ID!) {
    briefingNoteMentionable(noteId: $noteId) {
      ...NotePersonFields
    }
  }
`);

export const StartNoteCommentThreadMutation = graphql(`
  mutation StartNoteCommentThread($input: StartNoteCommentThreadInput!) {
    startNoteCommentThread(input: $input) {
      ...NoteCommentThreadFields
    }
  }
`);

export const ReplyToNoteCommentMutation = graphql(`
  mutation ReplyToNoteComment($input: ReplyToNoteCommentInput!) {
    replyToNoteComment(input: $input) {
      ...NoteCommentThreadFields
    }
  }
`);

export const ResolveNoteCommentThreadMutation = graphql(`
  mutation ResolveNoteCommentThread($id: ID!) {
    resolveNoteCommentThread(id: $id) {
      ...NoteCommentThreadFields
    }
  }
`);

export const ReopenNoteCommentThreadMutation = graphql(`
  mutation ReopenNoteCommentThread($id: ID!) {
    reopenNoteCommentThread(id: $id) {
      ...NoteCommentThreadFields
    }
  }
`);
