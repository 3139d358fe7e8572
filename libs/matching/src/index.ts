export * from './evaluation/metrics';
export * from './profiles';
export * from './engine';
export * from './scoring/config';
export * from './explain/reasons';
export * from './top-k-merge';
export * from './analysed-pages';
export type { AnalysedText } from './index/posting-terms';
