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
  query ReviewQueue(
    $clusterId: ID
    $postingId: ID
    $status: [MatchStatus!]
    $minScore: Float
    $maxScore: Float
    $sectors: [String!]
    $city: String
    $minAgeDays: Int
    $dueBefore: DateTime
    $userInitiated: Boolean
    $orderBy: ReviewQueueOrder
    $after: String
  ) {
    reviewQueue(
      first: 50
      after: $after
      orderBy: $orderBy
      clusterId: $clusterId
      postingId: $postingId
      status: $status
      minScore: $minScore
      maxScore: $maxScore
      sectors: $sectors
      city: $city
      minAgeDays: $minAgeDays
      dueBefore: $dueBefore
      userInitiated: $userInitiated
    ) {
      totalCount
      edges {
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

/** The rows of `ids` the filters still let through, and the filters' count: live updates. */
export const ReviewQueueRowsQuery = graphql(`
  query ReviewQueueRows(
    $ids: [ID!]!
    $clusterId: ID
    $postingId: ID
    $status: [MatchStatus!]
    $minScore: Float
    $maxScore: Float
    $sectors: [String!]
    $city: String
    $minAgeDays: Int
    $dueBefore: DateTime
    $userInitiated: Boolean
  ) {
    count: reviewQueue(
      first: 1
      clusterId: $clusterId
      postingId: $postingId
      status: $status
      minScore: $minScore
      maxScore: $maxScore
      sectors: $sectors
      city: $city
      minAgeDays: $minAgeDays
      dueBefore: $dueBefore
      userInitiated: $userInitiated
    ) {
      totalCount
    }
    rows: reviewQueue(
      first: 100
      ids: $ids
      clusterId: $clusterId
      postingId: $postingId
      status: $status
      minScore: $minScore
      maxScore: $maxScore
      sectors: $sectors
      city: $city
      minAgeDays: $minAgeDays
      dueBefore: $dueBefore
      userInitiated: $userInitiated
    ) {
      edges {
        node {
          ...ReviewRowFields
        }
      }
    }
  }
`);

export const MyClustersQuery = graphql(`
  query MyClusters {
    clusters {
      id
      name
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
