import { graphql } from '../../../generated';

export const NotePersonFieldsFragment = graphql(`
  fragment NotePersonFields on NotePerson {
    id
    displayName
    partnerCode
  }
`);

export const NoteVersionFieldsFragment = graphql(`
  fragment NoteVersionFields on NoteVersion {
    id
    noteId
    number
    kind
    name
    createdAt
    restoredFromNumber
    sealedAt
    createdBy {
      ...NotePersonFields
    }
    sealedBy {
      ...NotePersonFields
    }
    approvals {
      partnerCode
      approvedAt
      approvedBy {
        ...NotePersonFields
      }
    }
  }
`);

export const BriefingNoteVersionsQuery = graphql(`
  query BriefingNoteVersions($noteId: ID!) {
    briefingNoteVersions(noteId: $noteId) {
      ...NoteVersionFields
    }
  }
`);

export const BriefingNoteVersionQuery = graphql(`
  query BriefingNoteVersion($id: ID!) {
    briefingNoteVersion(id: $id) {
      state
      version {
        ...NoteVersionFields
      }
    }
  }
`);

export const BriefingNoteVersionDiffQuery = graphql(`
  query BriefingNoteVersionDiff($fromId: ID!, $toId: ID) {
    briefingNoteVersionDiff(fromId: $fromId, toId: $toId) {
      added
      removed
      from {
        id
        number
        name
      }
      to {
        id
        number
        name
      }
      lines {
        change
        text
      }
    }
  }
`);

export const NameBriefingNoteVersionMutation = graphql(`
  mutation NameBriefingNoteVersion($noteId: ID!, $name: String!) {
    nameBriefingNoteVersion(noteId: $noteId, name: $name) {
      ...NoteVersionFields
    }
  }
`);

export const RestoreBriefingNoteVersionMutation = graphql(`
  mutation RestoreBriefingNoteVersion($id: ID!) {
    restoreBriefingNoteVersion(id: $id) {
      ...NoteVersionFields
    }
  }
`);

export const ApproveBriefingNoteVersionMutation = graphql(`
  mutation ApproveBriefingNoteVersion($id: ID!) {
    approveBriefingNoteVersion(id: $id) {
      ...NoteVersionFields
    }
  }
`);

export const SealBriefingNoteVersionMutation = graphql(`
  mutation SealBriefingNoteVersion($id: ID!) {
    sealBriefingNoteVersion(id: $id) {
      ...NoteVersionFields
    }
  }
`);
