import { type AnalysedText, PostingTerms } from './index/posting-terms';
import { Vocabulary } from './index/vocabulary';
import { type PostingProfile, textsOf } from './profiles';
import { fieldNames } from './scoring/config';

/**
 * Postings analysed away from the engine (in a worker thread, so that a build uses every core),
 * against a vocabulary of the analyser's own, packed into typed arrays that are posted back
 * without copying. The engine indexes them (`addAnalysed`) exactly as it would have indexed the
 * postings themselves.
 */
export interface AnalysedPage {
  /** The keys the analyser's vocabulary learned for this page, in the order of their ids. */
  newKeys: string[];
  /** Per posting, the number of terms of each field (in `fieldNames` order), then of keywords. */
  sizes: Uint32Array;
  /** Per posting, each field's length (`TermCounts.total`). */
  totals: Float64Array;
  terms: Int32Array;
  /** A field term's count, or a keyword term's keyword number. */
  values: Float64Array;
}

export const sizesPerPosting = fieldNames.length + 1;

/** A posting's texts, all an analyser is sent. */
export function analysedText(profile: PostingProfile): AnalysedText {
  return { language: profile.language, ...textsOf(profile) };
}

export class PostingAnalyser {
  private readonly vocabulary = new Vocabulary();
  private readonly postingTerms = new PostingTerms(this.vocabulary);
  private shipped = 0;

  analyse(texts: AnalysedText[]): AnalysedPage {
    const sizes = new Uint32Array(texts.length * sizesPerPosting);
    const totals = new Float64Array(texts.length * fieldNames.length);
    const terms: number[] = [];
    const values: number[] = [];
    const append = (part: number, ids: Int32Array, partValues: ArrayLike<number>) => {
      sizes[part] = ids.length;
      for (let i = 0; i < ids.length; i++) {
        terms.push(ids[i]!);
        values.push(partValues[i]!);
      }
    };
    texts.forEach((text, posting) => {
      const { fields, keywords } = this.postingTerms.of(text);
      fieldNames.forEach((name, field) => {
        append(posting * sizesPerPosting + field, fields[name].terms, fields[name].counts);
        totals[posting * fieldNames.length + field] = fields[name].total;
      });
      append(posting * sizesPerPosting + fieldNames.length, keywords.terms, keywords.weights);
    });
    const newKeys = this.vocabulary.allKeys.slice(this.shipped);
    this.shipped = this.vocabulary.size;
    return {
      newKeys,
      sizes,
      totals,
      terms: Int32Array.from(terms),
      values: Float64Array.from(values),
    };
  }
}

/** What `postMessage` can move instead of copying. */
export function transferablesOf(page: AnalysedPage): ArrayBuffer[] {
  const { sizes, totals, terms, values } = page;
  return [sizes.buffer, totals.buffer, terms.buffer, values.buffer] as ArrayBuffer[];
}

/**
 * An analyser's term ids as the engine's. Its pages are indexed in the order it analysed them,
 * and each page's new keys are interned in the order the analyser met them, as the engine would
 * have met them analysing the same texts in the same order: the ids come out the same.
 */
export class ForeignVocabulary {
  private readonly ids: number[] = [];

  learn(keys: readonly string[], vocabulary: Vocabulary): void {
    for (const key of keys) this.ids.push(vocabulary.idOf(key));
  }

  idOf(foreignId: number): number {
    return this.ids[foreignId]!;
  }
}
