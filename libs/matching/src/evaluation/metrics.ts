/** Ranking metrics as the evaluation sets define them (linear gain, ties broken by id upstream). */
export type Relevance = Record<string, number>;

const dcg = (gains: number[]) =>
  gains.slice(0, 10).reduce((sum, gain, i) => sum + gain / Math.log2(i + 2), 0);

export function ndcgAt10(ranked: string[], relevance: Relevance): number {
  const ideal = dcg(Object.values(relevance).sort((a, b) => b - a));
  return ideal === 0 ? 0 : dcg(ranked.map((id) => relevance[id] ?? 0)) / ideal;
}

/** Reciprocal rank of the first relevant item within the top 10. */
export function mrrAt10(ranked: string[], relevance: Relevance): number {
  const rank = ranked.slice(0, 10).findIndex((id) => (relevance[id] ?? 0) > 0);
  return rank === -1 ? 0 : 1 / (rank + 1);
}

/** Whether the top item is one of the most relevant. */
export function recallAt1(ranked: string[], relevance: Relevance): number {
  const best = Math.max(...Object.values(relevance));
  return ranked.length > 0 && best > 0 && (relevance[ranked[0]!] ?? 0) === best ? 1 : 0;
}

/** Share of differently graded candidate pairs ranked in grade order; ties count half. */
export function pairwiseAccuracy(
  scores: Map<string, number>,
  relevance: Relevance,
  candidates: string[],
): { correct: number; pairs: number } {
  let correct = 0;
  let pairs = 0;
  for (let i = 0; i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) {
      const [a, b] = [candidates[i]!, candidates[j]!];
      const gradeA = relevance[a] ?? 0;
      const gradeB = relevance[b] ?? 0;
      if (gradeA === gradeB) continue;
      pairs++;
      const scoreA = scores.get(a) ?? 0;
      const scoreB = scores.get(b) ?? 0;
      if (scoreA === scoreB) correct += 0.5;
      else if (scoreA > scoreB === gradeA > gradeB) correct += 1;
    }
  }
  return { correct, pairs };
}

/** Sorts candidates by score, highest first, ties by id ascending (as both sets prescribe). */
export function rankByScore(candidates: string[], scores: Map<string, number>): string[] {
  return [...candidates].sort(
    (a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
  );
}
