import { snowballStemmer, type SupportedLanguage } from './analysis/snowball';
import { stopWords } from './analysis/stop-words';
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
  const stemmer = snowballStemmer(language);
  const english = snowballStemmer('en');
  const terms: ConceptTerm[] = [];
  for (const surface of tokenize(text)) {
    if (surface.length < 2 || stopWords[language].has(surface)) continue;
    const stem = stemmer.stem(surface);
    let prefixSource = surface;
    if (language === 'en') {
      terms.push({ key: normalizeKey(stem), weight: 1, surface });
    } else {
      const translations = translationsOf(stem);
      if (translations) {
        for (const { keys, weight } of translations) {
          for (const key of keys) terms.push({ key, weight: weight / keys.length, surface });
        }
      } else {
        const cognate = english.stem(transliteratePolishStem(stem));
        prefixSource = cognate;
        terms.push({ key: normalizeKey(cognate), weight: 1, surface });
      }
    }
    const prefix = normalizeKey(prefixSource);
    if (prefix.length >= prefixLength) {
      terms.push({
        key: prefixMarker + prefix.slice(0, prefixLength),
        weight: prefixWeight,
        surface,
      });
    }
  }
  return terms;
}
