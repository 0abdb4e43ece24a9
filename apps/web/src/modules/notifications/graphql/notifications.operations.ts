import { graphql } from '../../../generated';

export const NotificationsQuery = graphql(`
  query Notifications($unreadOnly: Boolean!, $limit: Int!) {
    notifications(unreadOnly: $unreadOnly, limit: $limit) {
      id
      kind
      actorName
      targetTitle
      targetPath
      createdAt
      readAt
    }
  }
`);

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);
