import { conceptWords, type SupportedLanguage, wordKeys } from '@app/text';
import type { PostingProfile, PostingTexts } from '../profiles';
import type { FieldTerms, KeywordTerms } from './side-index';
import { TermAccumulator, type TermCounts } from './term-vector';
import type { Vocabulary } from './vocabulary';

/** What analysis reads of a posting. */
export type AnalysedText = PostingTexts & Pick<PostingProfile, 'language'>;

export interface PostingTermCounts {
  fields: FieldTerms;
  keywords: KeywordTerms;
}

interface WordTerm {
  id: number;
  weight: number;
}

const wordCacheLimit = 200_000;

/**
 * The text analysis of a posting, as term ids of one vocabulary: what the engine indexes. Words
 * repeat endlessly across postings, so each word's term ids are looked up once.
 */
export class PostingTerms {
  private readonly counting = new TermAccumulator();
  private readonly wordTerms: Record<SupportedLanguage, Map<string, WordTerm[]>> = {
    pl: new Map(),
    en: new Map(),
  };

  constructor(private readonly vocabulary: Vocabulary) {}

  of(profile: AnalysedText): PostingTermCounts {
    const { keywords = [], methods = [], equipment = [] } = profile;
    const counts = (text: string) => this.termCounts(text, profile.language);
    return {
      fields: {
        title: counts(profile.title),
        keywords: counts(keywords.join(' . ')),
        summary: counts([profile.summary ?? '', ...methods, ...equipment].join(' . ')),
        description: counts(profile.description),
      },
      keywords: this.keywordTerms(keywords, profile.language),
    };
  }

  private termCounts(text: string, language: SupportedLanguage): TermCounts {
    for (const word of conceptWords(text, language)) {
      for (const { id, weight } of this.termsOfWord(word, language)) this.counting.add(id, weight);
    }
    return this.counting.take();
  }

  /** Each keyword's concept terms (no back-off keys), tagged with the keyword's number. */
  private keywordTerms(keywords: string[], language: SupportedLanguage): KeywordTerms {
    const terms: number[] = [];
    const keywordNumbers: number[] = [];
    for (const keyword of keywords) {
      const before = terms.length;
      for (const word of conceptWords(keyword, language)) {
        for (const { id } of this.termsOfWord(word, language)) {
          if (!this.vocabulary.isBackoff(id)) terms.push(id);
        }
      }
      const keywordNumber = keywordNumbers.length > 0 ? keywordNumbers.at(-1)! + 1 : 0;
      for (let i = before; i < terms.length; i++) keywordNumbers.push(keywordNumber);
    }
    return { terms: Int32Array.from(terms), weights: Float32Array.from(keywordNumbers) };
  }

  private termsOfWord(word: string, language: SupportedLanguage): WordTerm[] {
    const cache = this.wordTerms[language];
    let terms = cache.get(word);
    if (!terms) {
      terms = wordKeys(word, language).map(({ key, weight }) => ({
        id: this.vocabulary.idOf(key),
        weight,
      }));
      if (cache.size >= wordCacheLimit) cache.clear();
      cache.set(word, terms);
    }
    return terms;
  }
}
