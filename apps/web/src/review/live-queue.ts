import type { ReviewQueueQuery } from '../graphql/generated/graphql';

type Queue = ReviewQueueQuery['reviewQueue'];
type Edge = Queue['edges'][number];

/** The api's order: its `sortKey`s compare as strings the way it lists rows. */
const byKey = (a: Edge, b: Edge) =>
  (a.sortKey ?? '') < (b.sortKey ?? '') ? -1 : (a.sortKey ?? '') > (b.sortKey ?? '') ? 1 : 0;

/**
 * The queue as shown, with the rows that changed (or arrived) put right: `changed` are those of
 * `ids` the filters still let through, with their keys in the queue's order. A row leaves when
 * it no longer passes them; a new one takes its place in the order if it falls among the rows
 * loaded (below them, it comes with the next page). Rows, and so the selection, are otherwise
 * left as they are.
 */
export function withChangedRows(
  shown: Queue,
  ids: ReadonlySet<string>,
  changed: Queue['edges'],
  totalCount: number,
): Queue {
  const last = shown.edges.at(-1);
  const loaded = (edge: Edge) => !shown.pageInfo.hasNextPage || !last || byKey(edge, last) <= 0;
  const edges = [
    ...shown.edges.filter((edge) => !ids.has(edge.node.id)),
    ...changed.filter(loaded),
  ].sort(byKey);
  return { ...shown, totalCount, edges };
}
