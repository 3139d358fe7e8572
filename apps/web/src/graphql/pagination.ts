interface Connection {
  edges: unknown[];
}

/** fetchMore's `updateQuery` for the connection at `field`: the next page's edges after those shown. */
export const appendPage =
  <K extends string>(field: K) =>
  <T extends Record<K, Connection>>(
    previous: T,
    { fetchMoreResult }: { fetchMoreResult: T },
  ): T => ({
    ...fetchMoreResult,
    [field]: {
      ...fetchMoreResult[field],
      edges: [...previous[field].edges, ...fetchMoreResult[field].edges],
    },
  });
