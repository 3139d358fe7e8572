/** Keeps the k highest-scoring items seen, in a min-heap: O(n log k) instead of sorting all n. */
export class TopK {
  private readonly items_: number[] = [];
  private readonly scores: number[] = [];

  constructor(private readonly k: number) {}

  offer(item: number, score: number): void {
    if (this.items_.length < this.k) {
      this.items_.push(item);
      this.scores.push(score);
      this.up(this.items_.length - 1);
    } else if (score > this.scores[0]!) {
      this.items_[0] = item;
      this.scores[0] = score;
      this.down(0);
    }
  }

  /** Best first. */
  items(): number[] {
    return this.items_
      .map((item, index) => ({ item, score: this.scores[index]! }))
      .sort((a, b) => b.score - a.score || a.item - b.item)
      .map(({ item }) => item);
  }

  private up(index: number): void {
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (this.scores[parent]! <= this.scores[index]!) return;
      this.swap(index, parent);
      index = parent;
    }
  }

  private down(index: number): void {
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let smallest = index;
      if (left < this.scores.length && this.scores[left]! < this.scores[smallest]!) smallest = left;
      if (right < this.scores.length && this.scores[right]! < this.scores[smallest]!)
        smallest = right;
      if (smallest === index) return;
      this.swap(index, smallest);
      index = smallest;
    }
  }

  private swap(a: number, b: number): void {
    [this.items_[a], this.items_[b]] = [this.items_[b]!, this.items_[a]!];
    [this.scores[a], this.scores[b]] = [this.scores[b]!, this.scores[a]!];
  }
}
