import { graphql } from '../graphql/generated';

export const AdminClustersQuery = graphql(`
  query AdminClusters {
    clusters {
      id
      name
      regions
      createdAt
      coordinators {
        id
        fullName
        email
      }
      members {
        id
      }
    }
  }
`);

export const CreateClusterMutation = graphql(`
  mutation CreateCluster($input: CreateClusterInput!) {
    createCluster(input: $input) {
      id
      name
    }
  }
`);

export const AppointCoordinatorMutation = graphql(`
  mutation AppointCoordinator($clusterId: ID!, $userId: ID!) {
    appointCoordinator(clusterId: $clusterId, userId: $userId) {
      id
      coordinators {
        id
        fullName
        email
      }
    }
  }
`);

export const UsersQuery = graphql(`
  query AdminUsers($role: UserRole, $email: String) {
    users(role: $role, email: $email) {
      id
      fullName
      email
      role
      language
      createdAt
      organization {
        id
        name
      }
    }
  }
`);

export const OrganizationsQuery = graphql(`
  query AdminOrganizations($filter: OrganizationFilter, $after: String) {
    organizations(first: 50, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          id
          name
          kind
          city
          region
          size
          createdAt
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const FailedEmailsQuery = graphql(`
  query FailedEmails {
    failedEmails(first: 100) {
      id
      kind
      event
      recipient
      error
      failedAt
    }
  }
`);

export const RetryFailedEmailsMutation = graphql(`
  mutation RetryFailedEmails($ids: [ID!]!) {
    retryFailedEmails(ids: $ids)
  }
`);

export const EraseUserMutation = graphql(`
  mutation EraseUser($id: ID!) {
    eraseUser(id: $id) {
      id
      removed {
        kind
        count
      }
    }
  }
`);

export const EraseOrganizationMutation = graphql(`
  mutation EraseOrganization($id: ID!, $dryRun: Boolean!) {
    eraseOrganization(id: $id, dryRun: $dryRun) {
      organizationId
      name
      dryRun
      erasedAt
      people {
        id
        fullName
        email
        role
      }
      deletedPostings {
        kind
        id
        title
      }
      anonymisedPostings {
        kind
        id
        title
      }
      clusterMemberships
      researchDrafts
    }
  }
`);
