import { graphql } from '../../../generated';

export const AgendaPersonFieldsFragment = graphql(`
  fragment AgendaPersonFields on AgendaPerson {
    id
    displayName
    partnerCode
  }
`);

// People are listed inline: the API's depth limit (10) counts fragment spreads as levels.
export const AgendaItemFieldsFragment = graphql(`
  fragment AgendaItemFields on AgendaItem {
    id
    meetingId
    title
    description
    proposingPartner
    proposedBy {
      id
      displayName
      partnerCode
    }
    minutes
    position
    state
    themeCodes
    vulnerableGroups
    influenceRegion
    guestVisible
    silenceDeadline
    createdAt
    updatedAt
    canEdit
    links {
      kind
      targetId
      title
      path
    }
    consents {
      partnerCode
      position
      text
      at
      by {
        id
        displayName
        partnerCode
      }
    }
    history {
      event
      fromState
      toState
      partnerCode
      detail
      at
      by {
        id
        displayName
        partnerCode
      }
    }
  }
`);

export const AgendaFieldsFragment = graphql(`
  fragment AgendaFields on Agenda {
    meetingId
    status
    version
    lockedAt
    partnerCodes
    allocatedMinutes
    meetingMinutes
    isChair
    speaksFor
    memberOf
    items {
      ...AgendaItemFields
    }
  }
`);

export const AgendaQuery = graphql(`
  query Agenda($meetingId: ID!) {
    agenda(meetingId: $meetingId) {
      ...AgendaFields
    }
  }
`);

export const AgendaVersionsQuery = graphql(`
  query AgendaVersions($meetingId: ID!) {
    agendaVersions(meetingId: $meetingId) {
      number
      lockedAt
      reopenedAt
      reopenReason
      snapshot
    }
  }
`);

export const AgendaSpeakersQuery = graphql(`
  query AgendaSpeakers($partnerCode: PartnerCode!) {
    agendaSpeakers(partnerCode: $partnerCode) {
      ...AgendaPersonFields
    }
  }
`);

/** The diplomats of the coordinator's own partner (the `users` query is scoped to what it administers). */
export const PartnerDiplomatsQuery = graphql(`
  query PartnerDiplomats($partnerCode: PartnerCode!) {
    users(filter: { partnerCode: $partnerCode, role: DIPLOMAT }) {
      id
      displayName
      email
      disabled
    }
  }
`);

export const AgendaBriefingNotesQuery = graphql(`
  query AgendaBriefingNotes($search: String) {
    briefingNotes(filter: { search: $search }, limit: 20) {
      id
      title
      classification
    }
  }
`);

export const ProposeAgendaItemMutation = graphql(`
  mutation ProposeAgendaItem($input: ProposeAgendaItemInput!) {
    proposeAgendaItem(input: $input) {
      ...AgendaItemFields
    }
  }
`);

export const EditAgendaItemMutation = graphql(`
  mutation EditAgendaItem($input: EditAgendaItemInput!) {
    editAgendaItem(input: $input) {
      ...AgendaItemFields
    }
  }
`);

export const RecordAgendaConsentMutation = graphql(`
  mutation RecordAgendaConsent($input: RecordConsentInput!) {
    recordAgendaConsent(input: $input) {
      ...AgendaItemFields
    }
  }
`);

export const OpenAgendaSilenceProcedureMutation = graphql(`
  mutation OpenAgendaSilenceProcedure($input: OpenSilenceInput!) {
    openAgendaSilenceProcedure(input: $input) {
      ...AgendaItemFields
    }
  }
`);

export const WithdrawAgendaItemMutation = graphql(`
  mutation WithdrawAgendaItem($id: ID!) {
    withdrawAgendaItem(id: $id) {
      ...AgendaItemFields
    }
  }
`);

export const DeferAgendaItemMutation = graphql(`
  mutation DeferAgendaItem($id: ID!) {
    deferAgendaItem(id: $id) {
      ...AgendaItemFields
    }
  }
`);

export const ReinstateAgendaItemMutation = graphql(`
  mutation ReinstateAgendaItem($id: ID!) {
    reinstateAgendaItem(id: $id) {
      ...AgendaItemFields
    }
  }
`);

export const ReorderAgendaMutation = graphql(`
  mutation ReorderAgenda($meetingId: ID!, $itemIds: [ID!]!) {
    reorderAgenda(meetingId: $meetingId, itemIds: $itemIds) {
      ...AgendaFields
    }
  }
`);

export const LockAgendaMutation = graphql(`
  mutation LockAgenda($meetingId: ID!) {
    lockAgenda(meetingId: $meetingId) {
      ...AgendaFields
    }
  }
`);

export const ReopenAgendaMutation = graphql(`
  mutation ReopenAgenda($meetingId: ID!, $reason: String!) {
    reopenAgenda(meetingId: $meetingId, reason: $reason) {
      ...AgendaFields
    }
  }
`);

export const SetAgendaSpeakerMutation = graphql(`
  mutation SetAgendaSpeaker($userId: ID!, $speaks: Boolean!) {
    setAgendaSpeaker(userId: $userId, speaks: $speaks) {
      ...AgendaPersonFields
    }
  }
`);
