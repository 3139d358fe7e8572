import { type TranslationKeys, ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as pl from '@zxcvbn-ts/language-pl';
import type { Language } from '../enums';
import { foldDiacritics } from '@app/text';

/** zxcvbn's score 3: "safely unguessable", about 10^8 guesses or more. */
const minimumScore = 3;

let estimator: ZxcvbnFactory | undefined;

/**
 * Words of this service's own context, which NIST SP 800-63B asks to refuse in passwords: the
 * words for "password" (zxcvbn's Polish lists rank "hasło" as a common word, not a password)
 * and the platform's own name.
 */
const platformWords = ['haslo', 'password', 'haselko', 'passwort', 'platforma', 'matchmaking'];

const foldedOnly = (words: string[]): string[] =>
  words.map((word) => foldDiacritics(word)).filter((folded, index) => folded !== words[index]);

/** Built on first use (~0.3 s, ~50 MB): only processes that set passwords pay for it. */
function strengthEstimator(): ZxcvbnFactory {
  // Polish words are typed without their diacritics too ("haslo"): those spellings are listed.
  const polish = Object.fromEntries(
    Object.entries(pl.dictionary).flatMap(([name, words]) => [
      [`${name}-pl`, words],
      [`${name}-pl-folded`, foldedOnly(words as string[])],
    ]),
  );
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, ...polish, platform: platformWords },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return estimator;
}

const translations: Record<Language, TranslationKeys> = {
  en: en.translations,
  pl: pl.translations as TranslationKeys,
};

/** zxcvbn's English feedback in the user's language, by its translation key. */
function translate(text: string, language: Language): string {
  for (const group of ['warnings', 'suggestions'] as const) {
    const key = Object.entries(en.translations[group]).find(([, english]) => english === text)?.[0];
    const translated = key && (translations[language][group] as Record<string, string>)[key];
    if (translated) return translated;
  }
  return text;
}

const messages = {
  tooWeak: { en: 'Password is too easy to guess', pl: 'Hasło jest zbyt łatwe do odgadnięcia' },
  personal: {
    en: 'Password must not contain your e-mail address or name',
    pl: 'Hasło nie może zawierać Twojego adresu e-mail ani imienia i nazwiska',
  },
  addWords: {
    en: 'Add a few uncommon words, or make it longer',
    pl: 'Dodaj kilka nietypowych słów albo wydłuż hasło',
  },
} satisfies Record<string, Record<Language, string>>;

/** Parts of the e-mail address and name of at least three letters, folded for comparison. */
function personalWords(personal: string[]): string[] {
  return personal
    .flatMap((text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .filter((word) => word.length >= 3)
    .map(foldDiacritics);
}

/**
 * Why the password is too weak, in the user's language, or null when it is strong enough:
 * zxcvbn with English and Polish dictionaries (common passwords, words, names), plus a plain
 * refusal of passwords built from the user's own e-mail address or name.
 */
export function passwordWeakness(
  password: string,
  personal: string[],
  language: Language,
): string | null {
  const folded = foldDiacritics(password.toLowerCase());
  if (personalWords(personal).some((word) => folded.includes(word))) {
    return messages.personal[language];
  }
  // As typed, and with its diacritics folded, the way it would be typed on any keyboard.
  const { score, feedback } = [password, foldDiacritics(password)]
    .map((candidate) => strengthEstimator().check(candidate, personal))
    .reduce((weakest, result) => (result.score < weakest.score ? result : weakest));
  if (score >= minimumScore) return null;
  const reasons = [feedback.warning, ...feedback.suggestions]
    .filter((text): text is string => Boolean(text))
    .map((text) => translate(text, language));
  // zxcvbn's own sentences end with a full stop; joined, they end with one each.
  return [
    messages.tooWeak[language],
    ...(reasons.length > 0 ? reasons : [messages.addWords[language]]),
  ]
    .map((sentence) => sentence.replace(/\.+$/, ''))
    .join('. ');
}
