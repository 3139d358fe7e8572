import { conceptTerms, prefixMarker } from '../concepts';
import { snowballStemmer, type SupportedLanguage } from './snowball';
import { stopWords } from './stop-words';
import { foldDiacritics, tokenize } from './text-analyzer';

const clusterEnding = /(cie|sze)$/u;
const lStemmed = /^(.*ł)(a|u|owi|em|e|y|ów|om|ami|ach)?$/u;
const trailingVowels = /[aąeęioóuy]+$/u;

/**
 * One search key for every case form of a Polish noun or adjective. Snowball's Polish stemmer
 * strips endings but leaves the stem alternations of Polish inflection apart (obróbka/obróbce,
 * metoda/metodzie, zużycie/zużyciem), sometimes strips too much (stali → st, materiałem → matr)
 * and keeps the fleeting e of the genitive plural (obróbek). This repairs those cases and then
 * merges the alternating stem ends, so index and query meet on one key. A word of vowels only
 * ("e", "ą") has no stem: it is its own key, never an empty one (no tsquery or tsvector holds that).
 */
export function polishSearchKey(token: string): string {
  return polishStem(token) || foldDiacritics(token);
}

function polishStem(token: string): string {
  let stem = snowballStemmer('pl').stem(token);
  // "-cie" and "-sze" endings lose the consonant that the other case forms keep.
  if (clusterEnding.test(token) && stem === token.slice(0, -3)) stem += token.slice(-3, -1);
  // Nouns in -ał/-ił (materiał, wał) look like past-tense verbs to the stemmer.
  const lStem = lStemmed.exec(token)?.[1];
  if (lStem && stem.length < lStem.length) stem = lStem;
  if (stem.length < 3) stem = token.replace(trailingVowels, '');
  return foldDiacritics(stem)
    .replace(/([^aeiouy])i$/u, '$1') // przekładni-ę → przekładn
    .replace(/([^aeiouy])e([klnr])$/u, '$1$2') // obróbek → obróbk, wierteł → wiertł
    .replace(/(dz|g)$/u, 'd') // drodze, metodzie
    .replace(/[ct]$/u, 'k') // obróbce, robocie
    .replace(/sz$/u, 'ch') // blasze
    .replace(/rz$/u, 'r'); // kolorze
}

const searchKey = (token: string, language: SupportedLanguage): string =>
  language === 'pl' ? polishSearchKey(token) : foldDiacritics(snowballStemmer('en').stem(token));

/** One-letter words are not indexed, so a query does not ask for them either ("e-commerce"). */
const isIndexed = (token: string, language: SupportedLanguage) =>
  token.length >= 2 && !stopWords[language].has(token);

const indexedTokens = (text: string, language: SupportedLanguage) =>
  tokenize(text).filter((token) => isIndexed(token, language));

/** A query's language is unknown: its words are those either language would index. */
const queryTokens = (text: string) =>
  tokenize(text).filter((token) => isIndexed(token, 'pl') && isIndexed(token, 'en'));

/** Full-text index terms of a text in its language. */
export function analyzeForSearch(text: string, language: SupportedLanguage): string[] {
  return indexedTokens(text, language).map((token) => searchKey(token, language));
}

/** For a query of unknown language: each word's keys under both languages. */
export function analyzeSearchQuery(text: string): string[][] {
  return queryTokens(text).map((token) => [
    ...new Set([searchKey(token, 'pl'), searchKey(token, 'en')]),
  ]);
}

/**
 * Concept keys start with a digit, which no word's own key does: the two never meet by chance.
 * They are the matching engine's language-neutral keys (a Polish word's dictionary translations,
 * an English word's stem), so "frezowanie" and "milling" share one.
 */
const conceptMark = '0';

/**
 * A word's main concept keys in a language: a Polish word's first translations, not its lesser
 * senses (obróbka is machining, not also "process" and "treatment") nor the engine's fuzzy
 * prefix keys, which serve ranking but would let a filter match too much.
 */
function conceptKeys(token: string, language: SupportedLanguage): string[] {
  return conceptTerms(token, language)
    .filter((term) => term.weight === 1 && !term.key.startsWith(prefixMarker))
    .map((term) => term.key)
    .filter((key) => /^[a-z0-9]+$/.test(key))
    .map((key) => conceptMark + key);
}

/**
 * Each indexed word's search keys: its own key first, then its concept keys, which let a query
 * in the other language find it.
 */
export function analyzeForSearchAcrossLanguages(
  text: string,
  language: SupportedLanguage,
): string[][] {
  return indexedTokens(text, language).map((token) => [
    ...new Set([searchKey(token, language), ...conceptKeys(token, language)]),
  ]);
}

/** `analyzeSearchQuery`, each word also finding the same concept written in either language. */
export function analyzeSearchQueryAcrossLanguages(text: string): string[][] {
  return queryTokens(text).map((token) => [
    ...new Set([
      searchKey(token, 'pl'),
      searchKey(token, 'en'),
      ...conceptKeys(token, 'pl'),
      ...conceptKeys(token, 'en'),
    ]),
  ]);
}
