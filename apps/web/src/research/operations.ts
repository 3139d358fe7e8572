import { graphql } from '../graphql/generated';

export const SourcesFields = graphql(`
  fragment SourcesFields on CapabilitySources {
    importedAt
    orcidId
    fields {
      field
      value
      edited
      sources {
        kind
        ids
      }
    }
    organization {
      name
      ror
      sources {
        kind
        ids
      }
    }
  }
`);

export const ResearchProfileQuery = graphql(`
  query ResearchProfile {
    me {
      id
      orcidId
    }
    myResearchDrafts {
      id
      title
      displayName
      organizationName
      language
    }
    capabilities(filter: { mine: true }, first: 50) {
      edges {
        node {
          id
          title
          status
          sources {
            importedAt
          }
        }
      }
    }
  }
`);

export const ImportCapabilityMutation = graphql(`
  mutation ImportCapability($input: ImportCapabilityInput!) {
    importCapability(input: $input) {
      capability {
        id
        title
        sources {
          ...SourcesFields
        }
      }
      changes {
        field
        before
        after
        applied
      }
    }
  }
`);

export const ClaimResearchDraftMutation = graphql(`
  mutation ClaimResearchDraft($id: ID!) {
    claimResearchDraft(id: $id) {
      id
    }
  }
`);

export const CapabilitySourcesQuery = graphql(`
  query CapabilitySources($id: ID!) {
    capability(id: $id) {
      id
      title
      status
      isOwn
      sources {
        ...SourcesFields
      }
    }
  }
`);

export const MatchPreviewQuery = graphql(`
  query CapabilityMatchPreview($id: ID!) {
    capabilityMatchPreview(id: $id) {
      available
      matches {
        score
        reason
        matchedTerms
        need {
          id
          title
          organization {
            id
            name
          }
        }
      }
    }
  }
`);
