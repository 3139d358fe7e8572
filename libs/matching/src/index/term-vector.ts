/** A sparse vector over term ids, sorted by id so two vectors intersect in one merge pass. */
export interface TermVector {
  terms: Int32Array;
  weights: Float32Array;
}

export function toTermVector(weights: Map<number, number>): TermVector {
  const terms = Int32Array.from([...weights.keys()].sort((a, b) => a - b));
  return { terms, weights: Float32Array.from(terms, (term) => weights.get(term)!) };
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
