import { useApolloClient, useQuery } from '@apollo/client/react';
import { useMemo, useRef } from 'react';
import { appendPage } from '../graphql/pagination';
import { useLiveEvents } from '../notifications';
import { withChangedRows } from './live-queue';
import { ReviewQueueQuery, ReviewQueueRowsQuery } from './operations';
import { queueVariables, type ReviewFilters } from './review-filters';
import { useIdBatch } from './use-id-batch';

/**
 * The review queue for the filters: its pages, more on demand, and the rows that change put
 * right where they are (a decision here, an answer or a proposal arriving live) without cutting
 * the list back to its first page.
 */
export function useReviewQueue(filters: ReviewFilters) {
  const variables = useMemo(() => queueVariables(filters), [filters]);
  const client = useApolloClient();
  const query = useQuery(ReviewQueueQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const { data, refetch, fetchMore, updateQuery } = query;

  const refreshRows = async (ids: string[]) => {
    const { orderBy, filter } = variables;
    for (let start = 0; start < ids.length; start += 100) {
      const batch = ids.slice(start, start + 100);
      const { data: changed } = await client
        .query({
          query: ReviewQueueRowsQuery,
          variables: { filter, orderBy, changed: { ...filter, ids: batch } },
          fetchPolicy: 'no-cache',
        })
        .catch(() => ({ data: undefined }));
      if (!changed) return;
      updateQuery((_, { complete, previousData }) =>
        complete
          ? {
              reviewQueue: withChangedRows(
                previousData.reviewQueue,
                new Set(batch),
                changed.rows.edges,
                changed.count.totalCount,
              ),
            }
          : undefined,
      );
    }
  };
  // Proposals and the sides' answers arrive live; rows are refreshed by id, so a selection stays.
  const refreshSoon = useIdBatch((ids) => void refreshRows(ids));
  useLiveEvents((notice) => {
    if (notice.matchId) refreshSoon(notice.matchId);
    // A posting's proposals come in one notice without a match: read the queue again.
    else if (notice.event === 'MATCH_TO_REVIEW') void refetch();
  });

  const fetchingMore = useRef(false);
  const pageInfo = data?.reviewQueue.pageInfo;
  const loadMore = () => {
    if (!pageInfo?.hasNextPage || fetchingMore.current) return;
    fetchingMore.current = true;
    void fetchMore({
      variables: { after: pageInfo.endCursor },
      updateQuery: appendPage('reviewQueue'),
    }).finally(() => {
      fetchingMore.current = false;
    });
  };

  const rows = useMemo(() => data?.reviewQueue.edges.map((edge) => edge.node) ?? [], [data]);
  return { ...query, rows, refreshRows, loadMore };
}
