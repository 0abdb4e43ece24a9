import { graphql } from '../../../generated';

/*
 * Individual cases (seed rec. 7). Every query here is RESTRICTED material: the API answers cleared
 * staff and named readers only, and records every view. Ask for what the page shows, nothing more.
 */

// People are listed inline: the API's depth limit (10) counts fragment spreads as levels.
export const CaseListFieldsFragment = graphql(`
  fragment CaseListFields on IndividualCase {
    id
    reference
    name
    nativeName
    status
    region
    ownerPartner
    themeCodes
    vulnerableGroups
    raisedBy
    awaitingAnswers
    lastRaising {
      id
      partnerCode
      channel
      raisedOn
      answerKind
      answeredOn
    }
    raisings {
      id
      raisedOn
      answerKind
    }
  }
`);

export const CaseRaisingFieldsFragment = graphql(`
  fragment CaseRaisingFields on CaseRaising {
    id
    caseId
    partnerCode
    channel
    raisedOn
    request
    answerKind
    answer
    answeredOn
    daysToAnswer
    recordedAt
    answerRecordedAt
    canRecordAnswer
    meeting {
      id
      title
      startsAt
    }
    recordedBy {
      id
      displayName
      partnerCode
    }
    answerRecordedBy {
      id
      displayName
      partnerCode
    }
  }
`);

export const CaseFieldsFragment = graphql(`
  fragment CaseFields on IndividualCase {
    ...CaseListFields
    birthYear
    detainedOn
    charges
    sentence
    location
    summary
    sourceName
    sourceReference
    canEdit
    canManage
    createdAt
    updatedAt
    raisings {
      ...CaseRaisingFields
    }
    namedReaders {
      id
      displayName
      partnerCode
    }
    createdBy {
      id
      displayName
      partnerCode
    }
    updatedBy {
      id
      displayName
      partnerCode
    }
  }
`);

export const CasesQuery = graphql(`
  query Cases($filter: CasesFilter) {
    cases(filter: $filter) {
      ...CaseListFields
    }
  }
`);

/** For pickers (agenda links, a meeting's list): references and names only. */
export const CasePickerQuery = graphql(`
  query CasePicker($search: String) {
    cases(filter: { search: $search }) {
      id
      reference
      name
      status
    }
  }
`);

export const CaseQuery = graphql(`
  query Case($id: ID!) {
    case(id: $id) {
      ...CaseFields
    }
  }
`);

export const CreateCaseMutation = graphql(`
  mutation CreateCase($input: CreateCaseInput!) {
    createCase(input: $input) {
      ...CaseFields
    }
  }
`);

export const UpdateCaseMutation = graphql(`
  mutation UpdateCase($input: UpdateCaseInput!) {
    updateCase(input: $input) {
      ...CaseFields
    }
  }
`);

export const RecordCaseRaisingMutation = graphql(`
  mutation RecordCaseRaising($input: RecordCaseRaisingInput!) {
    recordCaseRaising(input: $input) {
      ...CaseFields
    }
  }
`);

export const RecordCaseAnswerMutation = graphql(`
  mutation RecordCaseAnswer($input: RecordCaseAnswerInput!) {
    recordCaseAnswer(input: $input) {
      ...CaseFields
    }
  }
`);

export const SetCaseReadersMutation = graphql(`
  mutation SetCaseReaders($input: SetCaseReadersInput!) {
    setCaseReaders(input: $input) {
      ...CaseFields
    }
  }
`);

/**
 * Staff who may be named readers: active partner staff (never guests). The action-items
 * directory answers that for a partners-wide record.
 */
export const CaseReaderCandidatesQuery = graphql(`
  query CaseReaderCandidates {
    actionItemAssignees(classification: PARTNERS) {
      id
      displayName
      partnerCode
    }
  }
`);

export const MeetingCaseListFieldsFragment = graphql(`
  fragment MeetingCaseListFields on MeetingCaseList {
    meetingId
    meetingTitle
    meetingStartsAt
    hostPartner
    sentAt
    updatedAt
    canEdit
    daysBeforeRound
    sentBy {
      id
      displayName
      partnerCode
    }
    entries {
      position
      request
      case {
        id
        reference
        name
        nativeName
        status
        region
        detainedOn
      }
    }
  }
`);

export const MeetingCaseListQuery = graphql(`
  query MeetingCaseList($meetingId: ID!) {
    meeting(id: $meetingId) {
      id
      kind
      title
      status
      hostPartner
    }
    meetingCaseList(meetingId: $meetingId) {
      ...MeetingCaseListFields
    }
  }
`);

export const SetMeetingCaseListMutation = graphql(`
  mutation SetMeetingCaseList($input: SetMeetingCaseListInput!) {
    setMeetingCaseList(input: $input) {
      ...MeetingCaseListFields
    }
  }
`);

export const MarkMeetingCaseListSentMutation = graphql(`
  mutation MarkMeetingCaseListSent($meetingId: ID!) {
    markMeetingCaseListSent(meetingId: $meetingId) {
      ...MeetingCaseListFields
    }
  }
`);
