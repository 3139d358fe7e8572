/**
 * Keeps the k highest-scoring items seen, in a min-heap: O(n log k) instead of sorting all n.
 * Equal scores are ranked by `tieBreak` (negative: the first item ranks higher), so which of
 * several equally good items is kept does not depend on the order they were offered in.
 */
export class TopK {
  private readonly items_: number[] = [];
  private readonly scores: number[] = [];

  constructor(
    private readonly k: number,
    private readonly tieBreak: (a: number, b: number) => number = (a, b) => a - b,
  ) {}

  offer(item: number, score: number): void {
    if (this.items_.length < this.k) {
      this.items_.push(item);
      this.scores.push(score);
      this.up(this.items_.length - 1);
    } else if (this.ranksAbove(item, score, 0)) {
      this.items_[0] = item;
      this.scores[0] = score;
      this.down(0);
    }
  }

  /** Best first. */
  items(): number[] {
    return this.items_
      .map((item, index) => ({ item, score: this.scores[index]! }))
      .sort((a, b) => b.score - a.score || this.tieBreak(a.item, b.item))
      .map(({ item }) => item);
  }

  private ranksAbove(item: number, score: number, index: number): boolean {
    const other = this.scores[index]!;
    return score > other || (score === other && this.tieBreak(item, this.items_[index]!) < 0);
  }

  /** Whether the item at `a` ranks below the one at `b` (the heap keeps the lowest on top). */
  private below(a: number, b: number): boolean {
    return this.ranksAbove(this.items_[b]!, this.scores[b]!, a);
  }

  private up(index: number): void {
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.below(index, parent)) return;
      this.swap(index, parent);
      index = parent;
    }
  }

  private down(index: number): void {
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let lowest = index;
      if (left < this.scores.length && this.below(left, lowest)) lowest = left;
      if (right < this.scores.length && this.below(right, lowest)) lowest = right;
      if (lowest === index) return;
      this.swap(index, lowest);
      index = lowest;
    }
  }

  private swap(a: number, b: number): void {
    [this.items_[a], this.items_[b]] = [this.items_[b]!, this.items_[a]!];
    [this.scores[a], this.scores[b]] = [this.scores[b]!, this.scores[a]!];
  }
}
