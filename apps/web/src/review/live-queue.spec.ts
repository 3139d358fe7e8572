import type { ReviewQueueQuery } from '../graphql/generated/graphql';
import { withChangedRows } from './live-queue';

type Queue = ReviewQueueQuery['reviewQueue'];

type Node = Queue['edges'][number]['node'];

const row = (id: string, score: number, dueAt: string | null = null): Node => ({
  id,
  score,
  status: 'PROPOSED',
  createdAt: '2026-11-01T10:00:00.000Z',
  dueAt,
  userInitiated: false,
  need: null,
  capability: null,
});

/** The api's key of a row in BEST_SCORE order: best first, ties by id. */
const edge = (node: Node) => ({ node, sortKey: `${(1 - node.score).toFixed(4)} ${node.id}` });

const queue = (rows: Node[], hasNextPage: boolean, endCursor = rows.at(-1)?.id ?? null): Queue => ({
  totalCount: rows.length,
  edges: rows.map(edge),
  pageInfo: { hasNextPage, endCursor },
});

const ids = (result: Queue) => result.edges.map((edge) => edge.node.id);

describe('withChangedRows', () => {
  // Shown: two pages of four loaded, best first; more pages below.
  const shown = queue(
    [
      row('a', 0.9),
      row('b', 0.8),
      row('c', 0.7),
      row('d', 0.6),
      row('e', 0.5),
      row('f', 0.4),
      row('g', 0.3),
      row('h', 0.2),
    ],
    true,
    'cursor-after-h',
  );
  const edges = (...rows: Node[]) => rows.map(edge);

  it('puts a new proposal in its place among the loaded rows, leaving the rest as they were', () => {
    const merged = withChangedRows(shown, new Set(['new']), edges(row('new', 0.45)), 9);
    expect(ids(merged)).toEqual(['a', 'b', 'c', 'd', 'e', 'new', 'f', 'g', 'h']);
    expect(merged.totalCount).toBe(9);
    expect(merged.pageInfo.endCursor).toBe('cursor-after-h');
  });

  it('leaves a proposal that ranks below the loaded rows to the next page', () => {
    const merged = withChangedRows(shown, new Set(['low']), edges(row('low', 0.1)), 9);
    expect(ids(merged)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(merged.totalCount).toBe(9);
  });

  it('takes out a row the filters no longer let through, and updates one that stays', () => {
    const merged = withChangedRows(
      shown,
      new Set(['b', 'c']),
      edges({ ...row('c', 0.7), status: 'APPROVED' }),
      7,
    );
    expect(ids(merged)).toEqual(['a', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(merged.edges[1]?.node.status).toBe('APPROVED');
  });

  it('adds anywhere when every row is loaded', () => {
    const all = queue([row('a', 0.9)], false);
    expect(ids(withChangedRows(all, new Set(['z']), edges(row('z', 0.1)), 2))).toEqual(['a', 'z']);
  });
});
