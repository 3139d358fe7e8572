import { mrrAt10, ndcgAt10, pairwiseAccuracy, rankByScore, recallAt1 } from './metrics';

describe('ranking metrics', () => {
  const relevance = { a: 3, b: 1, c: 0 };

  it('gives nDCG 1 to the ideal order and less to others', () => {
    expect(ndcgAt10(['a', 'b', 'c'], relevance)).toBeCloseTo(1);
    expect(ndcgAt10(['c', 'b', 'a'], relevance)).toBeLessThan(1);
  });

  it('computes nDCG for a single relevant item as 1/log2(rank+1)', () => {
    expect(ndcgAt10(['x', 'y', 'r'], { r: 1 })).toBeCloseTo(1 / Math.log2(4));
  });

  it('computes MRR@10 and Recall@1', () => {
    expect(mrrAt10(['c', 'b', 'a'], relevance)).toBeCloseTo(0.5);
    expect(recallAt1(['a', 'b'], relevance)).toBe(1);
    expect(recallAt1(['b', 'a'], relevance)).toBe(0);
  });

  it('counts pairwise accuracy with ties as half', () => {
    const scores = new Map([
      ['a', 2],
      ['b', 2],
      ['c', 1],
    ]);
    expect(pairwiseAccuracy(scores, relevance, ['a', 'b', 'c'])).toEqual({
      correct: 2.5,
      pairs: 3,
    });
  });

  it('breaks score ties by id ascending', () => {
    expect(rankByScore(['b', 'a', 'c'], new Map([['c', 1]]))).toEqual(['c', 'a', 'b']);
  });
});
