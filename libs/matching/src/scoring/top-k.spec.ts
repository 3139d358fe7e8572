import { TopK } from './top-k';

const kept = (
  offers: [number, number][],
  k: number,
  tieBreak?: (a: number, b: number) => number,
) => {
  const top = new TopK(k, tieBreak);
  for (const [item, score] of offers) top.offer(item, score);
  return top.items();
};

describe('TopK', () => {
  it('keeps the k best, best first', () => {
    expect(
      kept(
        [
          [1, 0.2],
          [2, 0.9],
          [3, 0.5],
          [4, 0.7],
        ],
        2,
      ),
    ).toEqual([2, 4]);
  });

  it('keeps the same items among equal scores whatever order they come in', () => {
    const offers: [number, number][] = [
      [7, 0.5],
      [3, 0.5],
      [9, 0.5],
      [1, 0.5],
      [5, 0.8],
    ];
    const byName = (a: number, b: number) => String(a).localeCompare(String(b));
    const forwards = kept(offers, 3, byName);
    expect(kept([...offers].reverse(), 3, byName)).toEqual(forwards);
    expect(forwards).toEqual([5, 1, 3]);
  });
});
