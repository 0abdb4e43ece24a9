import { graphql } from '../../../generated';

export const ActionItemFieldsFragment = graphql(`
  fragment ActionItemFields on ActionItem {
    id
    title
    description
    meetingId
    meeting {
      id
      title
      kind
      city
      startsAt
      status
    }
    ownerPartner
    assignee {
      id
      displayName
      partnerCode
    }
    dueDate
    status
    overdue
    classification
    canEdit
    completedAt
    updatedAt
  }
`);

export const MyActionItemsQuery = graphql(`
  query MyActionItems {
    myActionItems {
      ...ActionItemFields
    }
  }
`);

export const MeetingActionItemsQuery = graphql(`
  query MeetingActionItems($meetingId: ID!) {
    actionItems(filter: { meetingId: $meetingId }) {
      ...ActionItemFields
    }
    openActionItemsForNextMeeting(meetingId: $meetingId) {
      ...ActionItemFields
    }
  }
`);

export const ActionItemAssigneesQuery = graphql(`
  query ActionItemAssignees($ownerPartner: PartnerCode, $classification: Classification!) {
    actionItemAssignees(ownerPartner: $ownerPartner, classification: $classification) {
      id
      displayName
      partnerCode
    }
  }
`);

export const CreateActionItemMutation = graphql(`
  mutation CreateActionItem($input: CreateActionItemInput!) {
    createActionItem(input: $input) {
      ...ActionItemFields
    }
  }
`);

export const UpdateActionItemMutation = graphql(`
  mutation UpdateActionItem($input: UpdateActionItemInput!) {
    updateActionItem(input: $input) {
      ...ActionItemFields
    }
  }
`);
