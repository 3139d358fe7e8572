export type { SupportedLanguage } from './analysis/snowball';
export * from './analysis/text-analyzer';
export * from './analysis/search-analyzer';
export * from './evaluation/metrics';
export * from './profiles';
export * from './engine';
export * from './scoring/config';
export * from './concepts';
export * from './explain/reasons';
