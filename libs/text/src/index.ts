export { snowballStemmer, type SupportedLanguage } from './analysis/snowball';
export * from './analysis/text-analyzer';
export * from './analysis/search-analyzer';
export * from './concepts';
export { lemmaOf } from './crosslingual/lexicon';
