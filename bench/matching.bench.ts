/**
 * npm run bench:matching [-- --json] [-- --sizes 10000,100000] [-- --queries 50]
 *
 * Builds a seeded synthetic corpus of capabilities, then measures index build time, memory and
 * per-need top-50 matching latency of the engine, side by side with plain BM25 (MiniSearch) on
 * the same corpus and queries in the same run. Ratios are baseline / engine for times, so above
 * 1 means the engine is faster. Run with --expose-gc (the npm script does) for memory figures.
 */
import { MatchingEngine, type NeedProfile } from '@app/matching';
import MiniSearch from 'minisearch';
import { parseArgs } from 'node:util';
import { heapBytes, percentiles, round } from './stats';
import { SyntheticCorpus } from './synthetic-corpus';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    sizes: { type: 'string', default: '10000,100000' },
    queries: { type: 'string', default: '50' },
  },
});
const sizes = values.sizes!.split(',').map(Number);
const queryCount = Number(values.queries);
const today = '2026-11-26';
const topK = 50;

function measure(run: (need: NeedProfile) => void, needs: NeedProfile[]) {
  for (const need of needs.slice(0, 20)) run(need);
  const samples: number[] = [];
  const started = performance.now();
  for (const need of needs) {
    const before = performance.now();
    run(need);
    samples.push(performance.now() - before);
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    ...percentiles(samples),
    throughputPerSecond: Math.round((needs.length / seconds) * 100) / 100,
  };
}

function benchSize(size: number) {
  const corpus = new SyntheticCorpus(20261126);
  const capabilities = Array.from({ length: size }, (_, i) => corpus.capability(i));
  const needs = Array.from({ length: queryCount }, (_, i) => corpus.need(i));

  const engineHeap = heapBytes();
  let started = performance.now();
  const engine = new MatchingEngine();
  for (const capability of capabilities) engine.upsertCapability(capability);
  for (const need of needs) engine.upsertNeed(need);
  const engineBuildSeconds = (performance.now() - started) / 1000;
  const engineMemoryMb = (heapBytes() - engineHeap) / 2 ** 20;
  const engineLatency = measure(
    (need) => engine.matchesForNeed(need.id, today, { topK, threshold: 0 }),
    needs,
  );

  // A snapshot: its frames of postings, then the vocabulary of the keys they refer to (found by
  // a pass over the postings, so an erased posting's words are not written).
  started = performance.now();
  let framed = 0;
  for (const frame of engine.snapshotFrames()) framed += frame.postings.length;
  const framesMs = performance.now() - started;
  started = performance.now();
  const keys = engine.snapshotVocabulary().length;
  const vocabularyMs = performance.now() - started;

  const baselineHeap = heapBytes();
  started = performance.now();
  const search = new MiniSearch({
    fields: ['title', 'keywords', 'summary', 'description'],
    storeFields: [],
  });
  search.addAll(capabilities.map((c) => ({ ...c, keywords: c.keywords?.join(' ') })));
  const baselineBuildSeconds = (performance.now() - started) / 1000;
  const baselineMemoryMb = (heapBytes() - baselineHeap) / 2 ** 20;
  const baselineLatency = measure(
    (need) =>
      void search.search(`${need.title} ${need.summary} ${need.description}`).slice(0, topK),
    needs,
  );
  return {
    capabilities: size,
    queries: needs.length,
    engine: {
      buildSeconds: round(engineBuildSeconds),
      memoryMb: Math.round(engineMemoryMb),
      latencyMs: engineLatency,
    },
    snapshot: {
      postings: framed,
      keys,
      framesMs: Math.round(framesMs),
      vocabularyMs: Math.round(vocabularyMs),
      vocabularyOverFrames: round(vocabularyMs / framesMs),
    },
    baseline: {
      name: 'MiniSearch BM25',
      buildSeconds: round(baselineBuildSeconds),
      memoryMb: Math.round(baselineMemoryMb),
      latencyMs: baselineLatency,
    },
    ratios: {
      p95SpeedUp: round(baselineLatency.p95 / engineLatency.p95),
      p50SpeedUp: round(baselineLatency.p50 / engineLatency.p50),
      buildTime: round(baselineBuildSeconds / engineBuildSeconds),
      memory: round(baselineMemoryMb / Math.max(engineMemoryMb, 1)),
    },
  };
}

const results = sizes.map(benchSize);
if (values.json) {
  process.stdout.write(`${JSON.stringify({ node: process.version, topK, results })}\n`);
} else {
  for (const r of results) {
    process.stdout.write(
      [
        `${r.capabilities} capabilities, ${r.queries} needs, top-${topK} per need (Node ${process.version})`,
        `  engine:   build ${r.engine.buildSeconds}s, memory ${r.engine.memoryMb} MB, latency p50 ${r.engine.latencyMs.p50} ms, p95 ${r.engine.latencyMs.p95} ms, p99 ${r.engine.latencyMs.p99} ms, ${r.engine.latencyMs.throughputPerSecond} needs/s`,
        `  baseline: build ${r.baseline.buildSeconds}s, memory ${r.baseline.memoryMb} MB, latency p50 ${r.baseline.latencyMs.p50} ms, p95 ${r.baseline.latencyMs.p95} ms, p99 ${r.baseline.latencyMs.p99} ms, ${r.baseline.latencyMs.throughputPerSecond} needs/s`,
        `  snapshot: ${r.snapshot.postings} postings in frames ${r.snapshot.framesMs} ms; vocabulary of referenced keys (${r.snapshot.keys}) ${r.snapshot.vocabularyMs} ms, ×${r.snapshot.vocabularyOverFrames} of the frames`,
        `  baseline/engine: p95 ×${r.ratios.p95SpeedUp}, p50 ×${r.ratios.p50SpeedUp}, build ×${r.ratios.buildTime}, memory ×${r.ratios.memory}`,
        '',
      ].join('\n'),
    );
  }
}
