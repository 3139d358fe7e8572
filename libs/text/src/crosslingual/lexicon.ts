import { snowballStemmer } from '../analysis/snowball';
import { foldDiacritics } from '../analysis/text-analyzer';
import { normalizeKey } from './cognates';
import lexiconData from './pl-en-lexicon.json';

export interface Translation {
  /** Normalised English stems of the translation's words. */
  keys: string[];
  weight: number;
}

let polishToEnglish: Map<string, Translation[]> | undefined;
let lemmas: Map<string, string> | undefined;

/** English translations of a Polish stem, the first (most usual) sense weighted highest. */
export function translationsOf(polishStem: string): Translation[] | undefined {
  polishToEnglish ??= buildLexicon(lexiconData.entries);
  return polishToEnglish.get(foldDiacritics(polishStem));
}

/** The dictionary form of a Polish stem the lexicon knows ("jakośc" → "jakość"), for display. */
export function lemmaOf(polishStem: string): string | undefined {
  polishToEnglish ??= buildLexicon(lexiconData.entries);
  return lemmas!.get(foldDiacritics(polishStem));
}

export function lexiconSize(): number {
  polishToEnglish ??= buildLexicon(lexiconData.entries);
  return polishToEnglish.size;
}

function buildLexicon(entries: Record<string, string>): Map<string, Translation[]> {
  const polish = snowballStemmer('pl');
  const english = snowballStemmer('en');
  const lexicon = new Map<string, Translation[]>();
  lemmas = new Map();
  for (const [lemma, translations] of Object.entries(entries)) {
    if (lemma.includes(' ')) continue;
    const senses = translations.split(',').map((sense, index) => ({
      keys: sense
        .trim()
        .toLowerCase()
        .split(/[\s-]+/)
        .filter(Boolean)
        .map((word) => normalizeKey(english.stem(word))),
      weight: index === 0 ? 1 : 0.4,
    }));
    const stem = foldDiacritics(polish.stem(lemma.toLowerCase()));
    lexicon.set(stem, senses);
    if (!lemmas.has(stem)) lemmas.set(stem, lemma.toLowerCase());
  }
  return lexicon;
}
