import type { ReviewQueueQuery } from '../graphql/generated/graphql';
import { compareRows, withChangedRows } from './live-queue';

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

const queue = (rows: Node[], hasNextPage: boolean, endCursor = rows.at(-1)?.id ?? null): Queue => ({
  totalCount: rows.length,
  edges: rows.map((node) => ({ node })),
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
  const edges = (...rows: Node[]) => rows.map((node) => ({ node }));

  it('puts a new proposal in its place among the loaded rows, leaving the rest as they were', () => {
    const merged = withChangedRows(
      shown,
      new Set(['new']),
      edges(row('new', 0.45)),
      9,
      'BEST_SCORE',
    );
    expect(ids(merged)).toEqual(['a', 'b', 'c', 'd', 'e', 'new', 'f', 'g', 'h']);
    expect(merged.totalCount).toBe(9);
    expect(merged.pageInfo.endCursor).toBe('cursor-after-h');
  });

  it('leaves a proposal that ranks below the loaded rows to the next page', () => {
    const merged = withChangedRows(
      shown,
      new Set(['low']),
      edges(row('low', 0.1)),
      9,
      'BEST_SCORE',
    );
    expect(ids(merged)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(merged.totalCount).toBe(9);
  });

  it('takes out a row the filters no longer let through, and updates one that stays', () => {
    const merged = withChangedRows(
      shown,
      new Set(['b', 'c']),
      edges({ ...row('c', 0.7), status: 'APPROVED' }),
      7,
      'BEST_SCORE',
    );
    expect(ids(merged)).toEqual(['a', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(merged.edges[1]?.node.status).toBe('APPROVED');
  });

  it('adds anywhere when every row is loaded', () => {
    const all = queue([row('a', 0.9)], false);
    expect(
      ids(withChangedRows(all, new Set(['z']), edges(row('z', 0.1)), 2, 'BEST_SCORE')),
    ).toEqual(['a', 'z']);
  });
});

describe('compareRows', () => {
  it('orders as the API does, undated rows last by deadline either way, ties by id', () => {
    const rows = [
      row('x', 0.5, '2026-12-10T00:00:00Z'),
      row('y', 0.5),
      row('z', 0.5, '2026-12-01T00:00:00Z'),
    ];
    const sorted = (order: Parameters<typeof compareRows>[2]) =>
      [...rows].sort((a, b) => compareRows(a, b, order)).map((r) => r.id);
    expect(sorted('DUE_SOONEST')).toEqual(['z', 'x', 'y']);
    expect(sorted('DUE_LATEST')).toEqual(['x', 'z', 'y']);
    expect(sorted('BEST_SCORE')).toEqual(['z', 'y', 'x']);
    expect(sorted('LOWEST_SCORE')).toEqual(['x', 'y', 'z']);
  });
});
