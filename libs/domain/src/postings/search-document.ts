import {
  analyzeForSearchAcrossLanguages,
  analyzeSearchQueryAcrossLanguages,
  type SupportedLanguage,
} from '@app/text';

/** PostgreSQL full-text weights, from most to least important field. */
export type SearchWeight = 'A' | 'B' | 'C' | 'D';

export interface WeightedText {
  text: string;
  weight: SearchWeight;
}

const maxPosition = 16383;

/**
 * Builds a `tsvector` literal from text stemmed by our own analyser: PostgreSQL has no Polish
 * stemmer, so the database only stores and indexes what the application stemmed. A change to
 * the analyser needs a migration that rebuilds the stored documents. Lexemes are
 * letters and digits only, so they need no escaping.
 */
export function buildSearchDocument(parts: WeightedText[], language: SupportedLanguage): string {
  const lexemes = new Map<string, string[]>();
  let position = 0;
  for (const { text, weight } of parts) {
    for (const keys of analyzeForSearchAcrossLanguages(text, language)) {
      position = Math.min(position + 1, maxPosition);
      // A word's concept keys share its position, as synonyms do in PostgreSQL's own dictionaries.
      for (const key of keys) {
        const positions = lexemes.get(key) ?? [];
        positions.push(`${position}${weight}`);
        lexemes.set(key, positions);
      }
    }
  }
  return [...lexemes].map(([term, positions]) => `'${term}':${positions.join(',')}`).join(' ');
}

/**
 * A `to_tsquery('simple', …)` expression: every word must match, by either language's stem or by
 * a concept it shares with a word of the other language.
 */
export function buildSearchQuery(text: string): string | null {
  const words = analyzeSearchQueryAcrossLanguages(text).map(
    (forms) => `(${forms.map((form) => `'${form}'`).join(' | ')})`,
  );
  return words.length > 0 ? words.join(' & ') : null;
}
