import { graphql } from '../graphql/generated';

export const UnreadCountQuery = graphql(`
  query UnreadCount {
    notifications(first: 1, unreadOnly: true) {
      totalCount
    }
  }
`);

export const NotificationReceivedSubscription = graphql(`
  subscription NotificationReceived {
    notificationReceived {
      id
      title
      body
      event
      matchId
      createdAt
      readAt
    }
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications($after: String, $unreadOnly: Boolean) {
    notifications(first: 20, after: $after, unreadOnly: $unreadOnly) {
      edges {
        node {
          id
          title
          body
          event
          path
          createdAt
          readAt
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const MarkReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);
