/**
 * npm run eval:matching -- --data <dir> [--json] [--rankings <file>]
 *
 * Ranks each query's candidates of a labelled set (JSON Lines, see the data set READMEs) with the
 * real engine and with plain BM25 (MiniSearch) on the same texts, and prints nDCG@10, MRR@10,
 * Recall@1 and pairwise accuracy for both. Queries are indexed as needs and items as
 * capabilities; the pair score is symmetric, so the direction does not change the ranking.
 */
import {
  type CapabilityProfile,
  MatchingEngine,
  mrrAt10,
  ndcgAt10,
  type NeedProfile,
  pairwiseAccuracy,
  rankByScore,
  recallAt1,
  type Relevance,
} from '@app/matching';
import MiniSearch from 'minisearch';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

interface Record_ {
  id: string;
  title?: string;
  text: string;
  lang?: string;
  keywords?: string[];
  sectors?: string[];
  trl?: number;
  trlMin?: number;
  trlMax?: number;
  collaborationTypes?: string[];
  organisation?: { city?: string; region?: string; country?: string };
}
interface Query extends Record_ {
  candidates: string[];
  relevance: Relevance;
}

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    json: { type: 'boolean', default: false },
    rankings: { type: 'string' },
  },
});
if (!values.data) {
  process.stderr.write(
    'usage: npm run eval:matching -- --data <dir> [--json] [--rankings <file>]\n',
  );
  process.exit(2);
}
const readJsonLines = <T>(file: string): T[] =>
  readFileSync(join(values.data!, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);

const items = readJsonLines<Record_>('items.jsonl');
const queries = readJsonLines<Query>('queries.jsonl');
const today = new Date().toISOString().slice(0, 10);

const profile = (record: Record_) => ({
  id: record.id,
  language: record.lang === 'pl' ? ('pl' as const) : ('en' as const),
  title: record.title ?? '',
  description: record.text,
  keywords: record.keywords,
  sectors: record.sectors,
  collaborationTypes: record.collaborationTypes,
  place: record.organisation,
});

function rankWithEngine(): Map<string, Map<string, number>> {
  const engine = new MatchingEngine();
  for (const item of items)
    engine.upsertCapability({ ...profile(item), trl: item.trl } satisfies CapabilityProfile);
  for (const query of queries) {
    engine.upsertNeed({
      ...profile(query),
      trlMin: query.trlMin,
      trlMax: query.trlMax,
    } satisfies NeedProfile);
  }
  return new Map(
    queries.map((query) => [
      query.id,
      new Map(
        engine
          .rankCandidates('need', query.id, query.candidates, today)
          .map((pair) => [pair.capabilityId, pair.score]),
      ),
    ]),
  );
}

function rankWithBaseline(): Map<string, Map<string, number>> {
  const search = new MiniSearch<Record_>({ fields: ['title', 'text'], storeFields: [] });
  search.addAll(items);
  return new Map(
    queries.map((query) => {
      const candidates = new Set(query.candidates);
      const hits = search.search(`${query.title ?? ''} ${query.text}`, {
        filter: (hit) => candidates.has(hit.id),
      });
      return [query.id, new Map(hits.map((hit) => [hit.id as string, hit.score]))];
    }),
  );
}

function evaluate(scores: Map<string, Map<string, number>>) {
  let ndcg = 0;
  let mrr = 0;
  let recall = 0;
  let correct = 0;
  let pairs = 0;
  const rankings: { query: string; ranked: string[] }[] = [];
  for (const query of queries) {
    const queryScores = scores.get(query.id)!;
    const ranked = rankByScore(query.candidates, queryScores);
    rankings.push({ query: query.id, ranked });
    ndcg += ndcgAt10(ranked, query.relevance);
    mrr += mrrAt10(ranked, query.relevance);
    recall += recallAt1(ranked, query.relevance);
    const pairwise = pairwiseAccuracy(queryScores, query.relevance, query.candidates);
    correct += pairwise.correct;
    pairs += pairwise.pairs;
  }
  const n = queries.length;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    metrics: {
      ndcgAt10: round(ndcg / n),
      mrrAt10: round(mrr / n),
      recallAt1: round(recall / n),
      pairwiseAccuracy: round(pairs ? correct / pairs : 0),
      pairs,
    },
    rankings,
  };
}

const started = performance.now();
const engine = evaluate(rankWithEngine());
const engineSeconds = (performance.now() - started) / 1000;
const baseline = evaluate(rankWithBaseline());
const report = {
  data: values.data,
  queries: queries.length,
  items: items.length,
  engine: engine.metrics,
  baseline: { name: 'MiniSearch BM25 (title+text)', ...baseline.metrics },
  ratio: {
    ndcgAt10: Math.round((engine.metrics.ndcgAt10 / baseline.metrics.ndcgAt10) * 1000) / 1000,
  },
  engineSeconds: Math.round(engineSeconds * 100) / 100,
};
if (values.rankings)
  writeFileSync(
    values.rankings,
    engine.rankings.map((row) => JSON.stringify(row)).join('\n') + '\n',
  );
if (values.json) {
  process.stdout.write(`${JSON.stringify(report)}\n`);
} else {
  const row = (name: string, m: typeof engine.metrics) =>
    `${name.padEnd(30)} ${String(m.ndcgAt10).padStart(8)} ${String(m.mrrAt10).padStart(8)} ${String(m.recallAt1).padStart(9)} ${String(m.pairwiseAccuracy).padStart(9)}`;
  process.stdout.write(
    [
      `${values.data}: ${queries.length} queries, ${items.length} items (engine ${report.engineSeconds}s)`,
      `${''.padEnd(30)} ${'nDCG@10'.padStart(8)} ${'MRR@10'.padStart(8)} ${'Recall@1'.padStart(9)} ${'pairwise'.padStart(9)}`,
      row(`engine ${report.engine ? '' : ''}`.trim(), engine.metrics),
      row('baseline (MiniSearch BM25)', baseline.metrics),
      `engine / baseline nDCG@10: ${report.ratio.ndcgAt10}`,
      '',
    ].join('\n'),
  );
}
