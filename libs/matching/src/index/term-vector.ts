/** A sparse vector over term ids, sorted by id so two vectors intersect in one merge pass. */
export interface TermVector {
  terms: Int32Array;
  weights: Float32Array;
}

/** Per-term sums of one text field. */
export interface TermCounts {
  terms: Int32Array;
  counts: Float64Array;
  /** The sum of the counts, added up in the order the text gave them. */
  total: number;
}

/**
 * Sums values by term id in one array indexed by id, reused from text to text: a Map per text
 * field cost more than the analysis that fills it. Values must be positive.
 */
export class TermAccumulator {
  private sums = new Float64Array(1024);
  private readonly touched: number[] = [];
  private total = 0;

  add(term: number, value: number): void {
    this.total += value;
    if (term >= this.sums.length) {
      const sums = new Float64Array(Math.max(term + 1, this.sums.length * 2));
      sums.set(this.sums);
      this.sums = sums;
    }
    if (this.sums[term] === 0) this.touched.push(term);
    this.sums[term] += value;
  }

  /** The sums so far, by term id (sorted); the accumulator starts again empty. */
  take(): TermCounts {
    const terms = new Int32Array(this.touched).sort();
    const counts = new Float64Array(terms.length);
    for (let i = 0; i < terms.length; i++) {
      counts[i] = this.sums[terms[i]!]!;
      this.sums[terms[i]!] = 0;
    }
    this.touched.length = 0;
    const total = this.total;
    this.total = 0;
    return { terms, counts, total };
  }
}

/** Σ over shared terms of f(term, weight in a, weight in b). */
export function intersect(
  a: TermVector,
  b: TermVector,
  visit: (term: number, weightA: number, weightB: number) => void,
): void {
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const termA = a.terms[i]!;
    const termB = b.terms[j]!;
    if (termA === termB) {
      visit(termA, a.weights[i]!, b.weights[j]!);
      i++;
      j++;
    } else if (termA < termB) i++;
    else j++;
  }
}

/** Binary search: vectors are sorted by term id. */
export function contains(vector: TermVector, term: number): boolean {
  let low = 0;
  let high = vector.terms.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = vector.terms[middle]!;
    if (value === term) return true;
    if (value < term) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
