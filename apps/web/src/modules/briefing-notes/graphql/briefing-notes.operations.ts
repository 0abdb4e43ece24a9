import { graphql } from '../../../generated';

export const BriefingNoteFieldsFragment = graphql(`
  fragment BriefingNoteFields on BriefingNote {
    id
    title
    docName
    classification
    archivedAt
    createdAt
    updatedAt
    canEdit
    canShare
    ownerPartner {
      code
      name
      nameFr
      color
    }
    themes {
      code
      name
      nameFr
    }
    authors {
      id
      displayName
      partnerCode
    }
  }
`);

export const BriefingNotesQuery = graphql(`
  query BriefingNotes($filter: BriefingNotesFilter) {
    briefingNotes(filter: $filter) {
      ...BriefingNoteFields
    }
  }
`);

export const BriefingNoteQuery = graphql(`
  query BriefingNote($id: ID!) {
    briefingNote(id: $id) {
      ...BriefingNoteFields
    }
  }
`);

export const ThemesQuery = graphql(`
  query Themes {
    themes {
      code
      name
      nameFr
    }
  }
`);

export const CreateBriefingNoteMutation = graphql(`
  mutation CreateBriefingNote($input: CreateBriefingNoteInput!) {
    createBriefingNote(input: $input) {
      ...BriefingNoteFields
    }
  }
`);

export const RenameBriefingNoteMutation = graphql(`
  mutation RenameBriefingNote($input: RenameBriefingNoteInput!) {
    renameBriefingNote(input: $input) {
      ...BriefingNoteFields
    }
  }
`);

export const ReclassifyBriefingNoteMutation = graphql(`
  mutation ReclassifyBriefingNote($input: ReclassifyBriefingNoteInput!) {
    reclassifyBriefingNote(input: $input) {
      ...BriefingNoteFields
    }
  }
`);

export const ArchiveBriefingNoteMutation = graphql(`
  mutation ArchiveBriefingNote($id: ID!) {
    archiveBriefingNote(id: $id) {
      ...BriefingNoteFields
    }
  }
`);

export const UnarchiveBriefingNoteMutation = graphql(`
  mutation UnarchiveBriefingNote($id: ID!) {
    unarchiveBriefingNote(id: $id) {
      ...BriefingNoteFields
    }
  }
`);
