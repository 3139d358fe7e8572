/** Changes whenever scoring changes, so stored matches say which rules produced them. */
export const engineVersion = '2026.12.1';

export type FieldName = 'title' | 'keywords' | 'summary' | 'description';
export const fieldNames: readonly FieldName[] = ['title', 'keywords', 'summary', 'description'];

export type FactorName =
  'topic' | 'keywords' | 'trl' | 'collaboration' | 'geography' | 'feasibility';
export const factorNames: readonly FactorName[] = [
  'topic',
  'keywords',
  'trl',
  'collaboration',
  'geography',
  'feasibility',
];

export interface MatchingConfig {
  version: string;
  /** BM25F: how much a term occurrence in each field counts, and how much field length dampens it. */
  fieldWeights: Record<FieldName, number>;
  fieldLengthNormalisation: Record<FieldName, number>;
  k1: number;
  /** Pseudo-postings added to the corpus size in IDF (see MatchingEngine.idf). */
  backgroundDocuments: number;
  /** The query terms retrieval follows, most informative first; re-ranking reads them all. */
  maxQueryTerms: number;
  /** How many retrieved candidates are re-ranked with every factor. */
  candidatePool: number;
  /** Weights of the factors in the final score; factors without data drop out and the rest rescale. */
  weights: Record<FactorName, number>;
  /** Pairs scoring below this are not proposed. */
  threshold: number;
  /** Nor are pairs whose texts are about different things, however well the rest fits. */
  minimumTopic: number;
  /**
   * Below this topic, the structured factors (TRL, collaboration, place, feasibility) count in
   * proportion to it: they refine a pair whose subjects fit, they do not make one relevant.
   */
  relevantTopic: number;
  /** At most this many matches are kept per need (and per capability). */
  topK: number;
}

export const defaultMatchingConfig: MatchingConfig = {
  version: engineVersion,
  fieldWeights: { title: 2.5, keywords: 2, summary: 1.5, description: 1 },
  fieldLengthNormalisation: { title: 0.4, keywords: 0.3, summary: 0.6, description: 0.75 },
  k1: 1.2,
  backgroundDocuments: 1000,
  maxQueryTerms: 48,
  candidatePool: 200,
  weights: {
    topic: 0.45,
    keywords: 0.15,
    trl: 0.15,
    collaboration: 0.1,
    geography: 0.07,
    feasibility: 0.08,
  },
  threshold: 0.4,
  minimumTopic: 0.3,
  relevantTopic: 0.5,
  topK: 20,
};

/** A cluster may override weights, threshold or top-k; everything else stays the platform's. */
export type MatchingOverrides = Partial<Pick<MatchingConfig, 'threshold' | 'topK'>> & {
  weights?: Partial<Record<FactorName, number>>;
};

export function withOverrides(
  base: MatchingConfig,
  overrides: MatchingOverrides = {},
): MatchingConfig {
  return {
    ...base,
    threshold: overrides.threshold ?? base.threshold,
    topK: overrides.topK ?? base.topK,
    weights: { ...base.weights, ...overrides.weights },
  };
}
