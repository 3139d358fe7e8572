import { snowballStemmer, type SupportedLanguage } from './snowball';
import { stopWords } from './stop-words';

/** Hyphens and apostrophes split words ("CAD-owe" → cad, owe), as every other non-letter does. */
const tokenPattern = /[\p{L}\p{N}]+/gu;
const polishLetters = /[ąćęłńóśźż]/g;
const diacriticFold: Record<string, string> = {
  ą: 'a',
  ć: 'c',
  ę: 'e',
  ł: 'l',
  ń: 'n',
  ó: 'o',
  ś: 's',
  ź: 'z',
  ż: 'z',
};

export function tokenize(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(tokenPattern) ?? [];
}

/** Folds Polish diacritics so that "obrobka" typed on an English keyboard still finds "obróbka". */
export function foldDiacritics(term: string): string {
  return term.replace(polishLetters, (letter) => diacriticFold[letter] ?? letter);
}

/**
 * Guesses Polish or English from diacritics and stop words. Short or ambiguous texts default
 * to the caller's fallback rather than a coin toss.
 */
export function detectLanguage(
  text: string,
  fallback: SupportedLanguage = 'en',
): SupportedLanguage {
  const tokens = tokenize(text);
  let polish = (text.toLowerCase().match(polishLetters) ?? []).length * 0.5;
  let english = 0;
  for (const token of tokens) {
    if (stopWords.pl.has(token)) polish += 1;
    if (stopWords.en.has(token)) english += 1;
  }
  if (polish === english) return fallback;
  return polish > english ? 'pl' : 'en';
}

/** Index terms of a text: tokens without stop words, stemmed in its language, diacritics folded. */
export function analyze(text: string, language: SupportedLanguage): string[] {
  const stemmer = snowballStemmer(language);
  const terms: string[] = [];
  for (const token of tokenize(text)) {
    if (token.length < 2 || stopWords[language].has(token)) continue;
    terms.push(foldDiacritics(stemmer.stem(token)));
  }
  return terms;
}
