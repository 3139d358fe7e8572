import type { ReviewQueueOrder, ReviewQueueQuery } from '../graphql/generated/graphql';

type Queue = ReviewQueueQuery['reviewQueue'];
type Row = Pick<Queue['edges'][number]['node'], 'id' | 'score' | 'createdAt' | 'dueAt'>;

const time = (value: string | null) => (value ? Date.parse(value) : Infinity);
/** The API's orders as sort keys, smaller first; undated rows last in both deadline orders. */
const sortKeys: Record<ReviewQueueOrder, (row: Row) => number> = {
  BEST_SCORE: (row) => -row.score,
  LOWEST_SCORE: (row) => row.score,
  OLDEST: (row) => time(row.createdAt),
  NEWEST: (row) => -time(row.createdAt),
  DUE_SOONEST: (row) => time(row.dueAt),
  DUE_LATEST: (row) => (row.dueAt ? -time(row.dueAt) : Infinity),
};
const descendingIds = new Set<ReviewQueueOrder>(['BEST_SCORE', 'NEWEST', 'DUE_LATEST']);

/** Where `a` comes relative to `b` in the API's order, ties broken by id as the API does. */
export function compareRows(a: Row, b: Row, order: ReviewQueueOrder): number {
  const key = sortKeys[order];
  const byKey = key(a) - key(b);
  if (byKey !== 0 && !Number.isNaN(byKey)) return byKey;
  const byId = a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  return descendingIds.has(order) ? -byId : byId;
}

/**
 * The queue as shown, with the rows that changed (or arrived) put right: `changed` are those of
 * `ids` the filters still let through. A row leaves when it no longer passes them; a new one
 * takes its place in the order if it falls among the rows loaded (below them, it comes with the
 * next page). Rows, and so the selection, are otherwise left as they are.
 */
export function withChangedRows(
  shown: Queue,
  ids: ReadonlySet<string>,
  changed: Queue['edges'],
  totalCount: number,
  order: ReviewQueueOrder,
): Queue {
  const last = shown.edges.at(-1)?.node;
  const loaded = (row: Row) =>
    !shown.pageInfo.hasNextPage || !last || compareRows(row, last, order) <= 0;
  const edges = [
    ...shown.edges.filter((edge) => !ids.has(edge.node.id)),
    ...changed.filter((edge) => loaded(edge.node)),
  ].sort((a, b) => compareRows(a.node, b.node, order));
  return { ...shown, totalCount, edges };
}
