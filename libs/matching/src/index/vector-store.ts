import type { TermVector } from './term-vector';

/**
 * Term vectors of many documents in one pair of typed arrays, addressed by slot. A typed array
 * per document costs more in object headers than a short vector holds, and a hundred thousand
 * of them are a hundred thousand objects for the garbage collector to walk. Vectors are
 * appended; a replaced or deleted one leaves a hole until `compact` (done once a third is holes).
 */
export class VectorStore {
  private terms = new Int32Array(1024);
  private weights = new Float32Array(1024);
  private starts = new Uint32Array(256);
  private lengths = new Uint32Array(256);
  private used = 0;
  private holes = 0;

  /** A view of the slot's vector: valid until the next `set`, `delete` or `compact`. */
  get(slot: number): TermVector {
    const start = this.starts[slot]!;
    const end = start + this.lengths[slot]!;
    return { terms: this.terms.subarray(start, end), weights: this.weights.subarray(start, end) };
  }

  set(slot: number, vector: TermVector): void {
    this.delete(slot);
    const length = vector.terms.length;
    this.reserve(slot, length);
    this.terms.set(vector.terms, this.used);
    this.weights.set(vector.weights, this.used);
    this.starts[slot] = this.used;
    this.lengths[slot] = length;
    this.used += length;
  }

  delete(slot: number): void {
    if (slot >= this.lengths.length) return;
    this.holes += this.lengths[slot]!;
    this.lengths[slot] = 0;
    if (this.holes > 4096 && this.holes > (this.used - this.holes) / 2) this.compact();
  }

  /** Gives back the room grown into, for after a build. */
  trimToSize(): void {
    this.compact();
    this.terms = this.terms.slice(0, this.used);
    this.weights = this.weights.slice(0, this.used);
  }

  /** Moves every vector down over the holes, in the order they are stored; slots keep their numbers. */
  compact(): void {
    const stored: number[] = [];
    for (let slot = 0; slot < this.lengths.length; slot++) {
      if (this.lengths[slot]! > 0) stored.push(slot);
    }
    stored.sort((a, b) => this.starts[a]! - this.starts[b]!);
    let written = 0;
    for (const slot of stored) {
      const start = this.starts[slot]!;
      const length = this.lengths[slot]!;
      this.terms.copyWithin(written, start, start + length);
      this.weights.copyWithin(written, start, start + length);
      this.starts[slot] = written;
      written += length;
    }
    this.used = written;
    this.holes = 0;
  }

  private reserve(slot: number, length: number): void {
    if (slot >= this.starts.length) {
      const slots = Math.max(slot + 1, this.starts.length * 2);
      this.starts = grown(this.starts, slots);
      this.lengths = grown(this.lengths, slots);
    }
    if (this.used + length > this.terms.length) {
      const capacity = Math.max(this.used + length, this.terms.length * 2);
      this.terms = grown(this.terms, capacity);
      this.weights = grown(this.weights, capacity);
    }
  }
}

function grown<A extends Int32Array | Uint32Array | Float32Array>(array: A, length: number): A {
  const larger = new (array.constructor as new (length: number) => A)(length);
  larger.set(array);
  return larger;
}
