/**
 * npm run bench:pipeline -- [--json] [--capabilities 100000] [--needs 10000] [--workers 1]
 *   [--rate 20] [--seconds 60] [--kind need|capability] [--compare-workers]
 *
 * Seeds a fresh database through the app's own code, starts the built api and worker processes
 * (`npm run build` first), publishes drafts through the GraphQL API at a steady rate and reports
 * how long each took to reach stored matches and the coordinators' MATCH_TO_REVIEW
 * notifications (net of the settle window, `MATCH_REVIEW_SETTLE_MS`, default 15 s, reported as
 * `reviewSettleMs`). The named baseline is the engine alone on the same corpus in the same run
 * (`engineOnlyP50Ms`), so the pipeline's overhead reads as a ratio; `--compare-workers` runs one
 * and two workers on the same data and reports their throughput ratio as `scaling`.
 * `cpuMsPerPosting` tells where the machine's cores went, per published posting, by process
 * (api, workers, PostgreSQL, Redis, this client), from the first publish until all was drained.
 */
import { MatchingEngine } from '@app/matching';
import { createQueue, QueueName } from '@app/queue';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import { GraphqlClient } from '../libs/testing/src/graphql-client';
import { ops } from '../libs/testing/src/operations';
import { eventually } from '../libs/testing/src/processes';
import { measureCpu } from './pipeline/cpu-usage';
import { reviewSettleMs, startPlatform } from './pipeline/platform-processes';
import { benchPassword, type SeededPlatform, seedPlatform } from './pipeline/seed-platform';
import { percentiles, round } from './stats';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    capabilities: { type: 'string', default: '100000' },
    needs: { type: 'string', default: '10000' },
    workers: { type: 'string', default: '1' },
    rate: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '60' },
    kind: { type: 'string', default: 'need' },
    'compare-workers': { type: 'boolean', default: false },
  },
});
const kind = values.kind === 'capability' ? 'capability' : 'need';
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const perRun = Math.round(rate * seconds);
const workerRuns = values['compare-workers'] ? [1, 2] : [Number(values.workers)];
const drainTimeoutMs = 600_000;

/** Clients by organisation, each signed in as its author. */
async function signIn(url: string, emails: string[]): Promise<Map<string, GraphqlClient>> {
  const anonymous = new GraphqlClient(url);
  const clients = new Map<string, GraphqlClient>();
  for (const email of emails) {
    const { signIn } = await anonymous.ok(ops.signIn, { email, password: benchPassword });
    clients.set(signIn.user.organization.id, anonymous.as(signIn.accessToken));
  }
  return clients;
}

/** Nothing waiting in the outbox or the queues the publishes fed. */
async function drained(dataSource: DataSource, queuePrefix: string): Promise<void> {
  const queues = [QueueName.Matching, QueueName.Notifications].map((name) =>
    createQueue(name, process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', queuePrefix),
  );
  try {
    await eventually(async () => {
      const [{ pending }] = await dataSource.query(
        'SELECT count(*)::int AS pending FROM outbox_events WHERE relayed_at IS NULL',
      );
      if (pending > 0) return false;
      for (const queue of queues) {
        const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
        if (Object.values(counts).some((count) => count > 0)) return false;
      }
      return true;
    }, drainTimeoutMs);
  } finally {
    await Promise.all(queues.map((queue) => queue.close()));
  }
}

/** When each posting's first match and first coordinator notification were stored (epoch ms). */
async function outcomes(dataSource: DataSource, ids: string[]) {
  const column = kind === 'need' ? 'need_id' : 'capability_id';
  const firstOf = async (sql: string) => {
    const rows: { id: string; at: number }[] = await dataSource.query(sql, [ids]);
    return new Map(rows.map((row) => [row.id, Number(row.at)]));
  };
  return {
    stored: await firstOf(
      `SELECT ${column} AS id, extract(epoch FROM min(created_at)) * 1000 AS at
       FROM matches WHERE ${column} = ANY($1) GROUP BY 1`,
    ),
    notified: await firstOf(
      `SELECT m.${column} AS id, extract(epoch FROM min(n.created_at)) * 1000 AS at
       FROM notifications n JOIN matches m ON m.id = n.match_id
       WHERE n.event = 'MATCH_TO_REVIEW' AND m.${column} = ANY($1) GROUP BY 1`,
    ),
  };
}

async function runWith(
  platform: SeededPlatform,
  workerCount: number,
  drafts: string[],
  snapshotDir: string,
) {
  const queuePrefix = `bench_pipeline_${process.pid}_${workerCount}`;
  const running = await startPlatform(platform.databaseUrl, queuePrefix, workerCount, snapshotDir);
  try {
    const authors = kind === 'need' ? platform.firmEmails : platform.researcherEmails;
    const clients = await signIn(running.url, authors);
    const organizationOf = new Map(
      (kind === 'need' ? platform.needs : platform.capabilities).map((p) => [
        p.id,
        p.organizationId!,
      ]),
    );
    const mutation = kind === 'need' ? 'publishNeed' : 'publishCapability';
    const publishedAt = new Map<string, number>();
    const publishes: Promise<unknown>[] = [];
    const started = Date.now();
    const cpuUsed = measureCpu(running.processes);
    for (const [i, id] of drafts.entries()) {
      await sleep(started + (i * 1000) / rate - Date.now());
      publishedAt.set(id, Date.now());
      publishes.push(
        clients
          .get(organizationOf.get(id)!)!
          .ok(`mutation($id: ID!) { ${mutation}(id: $id) { id } }`, { id }),
      );
    }
    await Promise.all(publishes);
    await drained(platform.dataSource, queuePrefix);
    const cpuMs = cpuUsed();
    const { stored, notified } = await outcomes(platform.dataSource, drafts);
    const latency = (at: Map<string, number>, ids = drafts) =>
      ids.filter((id) => at.has(id)).map((id) => at.get(id)! - publishedAt.get(id)!);
    const third = Math.floor(drafts.length / 3);
    const lastStored = Math.max(...stored.values());
    return {
      workers: workerCount,
      published: drafts.length,
      withMatches: stored.size,
      throughputPerSecond: round(stored.size / ((lastStored - started) / 1000)),
      matchesStoredMs: percentiles(latency(stored)),
      coordinatorNotifiedMs: percentiles(latency(notified).map((ms) => ms - reviewSettleMs)),
      reviewSettleMs,
      firstThirdP50Ms: percentiles(latency(stored, drafts.slice(0, third))).p50,
      lastThirdP50Ms: percentiles(latency(stored, drafts.slice(-third))).p50,
      workerReadySeconds: round(Math.max(...running.workers.map((w) => w.readySeconds))),
      workersRestoredFromSnapshot: running.workers.every((w) => w.restored),
      workerRssMb: Math.max(...running.workers.map((w) => w.peakRssMb())),
      cpuMsPerPosting: Object.fromEntries(
        Object.entries(cpuMs).map(([group, ms]) => [group, round(ms / drafts.length)]),
      ),
    };
  } finally {
    await running.stop();
    const queues = Object.values(QueueName).map((name) =>
      createQueue(name, process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', queuePrefix),
    );
    await Promise.all(queues.map((q) => q.obliterate({ force: true }).then(() => q.close())));
  }
}

/** The baseline: the engine alone answering the published drafts on the same corpus. */
function engineOnlyP50Ms(platform: SeededPlatform, published: string[]): number {
  const engine = new MatchingEngine();
  for (const capability of platform.capabilities) engine.upsertCapability(capability);
  for (const need of platform.needs) engine.upsertNeed(need);
  const sample = published.slice(0, 300);
  const today = new Date().toISOString().slice(0, 10);
  const times = sample.map((id) => {
    const before = performance.now();
    if (kind === 'need') engine.matchesForNeed(id, today);
    else engine.matchesForCapability(id, today);
    return performance.now() - before;
  });
  return percentiles(times).p50;
}

async function main(): Promise<void> {
  const platform = await seedPlatform(`bench_pipeline_${process.pid}`, {
    capabilities: Number(values.capabilities),
    needs: Number(values.needs),
    draftNeeds: kind === 'need' ? perRun * workerRuns.length : 0,
    draftCapabilities: kind === 'capability' ? perRun * workerRuns.length : 0,
  });
  // The first run's worker builds its index and leaves a snapshot; later runs' workers restore it.
  const snapshotDir = await mkdtemp(join(tmpdir(), 'bench-matching-snapshots-'));
  try {
    const drafts = kind === 'need' ? platform.draftNeedIds : platform.draftCapabilityIds;
    const runs = [];
    for (const [i, workers] of workerRuns.entries()) {
      const slice = drafts.slice(i * perRun, (i + 1) * perRun);
      runs.push(await runWith(platform, workers, slice, snapshotDir));
    }
    const [first, second] = runs;
    const result = {
      kind,
      capabilities: Number(values.capabilities),
      needs: Number(values.needs),
      rate,
      seconds,
      ...first!,
      engineOnlyP50Ms: engineOnlyP50Ms(platform, drafts),
      ...(second
        ? {
            twoWorkers: second,
            scaling: round(second.throughputPerSecond / first!.throughputPerSecond),
          }
        : {}),
    };
    process.stdout.write(`${JSON.stringify(result, null, values.json ? 0 : 2)}\n`);
  } finally {
    await platform.drop();
    await rm(snapshotDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
