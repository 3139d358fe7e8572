/**
 * npm run bench:retrieval [-- --json] [-- --capabilities 100000] [-- --queries 200]
 *   [-- --query-terms 48,16] [-- --explain]
 *
 * Candidate retrieval held in PostgreSQL instead of the worker's memory, against the engine's
 * own retrieval (the named baseline) on the same synthetic corpus and needs in the same run.
 * Every capability's analysed terms go into a postings table of a fresh database (term,
 * capability, term frequency; a B-tree on the term that covers the other two, so a term's
 * postings are an index-only range scan). For each need the engine names its retrieval terms
 * and their weights, PostgreSQL sums the same BM25 contributions and returns the candidate pool,
 * and the engine scores only those (`matchesAmong`). Reported: the table's size and load time,
 * per-need latency and the PostgreSQL backend's CPU, and how many needs get the very list the
 * engine's own retrieval gives. Fewer query terms (`--query-terms`) trade that for speed.
 * `--explain` prints the plan of one need's retrieval (EXPLAIN ANALYZE, BUFFERS) to stderr.
 */
import { MatchingEngine, type NeedProfile, type ScoredPair } from '@app/matching';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { measureCpu } from './pipeline/cpu-usage';
import { heapBytes, percentiles, round } from './stats';
import { SyntheticCorpus } from './synthetic-corpus';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    capabilities: { type: 'string', default: '100000' },
    queries: { type: 'string', default: '200' },
    'query-terms': { type: 'string', default: '48,16' },
    explain: { type: 'boolean', default: false },
  },
});
const capabilityCount = Number(values.capabilities);
const queryCount = Number(values.queries);
const queryTermCounts = values['query-terms']!.split(',').map(Number);
const today = '2026-11-26';

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const urlOf = (name: string) => new URL(`/${name}`, serverUrl).toString();
const databaseName = `bench_retrieval_${process.pid}`;

const candidatesSql = `
  SELECT t.capability AS number
  FROM unnest($1::text[], $2::float8[]) AS q(term, weight)
  JOIN capability_terms t ON t.term = q.term
  GROUP BY t.capability
  ORDER BY sum(q.weight * t.tf / ($3 + t.tf)) DESC, t.capability
  LIMIT $4`;

function buildEngine(needs: NeedProfile[]) {
  const corpus = new SyntheticCorpus(20261126);
  const before = heapBytes();
  const engine = new MatchingEngine();
  for (let i = 0; i < capabilityCount; i++) engine.upsertCapability(corpus.capability(i));
  for (const need of needs) engine.upsertNeed(need);
  engine.trimToSize();
  return { engine, memoryMb: Math.round((heapBytes() - before) / 2 ** 20) };
}

/**
 * The capabilities' postings as the engine weighed them, one statement per snapshot frame. A
 * capability is a number here (as a posting would have a sequence number beside its uuid): the
 * aggregate hashes and sorts 4 bytes instead of a text id. Gives back the ids by number.
 */
async function loadPostings(engine: MatchingEngine, db: DataSource) {
  const started = performance.now();
  await db.query(
    `CREATE TABLE capability_terms (term text NOT NULL, capability integer NOT NULL, tf real NOT NULL)`,
  );
  const vocabulary = engine.snapshotVocabulary();
  const ids: string[] = [];
  let rows = 0;
  for (const frame of engine.snapshotFrames()) {
    if (frame.side !== 'capability') continue;
    const terms: string[] = [];
    const numbers: number[] = [];
    const tfs: number[] = [];
    for (const { document } of frame.postings) {
      document.vector.terms.forEach((term, i) => {
        terms.push(vocabulary[term]!);
        numbers.push(ids.length);
        tfs.push(document.vector.weights[i]!);
      });
      ids.push(document.id);
    }
    await db.query(
      `INSERT INTO capability_terms SELECT * FROM unnest($1::text[], $2::int[], $3::real[])`,
      [terms, numbers, tfs],
    );
    rows += terms.length;
  }
  await db.query(
    `CREATE INDEX capability_terms_by_term ON capability_terms (term) INCLUDE (capability, tf)`,
  );
  await db.query(`VACUUM ANALYZE capability_terms`);
  const [{ table, index }] = await db.query(
    `SELECT pg_table_size('capability_terms') AS table,
            pg_relation_size('capability_terms_by_term') AS index`,
  );
  return {
    ids,
    rows,
    loadSeconds: round((performance.now() - started) / 1000),
    tableMb: Math.round(Number(table) / 2 ** 20),
    indexMb: Math.round(Number(index) / 2 ** 20),
  };
}

const sameList = (a: ScoredPair[], b: ScoredPair[]) =>
  a.length === b.length && a.every((pair, i) => pair.capabilityId === b[i]!.capabilityId);

const overlap = (a: ScoredPair[], b: ScoredPair[]) => {
  const ids = new Set(a.map((pair) => pair.capabilityId));
  return b.length === 0 ? 1 : b.filter((pair) => ids.has(pair.capabilityId)).length / b.length;
};

async function retrieveInPostgres(
  engine: MatchingEngine,
  db: DataSource,
  ids: string[],
  needs: NeedProfile[],
  own: Map<string, ScoredPair[]>,
  termCount: number,
) {
  const [{ pid }] = await db.query(`SELECT pg_backend_pid() AS pid`);
  // A need's postings can touch most capabilities: the aggregate must not spill to disk.
  await db.query(`SET work_mem = '64MB'`);
  const { k1, candidatePool } = engine.config;
  const retrieve = async (need: NeedProfile) => {
    const terms = engine.retrievalTerms('need', need.id).slice(0, termCount);
    const rows: { number: number }[] = await db.query(candidatesSql, [
      terms.map((term) => term.key),
      terms.map((term) => term.weight),
      k1,
      candidatePool,
    ]);
    return rows.map((row) => ids[row.number]!);
  };
  for (const need of needs.slice(0, 20)) await retrieve(need);
  if (values.explain) {
    const terms = engine.retrievalTerms('need', needs[0]!.id).slice(0, termCount);
    const plan: { 'QUERY PLAN': string }[] = await db.query(
      `EXPLAIN (ANALYZE, BUFFERS) ${candidatesSql}`,
      [terms.map((term) => term.key), terms.map((term) => term.weight), k1, candidatePool],
    );
    process.stderr.write(`${plan.map((row) => row['QUERY PLAN']).join('\n')}\n`);
  }

  const queryMs: number[] = [];
  const totalMs: number[] = [];
  let identical = 0;
  let overlapSum = 0;
  const cpu = measureCpu(() => ({ postgres: [pid], bench: [process.pid] }));
  for (const need of needs) {
    const started = performance.now();
    const candidates = await retrieve(need);
    queryMs.push(performance.now() - started);
    const list = engine.matchesAmong('need', need.id, candidates, today);
    totalMs.push(performance.now() - started);
    const expected = own.get(need.id)!;
    if (sameList(list, expected)) identical++;
    overlapSum += overlap(list, expected);
  }
  const cpuMs = cpu();
  return {
    queryTerms: termCount,
    queryMs: percentiles(queryMs),
    retrievalAndScoringMs: percentiles(totalMs),
    postgresCpuMsPerNeed: round(cpuMs.postgres! / needs.length),
    benchCpuMsPerNeed: round(cpuMs.bench! / needs.length),
    identicalLists: round(identical / needs.length, 3),
    meanOverlap: round(overlapSum / needs.length, 3),
  };
}

function retrieveInMemory(engine: MatchingEngine, needs: NeedProfile[]) {
  for (const need of needs.slice(0, 20)) engine.matchesForNeed(need.id, today);
  const own = new Map<string, ScoredPair[]>();
  const samples: number[] = [];
  for (const need of needs) {
    const started = performance.now();
    own.set(need.id, engine.matchesForNeed(need.id, today));
    samples.push(performance.now() - started);
  }
  const sizes = [...own.values()].map((list) => list.length);
  return {
    own,
    latencyMs: percentiles(samples),
    meanListLength: round(sizes.reduce((sum, size) => sum + size, 0) / sizes.length),
  };
}

async function main() {
  const corpus = new SyntheticCorpus(7);
  const needs = Array.from({ length: queryCount }, (_, i) => corpus.need(i));
  const { engine, memoryMb } = buildEngine(needs);
  const inMemory = retrieveInMemory(engine, needs);

  const server = await new DataSource({ type: 'postgres', url: serverUrl }).initialize();
  await server.query(`CREATE DATABASE "${databaseName}"`);
  const db = await new DataSource({
    type: 'postgres',
    url: urlOf(databaseName),
    extra: { max: 1 },
  }).initialize();
  try {
    const { ids, ...table } = await loadPostings(engine, db);
    const inPostgres = [];
    for (const termCount of queryTermCounts) {
      inPostgres.push(await retrieveInPostgres(engine, db, ids, needs, inMemory.own, termCount));
    }
    const result = {
      node: process.version,
      capabilities: capabilityCount,
      needs: queryCount,
      engine: {
        memoryMb,
        latencyMs: inMemory.latencyMs,
        meanListLength: inMemory.meanListLength,
      },
      postgres: { ...table, runs: inPostgres },
      ratios: inPostgres.map((run) => ({
        queryTerms: run.queryTerms,
        p50VsEngine: round(run.retrievalAndScoringMs.p50 / inMemory.latencyMs.p50),
        p99VsEngine: round(run.retrievalAndScoringMs.p99 / inMemory.latencyMs.p99),
      })),
    };
    process.stdout.write(`${JSON.stringify(result, null, values.json ? 0 : 2)}\n`);
  } finally {
    await db.destroy();
    await server.query(`DROP DATABASE "${databaseName}" WITH (FORCE)`);
    await server.destroy();
  }
}

void main();
