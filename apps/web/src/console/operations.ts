import { graphql } from '../graphql/generated';

export const MyClustersQuery = graphql(`
  query MyClusters {
    clusters {
      id
      name
    }
  }
`);
