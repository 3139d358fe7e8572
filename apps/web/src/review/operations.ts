import { graphql } from '../graphql/generated';

export const ReviewRowFields = graphql(`
  fragment ReviewRowFields on Match {
    id
    score
    status
    createdAt
    dueAt
    userInitiated
    need {
      id
      title
      sectors
      organization {
        id
        name
        city
      }
    }
    capability {
      id
      title
      sectors
      organization {
        id
        name
        city
      }
    }
  }
`);

export const ReviewQueueQuery = graphql(`
  query ReviewQueue($filter: ReviewQueueFilter, $orderBy: ReviewQueueOrder, $after: String) {
    reviewQueue(first: 50, after: $after, orderBy: $orderBy, filter: $filter) {
      totalCount
      edges {
        sortKey
        node {
          ...ReviewRowFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/**
 * The rows of `ids` the filters still let through, with their keys in the queue's order, and
 * the filters' count: live updates.
 */
export const ReviewQueueRowsQuery = graphql(`
  query ReviewQueueRows(
    $filter: ReviewQueueFilter
    $orderBy: ReviewQueueOrder
    $changed: ReviewQueueFilter!
  ) {
    count: reviewQueue(first: 1, filter: $filter) {
      totalCount
    }
    rows: reviewQueue(first: 100, filter: $changed, orderBy: $orderBy) {
      edges {
        sortKey
        node {
          ...ReviewRowFields
        }
      }
    }
  }
`);

export const ApproveMatchesMutation = graphql(`
  mutation ApproveMatches($ids: [ID!]!, $note: String) {
    approveMatches(ids: $ids, note: $note) {
      id
      error {
        code
        message
      }
      match {
        id
        status
      }
    }
  }
`);

export const RejectMatchesMutation = graphql(`
  mutation RejectMatches($ids: [ID!]!, $reason: DeclineReason!, $note: String) {
    rejectMatches(ids: $ids, reason: $reason, note: $note) {
      id
      error {
        code
        message
      }
      match {
        id
        status
      }
    }
  }
`);
