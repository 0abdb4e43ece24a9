import { graphql } from '../../../generated';

export const PartnersQuery = graphql(`
  query Partners {
    partners {
      code
      name
      nameFr
      capital
      timeZone
      color
    }
  }
`);

export const MeetingFieldsFragment = graphql(`
  fragment MeetingFields on Meeting {
    id
    kind
    title
    venue
    city
    timeZone
    startsAt
    endsAt
    status
    statusReason
    hostPartner
    classification
    partnerCodes
    canManage
    icsPath
  }
`);

export const MeetingsQuery = graphql(`
  query Meetings($filter: MeetingsFilter!) {
    meetings(filter: $filter) {
      ...MeetingFields
    }
  }
`);

export const MeetingQuery = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      ...MeetingFields
    }
  }
`);

export const SetMeetingStatusMutation = graphql(`
  mutation SetMeetingStatus($input: SetMeetingStatusInput!) {
    setMeetingStatus(input: $input) {
      ...MeetingFields
    }
  }
`);

export const PollSummaryFieldsFragment = graphql(`
  fragment PollSummaryFields on SchedulingPoll {
    id
    title
    kind
    venue
    city
    timeZone
    hostPartner
    status
    meetingId
    partnerCodes
    canManage
    myPartner
    createdAt
  }
`);

export const PollFieldsFragment = graphql(`
  fragment PollFields on SchedulingPoll {
    ...PollSummaryFields
    slots {
      id
      startsAt
      endsAt
      rank
      score
      problems
      local {
        partnerCode
        timeZone
        localStart
        localEnd
        outsideWorkingHours
        weekend
        holiday
      }
      partnerAnswers {
        partnerCode
        answer
      }
      votes {
        userId
        displayName
        partnerCode
        answer
      }
    }
  }
`);

export const SchedulingPollsQuery = graphql(`
  query SchedulingPolls($includeClosed: Boolean!) {
    schedulingPolls(includeClosed: $includeClosed) {
      ...PollSummaryFields
      slots {
        id
        startsAt
        endsAt
      }
    }
  }
`);

export const SchedulingPollQuery = graphql(`
  query SchedulingPoll($id: ID!) {
    schedulingPoll(id: $id) {
      ...PollFields
    }
  }
`);

export const CreateSchedulingPollMutation = graphql(`
  mutation CreateSchedulingPoll($input: CreatePollInput!) {
    createSchedulingPoll(input: $input) {
      ...PollFields
    }
  }
`);

export const AnswerSchedulingPollMutation = graphql(`
  mutation AnswerSchedulingPoll($pollId: ID!, $answers: [PollAnswerInput!]!) {
    answerSchedulingPoll(pollId: $pollId, answers: $answers) {
      ...PollFields
    }
  }
`);

export const ConfirmSchedulingPollMutation = graphql(`
  mutation ConfirmSchedulingPoll($pollId: ID!, $slotId: ID!) {
    confirmSchedulingPoll(pollId: $pollId, slotId: $slotId) {
      ...MeetingFields
    }
  }
`);

export const CloseSchedulingPollMutation = graphql(`
  mutation CloseSchedulingPoll($pollId: ID!) {
    closeSchedulingPoll(pollId: $pollId) {
      ...PollFields
    }
  }
`);
