import { type AnalysedPage, type ForeignVocabulary, sizesPerPosting } from './analysed-pages';
import { type PostingTermCounts, PostingTerms } from './index/posting-terms';
import { type IndexedDocument, type KeywordTerms, SideIndex } from './index/side-index';
import { contains, intersect, type TermVector } from './index/term-vector';
import { Vocabulary } from './index/vocabulary';
import {
  type CapabilityProfile,
  type Indexed,
  type NeedProfile,
  type PostingProfile,
  type Side,
  withoutTexts,
} from './profiles';
import {
  defaultMatchingConfig,
  factorNames,
  fieldNames,
  type FactorName,
  type MatchingConfig,
  type MatchingOverrides,
  withOverrides,
} from './scoring/config';
import {
  collaborationFit,
  feasibility,
  geographyFit,
  sectorsOverlap,
  trlFit,
} from './scoring/factors';
import { TopK } from './scoring/top-k';

export interface MatchFactor {
  name: FactorName;
  value: number;
  weight: number;
  contribution: number;
}

export interface ScoredPair {
  needId: string;
  capabilityId: string;
  score: number;
  factors: MatchFactor[];
  /** Index keys both texts share, most telling first. */
  sharedTerms: string[];
}

/** An indexed posting as scoring reads it; the vectors are views into the index. */
interface Entry<P extends PostingProfile> {
  profile: Indexed<P>;
  vector: TermVector;
  keywords: KeywordTerms;
}

/**
 * A snapshot is plain data and typed arrays (for `v8.serialize`), taken and restored in frames
 * so that neither needs a second copy of the index in memory: the header first, then the
 * postings, then the vocabulary their term ids refer to (taken last, as it only grows).
 */
export interface SnapshotHeader {
  format: typeof snapshotFormat;
  /** Snapshots are only restored by an engine of the same version: analysis may have changed. */
  engineVersion: string;
}

export interface SnapshotFrame {
  side: Side;
  postings: SnapshotPosting[];
}

export interface SnapshotPosting {
  profile: Indexed<PostingProfile>;
  document: IndexedDocument;
}

const snapshotFormat = 2;
/** Starts the placeholder of a key no posting refers to; analysed text never holds it. */
const unreferencedKeyMarker = '\u0000';
/** Fields postings share by the thousand (organisation, place, lists of types): kept once each. */
const sharedFields = ['organizationId', 'place', 'clusterIds', 'sectors', 'collaborationTypes'];
const querySaturation = 7;
const sideOf = { need: 'capability', capability: 'need' } as const satisfies Record<Side, Side>;
/** The factors read from the two texts; the others refine a pair only as far as these fit. */
const textFactors = new Set<FactorName>(['topic', 'keywords']);

/**
 * Matches technology needs with research capabilities. Both sides live in in-memory BM25F
 * indexes over one bilingual key space; retrieval follows the most informative terms of a
 * posting through the other side's postings, and the best candidates are re-ranked with every
 * explainable factor. Pure: no I/O, no clock (callers pass `today`).
 */
export class MatchingEngine {
  private readonly vocabulary = new Vocabulary();
  private readonly sharedValues = new Map<string, unknown>();
  /**
   * Retrieval's accumulator, one slot per indexed posting: allocated once and zeroed where it was
   * written, as a fresh one per query would cost a megabyte of allocation at 100,000 postings.
   */
  private scores = new Float64Array(0);
  private readonly indexes: Record<Side, SideIndex>;
  private readonly entries = {
    need: new Map<string, Indexed<NeedProfile>>(),
    capability: new Map<string, Indexed<CapabilityProfile>>(),
  };
  private readonly postingTerms = new PostingTerms(this.vocabulary);

  constructor(readonly config: MatchingConfig = defaultMatchingConfig) {
    this.indexes = { need: new SideIndex(config), capability: new SideIndex(config) };
  }

  get size(): Record<Side, number> {
    return { need: this.indexes.need.size, capability: this.indexes.capability.size };
  }

  upsertNeed(need: NeedProfile): void {
    this.index('need', withoutTexts(need), this.postingTerms.of(need));
  }

  upsertCapability(capability: CapabilityProfile): void {
    this.index('capability', withoutTexts(capability), this.postingTerms.of(capability));
  }

  /**
   * Indexes postings whose texts a `PostingAnalyser` analysed into the page (pages of one
   * analyser in the order it analysed them), as `upsertNeed` or `upsertCapability` would have.
   */
  addAnalysed(
    side: Side,
    profiles: Indexed<PostingProfile>[],
    page: AnalysedPage,
    analyser: ForeignVocabulary,
  ): void {
    analyser.learn(page.newKeys, this.vocabulary);
    let offset = 0;
    const next = (size: number) => {
      const terms = new Int32Array(size);
      for (let i = 0; i < size; i++) terms[i] = analyser.idOf(page.terms[offset + i]!);
      const values = page.values.subarray(offset, offset + size);
      offset += size;
      return { terms, values };
    };
    profiles.forEach((profile, posting) => {
      const sizes = page.sizes.subarray(posting * sizesPerPosting);
      const fields = {} as PostingTermCounts['fields'];
      fieldNames.forEach((name, field) => {
        const { terms, values } = next(sizes[field]!);
        const total = page.totals[posting * fieldNames.length + field]!;
        fields[name] = { terms, counts: values, total };
      });
      const { terms, values } = next(sizes[fieldNames.length]!);
      const keywords = { terms, weights: Float32Array.from(values) };
      this.index(side, profile, { fields, keywords });
    });
  }

  snapshotHeader(): SnapshotHeader {
    return { format: snapshotFormat, engineVersion: this.config.version };
  }

  /**
   * The indexed postings as they are, analysed and weighed, in frames: restoring them skips the
   * text analysis that makes up most of a build. Each frame is a copy, as the engine is when the
   * frame is taken; the engine may change between frames (a restore reconciles by version).
   */
  *snapshotFrames(size = 5000): Generator<SnapshotFrame> {
    for (const side of ['need', 'capability'] as const) {
      let postings: SnapshotPosting[] = [];
      for (const document of this.indexes[side].documents()) {
        postings.push({ profile: this.entries[side].get(document.id)!, document });
        if (postings.length < size) continue;
        yield { side, postings };
        postings = [];
      }
      if (postings.length > 0) yield { side, postings };
    }
  }

  /**
   * The keys of every term id the indexed postings refer to, by id. A key no posting refers to
   * any more (a removed posting's words: an erased person's name) is not written: a placeholder
   * no text can produce keeps its id taken.
   */
  snapshotVocabulary(): readonly string[] {
    const referenced = new Uint8Array(this.vocabulary.size);
    this.indexes.need.markReferencedTerms(referenced);
    this.indexes.capability.markReferencedTerms(referenced);
    return this.vocabulary.allKeys.map((key, id) =>
      referenced[id] ? key : `${unreferencedKeyMarker}${id}`,
    );
  }

  /** An empty engine to restore a snapshot into; undefined if another version took it. */
  static restoring(
    header: SnapshotHeader,
    config = defaultMatchingConfig,
  ): MatchingEngine | undefined {
    if (header.format !== snapshotFormat || header.engineVersion !== config.version) {
      return undefined;
    }
    return new MatchingEngine(config);
  }

  restoreFrame({ side, postings }: SnapshotFrame): void {
    const entries = this.entries[side] as Map<string, Indexed<PostingProfile>>;
    for (const { profile, document } of postings) {
      this.indexes[side].add(document);
      entries.set(profile.id, this.keep(profile));
    }
  }

  /** The last step of a restore, before the engine is used. */
  restoreVocabulary(keys: readonly string[]): void {
    if (this.vocabulary.size > 0) throw new Error('the vocabulary is restored into a used engine');
    for (const key of keys) this.vocabulary.idOf(key);
  }

  /** Gives back the room the indexes grew into; for after a build, before serving. */
  trimToSize(): void {
    this.indexes.need.trimToSize();
    this.indexes.capability.trimToSize();
  }

  remove(side: Side, id: string): void {
    this.indexes[side].remove(id);
    this.entries[side].delete(id);
  }

  ids(side: Side): string[] {
    return [...this.entries[side].keys()];
  }

  has(side: Side, id: string): boolean {
    return this.entries[side].has(id);
  }

  /** What the engine keeps of an indexed posting: everything but its texts. */
  profile(side: 'need', id: string): Indexed<NeedProfile> | undefined;
  profile(side: 'capability', id: string): Indexed<CapabilityProfile> | undefined;
  profile(side: Side, id: string): Indexed<PostingProfile> | undefined {
    return this.entries[side].get(id);
  }

  /** The best capabilities for an indexed need: above the threshold, at most top-k, best first. */
  matchesForNeed(needId: string, today: string, overrides?: MatchingOverrides): ScoredPair[] {
    return this.matchesFor('need', needId, today, overrides);
  }

  matchesForCapability(
    capabilityId: string,
    today: string,
    overrides?: MatchingOverrides,
  ): ScoredPair[] {
    return this.matchesFor('capability', capabilityId, today, overrides);
  }

  /** Scores the given candidates of an indexed posting, without retrieval cut-offs or threshold. */
  rankCandidates(side: Side, id: string, candidateIds: string[], today: string): ScoredPair[] {
    const query = this.entry(side, id);
    return candidateIds
      .map((candidateId) => this.entryOf(sideOf[side], candidateId))
      .filter((candidate) => candidate !== undefined)
      .map((candidate) => this.pair(side, query, candidate, this.config, today))
      .sort(byScore);
  }

  /** The full score of one indexed pair. */
  score(
    needId: string,
    capabilityId: string,
    today: string,
    overrides?: MatchingOverrides,
  ): ScoredPair {
    const config = withOverrides(this.config, overrides);
    return this.pair(
      'need',
      this.entry('need', needId),
      this.entry('capability', capabilityId),
      config,
      today,
    );
  }

  /**
   * The pair as the need's list would take it: both indexed, allowed to match, above the
   * threshold and topic minimum; undefined otherwise.
   */
  proposal(
    needId: string,
    capabilityId: string,
    today: string,
    overrides?: MatchingOverrides,
  ): ScoredPair | undefined {
    const need = this.entryOf('need', needId);
    const capability = this.entryOf('capability', capabilityId);
    if (!need || !capability || !mayMatch(need.profile, capability.profile)) return undefined;
    const config = withOverrides(this.config, overrides);
    const pair = this.pair('need', need, capability, config, today);
    return this.accepts(pair, config) ? pair : undefined;
  }

  private accepts(pair: ScoredPair, config: MatchingConfig): boolean {
    const topic = pair.factors.find((factor) => factor.name === 'topic')!.value;
    return pair.score >= config.threshold && topic >= config.minimumTopic;
  }

  /**
   * The list an indexed posting would get from the given candidates instead of its own
   * retrieval: for a retrieval held outside the engine (see `retrievalTerms`).
   */
  matchesAmong(side: Side, id: string, candidateIds: string[], today: string): ScoredPair[] {
    const other = sideOf[side];
    const candidates = candidateIds.map((candidateId) => this.entryOf(other, candidateId));
    return this.listOf(side, this.entry(side, id), candidates, this.config, today);
  }

  /**
   * What retrieval asks of the other side for an indexed posting: its most informative terms,
   * each with the weight a candidate gains per unit of saturated term frequency
   * (`weight × tf / (k1 + tf)`, tf as `snapshotFrames` gives it).
   */
  retrievalTerms(side: Side, id: string): { key: string; weight: number }[] {
    return this.queryTerms(this.entry(side, id).vector, sideOf[side]).map(({ term, weight }) => ({
      key: this.vocabulary.keyOf(term),
      weight,
    }));
  }

  private matchesFor(
    side: Side,
    id: string,
    today: string,
    overrides?: MatchingOverrides,
  ): ScoredPair[] {
    const query = this.entry(side, id);
    const other = sideOf[side];
    const candidates = this.retrieve(query.vector, other).map((slot) =>
      this.entryOf(other, this.indexes[other].idAt(slot))!,
    );
    return this.listOf(side, query, candidates, withOverrides(this.config, overrides), today);
  }

  private listOf(
    side: Side,
    query: Entry<PostingProfile>,
    candidates: (Entry<PostingProfile> | undefined)[],
    config: MatchingConfig,
    today: string,
  ): ScoredPair[] {
    const results: ScoredPair[] = [];
    for (const candidate of candidates) {
      if (!candidate || !mayMatch(query.profile, candidate.profile)) continue;
      const pair = this.pair(side, query, candidate, config, today);
      if (this.accepts(pair, config)) results.push(pair);
    }
    return results.sort(byScore).slice(0, config.topK);
  }

  /** The query's most informative terms present on the other side, with their weights. */
  private queryTerms(query: TermVector, side: Side): { term: number; weight: number }[] {
    const index = this.indexes[side];
    const weighted: { term: number; weight: number }[] = [];
    for (let i = 0; i < query.terms.length; i++) {
      const term = query.terms[i]!;
      if (index.df(term) === 0) continue;
      weighted.push({ term, weight: this.idf(term) * saturate(query.weights[i]!) });
    }
    weighted.sort((a, b) => b.weight - a.weight);
    return weighted.slice(0, this.config.maxQueryTerms);
  }

  /** Candidate slots on the other side, by the query's most informative terms. */
  private retrieve(query: TermVector, side: Side): number[] {
    const index = this.indexes[side];
    if (this.scores.length < index.capacity) this.scores = new Float64Array(index.capacity * 2);
    const scores = this.scores;
    const touched: number[] = [];
    for (const { term, weight } of this.queryTerms(query, side)) {
      index.accumulate(term, weight, scores, touched);
    }
    // Ties go to the lower id, not the lower slot: a restored index numbers slots differently.
    const best = new TopK(this.config.candidatePool, (a, b) =>
      index.idAt(a) < index.idAt(b) ? -1 : index.idAt(a) > index.idAt(b) ? 1 : 0,
    );
    for (const slot of touched) {
      best.offer(slot, scores[slot]!);
      scores[slot] = 0;
    }
    return best.items();
  }

  private pair(
    querySide: Side,
    query: Entry<PostingProfile>,
    candidate: Entry<PostingProfile>,
    config: MatchingConfig,
    today: string,
  ): ScoredPair {
    const [needEntry, capabilityEntry] =
      querySide === 'need' ? [query, candidate] : [candidate, query];
    const need = needEntry.profile as Indexed<NeedProfile>;
    const capability = capabilityEntry.profile as Indexed<CapabilityProfile>;
    const { topic, sharedTerms } = this.topic(needEntry.vector, capabilityEntry.vector);
    const values: Record<FactorName, number | undefined> = {
      topic,
      keywords: this.keywordFit(needEntry, capabilityEntry),
      trl: trlFit(need, capability),
      collaboration: collaborationFit(need, capability),
      geography: geographyFit(need, capability),
      feasibility: feasibility(need, capability, today),
    };
    const present = factorNames.filter((name) => values[name] !== undefined);
    const totalWeight = present.reduce((sum, name) => sum + config.weights[name], 0) || 1;
    const relevance = Math.min(1, topic / config.relevantTopic);
    const factors = present.map((name) => {
      const weight = config.weights[name] / totalWeight;
      const value = values[name]!;
      const damping = textFactors.has(name) ? 1 : relevance;
      return { name, value, weight, contribution: value * weight * damping };
    });
    return {
      needId: need.id,
      capabilityId: capability.id,
      score: factors.reduce((sum, factor) => sum + factor.contribution, 0),
      factors,
      sharedTerms: sharedTerms.map((term) => this.vocabulary.keyOf(term)),
    };
  }

  /**
   * How much each text covers the other, as a share of what it would score against itself; the
   * geometric mean makes the fit reciprocal: both texts must be about the same thing.
   */
  private topic(
    need: TermVector,
    capability: TermVector,
  ): { topic: number; sharedTerms: number[] } {
    const contributions: { term: number; value: number }[] = [];
    let forward = 0;
    let reverse = 0;
    intersect(need, capability, (term, needWeight, capabilityWeight) => {
      const idf = this.idf(term);
      const there =
        (idf * saturate(needWeight) * capabilityWeight) / (this.config.k1 + capabilityWeight);
      const back = (idf * saturate(capabilityWeight) * needWeight) / (this.config.k1 + needWeight);
      forward += there;
      reverse += back;
      if (!this.vocabulary.isBackoff(term)) contributions.push({ term, value: there + back });
    });
    const ratio = Math.sqrt(
      (forward / this.selfScore(need)) * (reverse / this.selfScore(capability)),
    );
    contributions.sort((a, b) => b.value - a.value);
    return {
      topic: Math.min(1, Math.sqrt(ratio || 0)),
      sharedTerms: contributions.slice(0, 8).map(({ term }) => term),
    };
  }

  private selfScore(vector: TermVector): number {
    let total = 0;
    for (let i = 0; i < vector.terms.length; i++) {
      const weight = vector.weights[i]!;
      total += (this.idf(vector.terms[i]!) * saturate(weight) * weight) / (this.config.k1 + weight);
    }
    return total || 1;
  }

  /** Share of each side's keywords the other side's text speaks of, averaged both ways, with sectors. */
  private keywordFit(
    need: Entry<PostingProfile>,
    capability: Entry<PostingProfile>,
  ): number | undefined {
    const parts = [
      keywordCoverage(need.keywords, capability.vector),
      keywordCoverage(capability.keywords, need.vector),
      sectorsOverlap(need.profile.sectors, capability.profile.sectors),
    ].filter((part) => part !== undefined);
    return parts.length > 0 ? parts.reduce((sum, part) => sum + part, 0) / parts.length : undefined;
  }

  /**
   * Inverse document frequency over both sides, with a prior of `backgroundDocuments` postings
   * that hold none of the terms: on a young platform where ten labs describe the same subject,
   * its words must not count for nothing, while on a large one the prior fades away.
   */
  private idf(term: number): number {
    const documents =
      this.indexes.need.size + this.indexes.capability.size + this.config.backgroundDocuments;
    const frequency = this.indexes.need.df(term) + this.indexes.capability.df(term);
    return Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
  }

  private entry(side: Side, id: string): Entry<PostingProfile> {
    const entry = this.entryOf(side, id);
    if (!entry) throw new Error(`${side} ${id} is not indexed`);
    return entry;
  }

  private entryOf(side: Side, id: string): Entry<PostingProfile> | undefined {
    const profile = this.entries[side].get(id);
    if (!profile) return undefined;
    const index = this.indexes[side];
    const slot = index.slotOf(id)!;
    return { profile, vector: index.vectorAt(slot), keywords: index.keywordsAt(slot) };
  }

  private index(side: Side, profile: Indexed<PostingProfile>, terms: PostingTermCounts): void {
    this.indexes[side].upsert(profile.id, terms.fields, terms.keywords);
    (this.entries[side] as Map<string, Indexed<PostingProfile>>).set(
      profile.id,
      this.keep(profile),
    );
  }

  private keep<P extends PostingProfile>(profile: Indexed<P>): Indexed<P> {
    const kept: Record<string, unknown> = { ...profile };
    for (const field of sharedFields) {
      const value = kept[field];
      if (value === undefined) continue;
      const key = `${field}:${JSON.stringify(value)}`;
      if (!this.sharedValues.has(key)) this.sharedValues.set(key, value);
      kept[field] = this.sharedValues.get(key);
    }
    return kept as Indexed<P>;
  }
}

/** The share of keywords (numbered in `weights`) with a term the text holds. */
function keywordCoverage(keywords: KeywordTerms, text: TermVector): number | undefined {
  const count = keywords.terms.length;
  if (count === 0) return undefined;
  let covered = 0;
  let lastCovered = -1;
  for (let i = 0; i < count; i++) {
    const keyword = keywords.weights[i]!;
    if (keyword !== lastCovered && contains(text, keywords.terms[i]!)) {
      covered++;
      lastCovered = keyword;
    }
  }
  return covered / (keywords.weights[count - 1]! + 1);
}

/** A CLUSTER posting matches only postings of organisations in one of its clusters. */
export function mayMatch(a: Indexed<PostingProfile>, b: Indexed<PostingProfile>): boolean {
  if (a.organizationId && a.organizationId === b.organizationId) return false;
  const shareCluster = () =>
    (a.clusterIds ?? []).some((cluster) => (b.clusterIds ?? []).includes(cluster));
  if ((a.visibility === 'CLUSTER' || b.visibility === 'CLUSTER') && !shareCluster()) return false;
  return true;
}

function saturate(weight: number): number {
  return ((querySaturation + 1) * weight) / (querySaturation + weight);
}

function byScore(a: ScoredPair, b: ScoredPair): number {
  return b.score - a.score || (a.needId + a.capabilityId).localeCompare(b.needId + b.capabilityId);
}
