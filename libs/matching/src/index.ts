export type { SupportedLanguage } from './analysis/snowball';
export * from './analysis/text-analyzer';
