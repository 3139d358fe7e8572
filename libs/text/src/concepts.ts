import { snowballStemmer, type SupportedLanguage } from './analysis/snowball';
import { genericWords, stopWords } from './analysis/stop-words';
import { tokenize } from './analysis/text-analyzer';
import { normalizeKey, transliteratePolishStem } from './crosslingual/cognates';
import { translationsOf } from './crosslingual/lexicon';

/** One language-neutral index term that a word of a text contributes. */
export interface ConceptTerm {
  key: string;
  weight: number;
  /** The word as written, for explanations. */
  surface: string;
}

/** Keys of the backoff field start with this, so they never collide with concept keys. */
export const prefixMarker = '~';
const prefixLength = 5;
const prefixWeight = 0.3;

/**
 * Maps a text into one key space shared by both languages: English words to their (normalised)
 * stems, Polish words to the stems of their dictionary translations, or, failing that, of their
 * English cognate. A short prefix key backs both up for names and loan words the rules miss
 * (Eeschema/Eeschemie).
 */
export function conceptTerms(text: string, language: SupportedLanguage): ConceptTerm[] {
  const terms: ConceptTerm[] = [];
  for (const surface of conceptWords(text, language)) {
    for (const { key, weight } of wordKeys(surface, language)) terms.push({ key, weight, surface });
  }
  return terms;
}

/** The words of a text that carry its subject, as written (lower case), in order. */
export function conceptWords(text: string, language: SupportedLanguage): string[] {
  return tokenize(text).filter(
    (word) =>
      word.length >= 2 && !stopWords[language].has(word) && !genericWords[language].has(word),
  );
}

export type WordKey = { key: string; weight: number };

/** Words repeat endlessly across postings: their keys are computed once per word. */
const memo: Record<SupportedLanguage, Map<string, WordKey[]>> = { pl: new Map(), en: new Map() };
const memoLimit = 500_000;

/** The index keys one word of a text contributes, with their weights. */
export function wordKeys(word: string, language: SupportedLanguage): readonly WordKey[] {
  const cache = memo[language];
  let keys = cache.get(word);
  if (!keys) {
    keys = computeWordKeys(word, language);
    if (cache.size >= memoLimit) cache.clear();
    cache.set(word, keys);
  }
  return keys;
}

function computeWordKeys(word: string, language: SupportedLanguage): WordKey[] {
  const stem = snowballStemmer(language).stem(word);
  const keys: WordKey[] = [];
  let prefixSource = word;
  if (language === 'en') {
    keys.push({ key: normalizeKey(stem), weight: 1 });
  } else {
    const translations = translationsOf(stem);
    if (translations) {
      for (const { keys: translated, weight } of translations) {
        for (const key of translated) keys.push({ key, weight: weight / translated.length });
      }
    } else {
      const cognate = snowballStemmer('en').stem(transliteratePolishStem(stem));
      prefixSource = cognate;
      keys.push({ key: normalizeKey(cognate), weight: 1 });
    }
  }
  const prefix = normalizeKey(prefixSource);
  if (prefix.length >= prefixLength) {
    keys.push({ key: prefixMarker + prefix.slice(0, prefixLength), weight: prefixWeight });
  }
  return keys;
}
