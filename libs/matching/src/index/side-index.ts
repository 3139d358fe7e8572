import type { FieldName, MatchingConfig } from '../scoring/config';
import { fieldNames } from '../scoring/config';
import { TermAccumulator, type TermCounts, type TermVector } from './term-vector';
import { VectorStore } from './vector-store';

class Postings {
  docs: Int32Array;
  weights: Float32Array;
  length = 0;

  constructor(capacity = 4) {
    this.docs = new Int32Array(capacity);
    this.weights = new Float32Array(capacity);
  }

  trimToSize(): void {
    this.docs = this.docs.slice(0, this.length);
    this.weights = this.weights.slice(0, this.length);
  }

  push(doc: number, weight: number): void {
    if (this.length === this.docs.length) {
      const capacity = Math.max(4, this.length * 2);
      const docs = new Int32Array(capacity);
      docs.set(this.docs);
      this.docs = docs;
      const weights = new Float32Array(capacity);
      weights.set(this.weights);
      this.weights = weights;
    }
    this.docs[this.length] = doc;
    this.weights[this.length] = weight;
    this.length++;
  }
}

export type FieldTerms = Record<FieldName, TermCounts>;
export type FieldLengths = Record<FieldName, number>;

/**
 * A posting's keywords as term ids, each tagged (in `weights`) with the number of the keyword it
 * comes from, 0, 1, 2…: what keyword coverage counts is keywords, not terms.
 */
export type KeywordTerms = TermVector;

/** What `add` takes back: a document as it was weighed. */
export interface IndexedDocument {
  id: string;
  vector: TermVector;
  lengths: FieldLengths;
  keywords: KeywordTerms;
}

/**
 * One side's postings (needs, or capabilities) with BM25F term weights. Documents are appended;
 * removal leaves a tombstone that scoring skips, and the postings are compacted once a quarter of
 * them are dead, so updates from events never rebuild the whole index. Per-document data lives in
 * typed arrays by slot, not in an object per document. The postings are built, each to its size,
 * when first read after documents were added in bulk (a build, a restore), and grown from then on.
 */
export class SideIndex {
  private postings: (Postings | undefined)[] = [];
  private postingsBuilt = false;
  private documentFrequency = new Int32Array(1024);
  private alive = new Uint8Array(1024);
  private readonly vectors = new VectorStore();
  private readonly keywords = new VectorStore();
  private lengths = new Float64Array(1024 * fieldNames.length);
  private readonly slots = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly fieldLengthTotals: Record<FieldName, number> = {
    title: 0,
    keywords: 0,
    summary: 0,
    description: 0,
  };
  private live = 0;
  private dead = 0;
  private readonly combined = new TermAccumulator();

  constructor(private readonly config: MatchingConfig) {}

  get size(): number {
    return this.live;
  }

  slotOf(id: string): number | undefined {
    return this.slots.get(id);
  }

  idAt(slot: number): string {
    return this.ids[slot]!;
  }

  /** A view of the slot's vector, to read before the index changes again. */
  vectorAt(slot: number): TermVector {
    return this.vectors.get(slot);
  }

  keywordsAt(slot: number): KeywordTerms {
    return this.keywords.get(slot);
  }

  df(term: number): number {
    return term < this.documentFrequency.length ? this.documentFrequency[term]! : 0;
  }

  /** Adds or replaces a document. */
  upsert(id: string, fields: FieldTerms, keywords: KeywordTerms): void {
    this.remove(id);
    this.add({ id, vector: this.weigh(fields), lengths: fieldLengths(fields), keywords });
  }

  /** Adds or replaces a document weighed before, as one restored from a snapshot. */
  add({ id, vector, lengths, keywords }: IndexedDocument): void {
    this.remove(id);
    const slot = this.ids.length;
    this.ids.push(id);
    this.slots.set(id, slot);
    this.ensureCapacity(slot + 1, vector);
    this.vectors.set(slot, vector);
    this.keywords.set(slot, keywords);
    this.alive[slot] = 1;
    this.live++;
    fieldNames.forEach((name, field) => {
      this.lengths[slot * fieldNames.length + field] = lengths[name];
      this.fieldLengthTotals[name] += lengths[name];
    });
    for (let i = 0; i < vector.terms.length; i++) {
      const term = vector.terms[i]!;
      if (this.postingsBuilt)
        (this.postings[term] ??= new Postings()).push(slot, vector.weights[i]!);
      this.documentFrequency[term]!++;
    }
  }

  /** Postings grow by doubling; this gives the spare room back once a build is done. */
  trimToSize(): void {
    this.buildPostings();
    for (const postings of this.postings) postings?.trimToSize();
    this.vectors.trimToSize();
    this.keywords.trimToSize();
  }

  /**
   * The documents live when it is called, each with what `add` needs to put it back as it is
   * when it is reached (a copy: the index may change between two), and none removed since.
   */
  *documents(): Generator<IndexedDocument> {
    for (const id of [...this.slots.keys()]) {
      const slot = this.slots.get(id);
      if (slot === undefined) continue;
      yield {
        id,
        vector: copy(this.vectorAt(slot)),
        lengths: this.lengthsAt(slot),
        keywords: copy(this.keywordsAt(slot)),
      };
    }
  }

  /** Marks every term id a live document's text or keywords hold (read in place, not copied). */
  markReferencedTerms(marked: Uint8Array): void {
    for (const slot of this.slots.values()) {
      for (const term of this.vectorAt(slot).terms) marked[term] = 1;
      for (const term of this.keywordsAt(slot).terms) marked[term] = 1;
    }
  }

  remove(id: string): void {
    const slot = this.slots.get(id);
    if (slot === undefined) return;
    for (const term of this.vectorAt(slot).terms) this.documentFrequency[term]!--;
    const lengths = this.lengthsAt(slot);
    for (const name of fieldNames) this.fieldLengthTotals[name] -= lengths[name];
    this.alive[slot] = 0;
    this.vectors.delete(slot);
    this.keywords.delete(slot);
    this.slots.delete(id);
    this.live--;
    this.dead++;
    if (this.dead > 1000 && this.dead > this.live / 3) this.compact();
  }

  /** BM25F term weights of a text that is not (or not yet) in this index, e.g. a query. */
  weigh(fields: FieldTerms): TermVector {
    for (const name of fieldNames) {
      const length = fields[name].total;
      const average = this.live > 0 ? this.fieldLengthTotals[name] / this.live : length || 1;
      const b = this.config.fieldLengthNormalisation[name];
      const norm = 1 - b + (b * length) / Math.max(average, 1);
      const weight = this.config.fieldWeights[name] / norm;
      const { terms, counts } = fields[name];
      for (let i = 0; i < terms.length; i++) this.combined.add(terms[i]!, weight * counts[i]!);
    }
    const { terms, counts } = this.combined.take();
    return { terms, weights: new Float32Array(counts) };
  }

  /** Adds `weight × saturated tf` of every live document holding the term to the accumulator. */
  accumulate(term: number, weight: number, scores: Float64Array, touched: number[]): void {
    this.buildPostings();
    const postings = this.postings[term];
    if (!postings) return;
    const k1 = this.config.k1;
    const { docs, weights, length } = postings;
    for (let i = 0; i < length; i++) {
      const doc = docs[i]!;
      if (this.alive[doc] === 0) continue;
      const tf = weights[i]!;
      if (scores[doc] === 0) touched.push(doc);
      scores[doc] += (weight * tf) / (k1 + tf);
    }
  }

  get capacity(): number {
    return this.ids.length;
  }

  private lengthsAt(slot: number): FieldLengths {
    const offset = slot * fieldNames.length;
    return Object.fromEntries(
      fieldNames.map((name, field) => [name, this.lengths[offset + field]!]),
    ) as FieldLengths;
  }

  private ensureCapacity(slots: number, vector: TermVector): void {
    if (slots > this.alive.length) {
      const alive = new Uint8Array(slots * 2);
      alive.set(this.alive);
      this.alive = alive;
      const lengths = new Float64Array(slots * 2 * fieldNames.length);
      lengths.set(this.lengths);
      this.lengths = lengths;
    }
    const maxTerm = vector.terms.length > 0 ? vector.terms[vector.terms.length - 1]! : 0;
    if (maxTerm >= this.documentFrequency.length) {
      const frequencies = new Int32Array(Math.max(maxTerm + 1, this.documentFrequency.length * 2));
      frequencies.set(this.documentFrequency);
      this.documentFrequency = frequencies;
    }
  }

  /** Each term's postings, from the live documents' vectors, in slot order. */
  private buildPostings(): void {
    if (this.postingsBuilt) return;
    this.postings = Array.from(this.documentFrequency, (frequency) =>
      frequency > 0 ? new Postings(frequency) : undefined,
    );
    for (let slot = 0; slot < this.ids.length; slot++) {
      if (this.alive[slot] === 0) continue;
      const { terms, weights } = this.vectorAt(slot);
      for (let i = 0; i < terms.length; i++) this.postings[terms[i]!]!.push(slot, weights[i]!);
    }
    this.postingsBuilt = true;
  }

  private compact(): void {
    for (const postings of this.postings) {
      if (!postings) continue;
      let kept = 0;
      for (let i = 0; i < postings.length; i++) {
        if (this.alive[postings.docs[i]!] === 0) continue;
        postings.docs[kept] = postings.docs[i]!;
        postings.weights[kept] = postings.weights[i]!;
        kept++;
      }
      postings.length = kept;
    }
    this.dead = 0;
  }
}

function copy({ terms, weights }: TermVector): TermVector {
  return { terms: terms.slice(), weights: weights.slice() };
}

function fieldLengths(fields: FieldTerms): FieldLengths {
  return {
    title: fields.title.total,
    keywords: fields.keywords.total,
    summary: fields.summary.total,
    description: fields.description.total,
  };
}
