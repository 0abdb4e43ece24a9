import { graphql } from '../../../generated';

export const DelegationMemberFieldsFragment = graphql(`
  fragment DelegationMemberFields on DelegationMember {
    id
    meetingId
    partnerCode
    name
    ministry
    function
    level
    userId
  }
`);

export const MeetingDelegationsQuery = graphql(`
  query MeetingDelegations($meetingId: ID!) {
    meetingDelegations(meetingId: $meetingId) {
      meetingId
      partnerCode
      canEdit
      members {
        ...DelegationMemberFields
      }
    }
  }
`);

export const DelegationContinuityQuery = graphql(`
  query DelegationContinuity($partnerCode: PartnerCode!) {
    delegationContinuity(partnerCode: $partnerCode) {
      partnerCode
      people {
        name
        meetingCount
        firstSeen
        lastSeen
        userId
        attendances {
          memberId
          name
          ministry
          function
          level
          meeting {
            id
            title
            kind
            city
            timeZone
            startsAt
            status
          }
        }
      }
      meetingsWithoutRoster {
        id
        title
        kind
        city
        timeZone
        startsAt
        status
      }
    }
  }
`);

export const AddDelegationMemberMutation = graphql(`
  mutation AddDelegationMember($input: AddDelegationMemberInput!) {
    addDelegationMember(input: $input) {
      ...DelegationMemberFields
    }
  }
`);

export const UpdateDelegationMemberMutation = graphql(`
  mutation UpdateDelegationMember($input: UpdateDelegationMemberInput!) {
    updateDelegationMember(input: $input) {
      ...DelegationMemberFields
    }
  }
`);

export const RemoveDelegationMemberMutation = graphql(`
  mutation RemoveDelegationMember($id: ID!) {
    removeDelegationMember(id: $id)
  }
`);
