import { graphql } from '../graphql/generated';

export const NeedFields = graphql(`
  fragment NeedFields on Need {
    id
    title
    summary
    status
    visibility
    sectors
    trlMin
    trlMax
    collaborationTypes
    language
    createdAt
    publishedAt
    expiresAt
    deadline
    isOwn
    version
    budget {
      min
      max
      currency
    }
    organization {
      id
      name
      city
      region
    }
  }
`);

export const CapabilityFields = graphql(`
  fragment CapabilityFields on Capability {
    id
    title
    summary
    status
    visibility
    sectors
    trl
    iprStatus
    collaborationTypes
    language
    createdAt
    publishedAt
    expiresAt
    isOwn
    version
    organization {
      id
      name
      city
      region
    }
  }
`);

export const NeedsQuery = graphql(`
  query Needs($filter: NeedFilter, $after: String, $first: Int! = 20) {
    needs(filter: $filter, after: $after, first: $first) {
      edges {
        cursor
        node {
          ...NeedFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const CapabilitiesQuery = graphql(`
  query Capabilities($filter: CapabilityFilter, $after: String, $first: Int! = 20) {
    capabilities(filter: $filter, after: $after, first: $first) {
      edges {
        cursor
        node {
          ...CapabilityFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const NeedQuery = graphql(`
  query Need($id: ID!) {
    need(id: $id) {
      ...NeedFields
      description
      technologyKeywords
      marketKeywords
      closeReason
      viewerCan {
        edit
        publish
        pause
        close
      }
    }
  }
`);

export const CapabilityQuery = graphql(`
  query Capability($id: ID!) {
    capability(id: $id) {
      ...CapabilityFields
      description
      expertiseKeywords
      methods
      equipment
      publications
      team
      closeReason
      viewerCan {
        edit
        publish
        pause
        close
      }
    }
  }
`);

export const CreateNeedMutation = graphql(`
  mutation CreateNeed($input: CreateNeedInput!) {
    createNeed(input: $input) {
      id
    }
  }
`);

export const UpdateNeedMutation = graphql(`
  mutation UpdateNeed($id: ID!, $input: UpdateNeedInput!) {
    updateNeed(id: $id, input: $input) {
      ...NeedFields
      description
      technologyKeywords
      marketKeywords
    }
  }
`);

export const CreateCapabilityMutation = graphql(`
  mutation CreateCapability($input: CreateCapabilityInput!) {
    createCapability(input: $input) {
      id
    }
  }
`);

export const UpdateCapabilityMutation = graphql(`
  mutation UpdateCapability($id: ID!, $input: UpdateCapabilityInput!) {
    updateCapability(id: $id, input: $input) {
      ...CapabilityFields
      description
      expertiseKeywords
      methods
      equipment
      publications
      team
    }
  }
`);

export const PublishNeedMutation = graphql(`
  mutation PublishNeed($id: ID!) {
    publishNeed(id: $id) {
      ...NeedFields
    }
  }
`);

export const PauseNeedMutation = graphql(`
  mutation PauseNeed($id: ID!) {
    pauseNeed(id: $id) {
      ...NeedFields
    }
  }
`);

export const CloseNeedMutation = graphql(`
  mutation CloseNeed($id: ID!, $reason: CloseReason!) {
    closeNeed(id: $id, reason: $reason) {
      ...NeedFields
      closeReason
    }
  }
`);

export const PublishCapabilityMutation = graphql(`
  mutation PublishCapability($id: ID!) {
    publishCapability(id: $id) {
      ...CapabilityFields
    }
  }
`);

export const PauseCapabilityMutation = graphql(`
  mutation PauseCapability($id: ID!) {
    pauseCapability(id: $id) {
      ...CapabilityFields
    }
  }
`);

export const CloseCapabilityMutation = graphql(`
  mutation CloseCapability($id: ID!, $reason: CloseReason!) {
    closeCapability(id: $id, reason: $reason) {
      ...CapabilityFields
      closeReason
    }
  }
`);

export const ExpressInterestMutation = graphql(`
  mutation ExpressInterest($needId: ID!, $capabilityId: ID!, $message: String) {
    expressInterest(needId: $needId, capabilityId: $capabilityId, message: $message) {
      id
    }
  }
`);
