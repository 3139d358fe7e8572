import type { TermVector } from './term-vector';

interface Chunk {
  terms: Int32Array;
  weights: Float32Array;
}

/** Entries per chunk once the store is large: 8 MB of terms and weights. */
const chunkEntries = 1 << 20;

/**
 * Term vectors of many documents in a few large typed arrays (chunks), addressed by slot. A typed
 * array per document costs more in object headers than a short vector holds, and a hundred
 * thousand of them are a hundred thousand objects for the garbage collector to walk. Chunks are
 * added as the store grows, never copied into a larger array, so growing leaves no garbage.
 * A replaced or deleted vector leaves a hole until `compact` (done once a third is holes).
 */
export class VectorStore {
  private chunks: Chunk[] = [];
  private chunkOf: Uint32Array = new Uint32Array(256);
  private starts: Uint32Array = new Uint32Array(256);
  private lengths: Uint32Array = new Uint32Array(256);
  /** Entries written into the last chunk. */
  private used = 0;
  private stored = 0;
  private holes = 0;

  /** A view of the slot's vector: valid until the next `set`, `delete`, `compact` or trim. */
  get(slot: number): TermVector {
    const length = this.lengths[slot] ?? 0;
    if (length === 0) return { terms: new Int32Array(0), weights: new Float32Array(0) };
    const chunk = this.chunks[this.chunkOf[slot]!]!;
    const start = this.starts[slot]!;
    return {
      terms: chunk.terms.subarray(start, start + length),
      weights: chunk.weights.subarray(start, start + length),
    };
  }

  set(slot: number, vector: TermVector): void {
    this.delete(slot);
    this.reserveSlot(slot);
    this.append(slot, vector);
  }

  private append(slot: number, vector: TermVector): void {
    const length = vector.terms.length;
    if (length === 0) return;
    let chunk = this.chunks.at(-1);
    if (!chunk || this.used + length > chunk.terms.length) {
      const grown = Math.min(chunkEntries, 2 * (chunk?.terms.length ?? 512));
      chunk = newChunk(Math.max(length, grown));
      this.chunks.push(chunk);
      this.used = 0;
    }
    chunk.terms.set(vector.terms, this.used);
    chunk.weights.set(vector.weights, this.used);
    this.chunkOf[slot] = this.chunks.length - 1;
    this.starts[slot] = this.used;
    this.lengths[slot] = length;
    this.used += length;
    this.stored += length;
  }

  delete(slot: number): void {
    if (slot >= this.lengths.length || this.lengths[slot] === 0) return;
    this.holes += this.lengths[slot]!;
    this.stored -= this.lengths[slot]!;
    this.lengths[slot] = 0;
    if (this.holes > 4096 && this.holes > this.stored / 2) this.compact();
  }

  /** Gives back the room the last chunk has not filled yet, for after a build. */
  trimToSize(): void {
    const last = this.chunks.at(-1);
    if (!last || this.used === last.terms.length) return;
    this.chunks[this.chunks.length - 1] = {
      terms: last.terms.slice(0, this.used),
      weights: last.weights.slice(0, this.used),
    };
  }

  /**
   * Writes the vectors again without the holes, in the order they were stored (slots keep their
   * numbers), letting each old chunk go once it has been read.
   */
  compact(): void {
    const slots: number[] = [];
    for (let slot = 0; slot < this.lengths.length; slot++) {
      if (this.lengths[slot]! > 0) slots.push(slot);
    }
    slots.sort((a, b) => this.chunkOf[a]! - this.chunkOf[b]! || this.starts[a]! - this.starts[b]!);
    const old = this.chunks;
    this.chunks = [];
    this.used = 0;
    this.stored = 0;
    this.holes = 0;
    let reading = 0;
    for (const slot of slots) {
      const chunk = this.chunkOf[slot]!;
      for (; reading < chunk; reading++) old[reading] = undefined as unknown as Chunk;
      const start = this.starts[slot]!;
      const end = start + this.lengths[slot]!;
      this.lengths[slot] = 0;
      this.append(slot, {
        terms: old[chunk]!.terms.subarray(start, end),
        weights: old[chunk]!.weights.subarray(start, end),
      });
    }
  }

  private reserveSlot(slot: number): void {
    if (slot < this.starts.length) return;
    const slots = Math.max(slot + 1, this.starts.length * 2);
    this.chunkOf = grown(this.chunkOf, slots);
    this.starts = grown(this.starts, slots);
    this.lengths = grown(this.lengths, slots);
  }
}

function newChunk(entries: number): Chunk {
  return { terms: new Int32Array(entries), weights: new Float32Array(entries) };
}

function grown(array: Uint32Array, length: number): Uint32Array {
  const larger = new Uint32Array(length);
  larger.set(array);
  return larger;
}
