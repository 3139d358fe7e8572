import { foldDiacritics } from '../analysis/text-analyzer';

/**
 * Polish and English share thousands of Latin- and Greek-rooted technical words
 * (symulacja/simulation, konfiguracja/configuration, magnetyczny/magnetic). These rules rewrite
 * a Polish Snowball stem into the English spelling of the same root, so that the English stemmer
 * then gives the key an English word would get. Order matters: longest suffixes first.
 */
const suffixRules: [RegExp, string][] = [
  [/ifikacj$/, 'ification'],
  [/izacj$/, 'ization'],
  [/acj$/, 'ation'],
  [/ycj$|icj$/, 'ition'],
  [/ucj$/, 'ution'],
  [/sj$/, 'sion'],
  [/cj$/, 'tion'],
  [/ologi$/, 'ology'],
  [/ografi$/, 'ography'],
  [/acyjn$/, 'ative'],
  [/yjn$/, 'ive'],
  [/ywn$|iwn$/, 'ive'],
  [/yczn$|iczn$/, 'ic'],
  [/aln$/, 'al'],
  [/arn$/, 'ary'],
  [/yzm$|izm$/, 'ism'],
  [/yk$|ik$/, 'ics'],
  [/iz$|yz$/, 'ysis'],
  [/ow$/, ''],
];

const letterRules: [RegExp, string][] = [
  [/sz/g, 'sh'],
  [/cz/g, 'ch'],
  [/w/g, 'v'],
];

export function transliteratePolishStem(stem: string): string {
  let word = foldDiacritics(stem);
  for (const [pattern, replacement] of suffixRules) {
    if (pattern.test(word)) {
      word = word.replace(pattern, replacement);
      break;
    }
  }
  for (const [pattern, replacement] of letterRules) word = word.replace(pattern, replacement);
  return word;
}

/**
 * Spelling differences that carry no meaning in either language (organise/organize, k/c, y/i,
 * doubled letters) are folded away in every key, Polish-derived or English.
 */
export function normalizeKey(key: string): string {
  return foldDiacritics(key)
    .replace(/ph/g, 'f')
    .replace(/k/g, 'c')
    .replace(/z/g, 's')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}
