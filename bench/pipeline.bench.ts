/**
 * npm run bench:pipeline -- [--json] [--capabilities 100000] [--needs 10000] [--workers 1]
 *   [--rate 20] [--seconds 60] [--kind need|capability] [--compare-workers] [--profile dir]
 *   [--statements] [--worker-node-flags="--max-old-space-size=256"]
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
import { type CapabilityProfile, MatchingEngine, type NeedProfile } from '@app/matching';
import { createQueue, QueueName } from '@app/queue';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import { GraphqlClient } from '../libs/testing/src/graphql-client';
import { ops } from '../libs/testing/src/operations';
import { eventually, freePort, startCommand } from '../libs/testing/src/processes';
import { measureCpu, pidsNamed } from './pipeline/cpu-usage';
import { benchJwtSecret, reviewSettleMs, startPlatform } from './pipeline/platform-processes';
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
    /** Writes a CPU profile (.cpuprofile) of the api and each worker into this folder. */
    profile: { type: 'string' },
    /** Lists the statements PostgreSQL ran per posting (needs pg_stat_statements preloaded). */
    statements: { type: 'boolean', default: false },
    /** Node's flags for the workers, space-separated: --worker-node-flags="--max-old-space-size=256". */
    'worker-node-flags': { type: 'string', default: '' },
  },
});
const kind = values.kind === 'capability' ? 'capability' : 'need';
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const perRun = Math.round(rate * seconds);
const workerRuns = values['compare-workers'] ? [1, 2] : [Number(values.workers)];
const drainTimeoutMs = 600_000;
const idleSeconds = 5;

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

/** Publishes the drafts at the run's rate, each by its author; when each was sent (epoch ms). */
async function publishAtRate(
  platform: SeededPlatform,
  drafts: string[],
  clients: Map<string, GraphqlClient>,
  started: number,
): Promise<Map<string, number>> {
  const organizationOf = new Map(
    (kind === 'need' ? platform.needs : platform.capabilities).map((p) => [
      p.id,
      p.organizationId!,
    ]),
  );
  const mutation = kind === 'need' ? 'publishNeed' : 'publishCapability';
  const publishedAt = new Map<string, number>();
  const publishes: Promise<unknown>[] = [];
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
  return publishedAt;
}

/**
 * The baseline of the api's own cost: the same publishes, at the same rate, answered by Apollo
 * Server alone with the same statements (bench/pipeline/bare-apollo.ts); CPU per publish of
 * that process and of PostgreSQL. No worker runs: only the answer to the mutation is compared.
 */
async function bareApollo(platform: SeededPlatform, drafts: string[]) {
  const signingIn = await startPlatform(platform.databaseUrl, `bench_bare_${process.pid}`, 0);
  const authors = platform.firmEmails;
  const clients = await signIn(signingIn.url, authors).finally(() => signingIn.stop());
  const port = await freePort();
  const bare = startCommand(
    process.execPath,
    ['--import', 'tsx', 'bench/pipeline/bare-apollo.ts'],
    { DATABASE_URL: platform.databaseUrl, JWT_SECRET: benchJwtSecret, PORT: String(port) },
  );
  try {
    await eventually(async () => bare.output().includes('bare apollo ready'), 60_000);
    const url = `http://127.0.0.1:${port}/`;
    const bareClients = new Map(
      [...clients].map(([organization, client]) => [
        organization,
        new GraphqlClient(url, client.accessToken),
      ]),
    );
    const cpuUsed = measureCpu(() => ({
      bareApollo: [bare.child.pid!],
      postgres: pidsNamed('postgres'),
    }));
    await publishAtRate(platform, drafts, bareClients, Date.now());
    const cpuMs = cpuUsed();
    return Object.fromEntries(
      Object.entries(cpuMs).map(([group, ms]) => [group, round(ms / drafts.length)]),
    );
  } finally {
    await bare.stop();
  }
}

/**
 * Nothing waiting in the outbox or the queues: no matching or notification work, and no
 * scheduled pass running (those only wait for their time, which is not work left undone).
 */
async function drained(dataSource: DataSource, queuePrefix: string): Promise<void> {
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const queues = [
    { queue: createQueue(QueueName.Matching, redisUrl, queuePrefix), busy: allStates },
    { queue: createQueue(QueueName.Notifications, redisUrl, queuePrefix), busy: allStates },
    { queue: createQueue(QueueName.Schedules, redisUrl, queuePrefix), busy: runningStates },
  ];
  try {
    await eventually(async () => {
      const [{ pending }] = await dataSource.query(
        'SELECT count(*)::int AS pending FROM outbox_events WHERE relayed_at IS NULL',
      );
      if (pending > 0) return false;
      for (const { queue, busy } of queues) {
        const counts = await queue.getJobCounts(...busy);
        if (Object.values(counts).some((count) => count > 0)) return false;
      }
      return true;
    }, drainTimeoutMs);
  } finally {
    await Promise.all(queues.map(({ queue }) => queue.close()));
  }
}
const runningStates = ['waiting', 'active', 'prioritized'] as const;
const allStates = [...runningStates, 'delayed'] as const;

/**
 * What PostgreSQL ran from `reset()` until `read()`, per published posting: the statements
 * that took most of its time, with calls and ms per posting (pg_stat_statements).
 */
async function statementsPerPosting(dataSource: DataSource) {
  await dataSource.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  await dataSource.query('SELECT pg_stat_statements_reset()');
  return async (postings: number) => {
    const rows: { query: string; calls: string; ms: number; rows: string }[] =
      await dataSource.query(
        `SELECT left(regexp_replace(query, '\\s+', ' ', 'g'), 160) AS query, calls,
           total_exec_time AS ms, rows
         FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
         ORDER BY total_exec_time DESC LIMIT 25`,
      );
    const all: { calls: string; ms: number }[] = await dataSource.query(
      `SELECT sum(calls)::bigint AS calls, sum(total_exec_time) AS ms FROM pg_stat_statements
       WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    );
    return {
      callsPerPosting: round(Number(all[0]!.calls) / postings),
      execMsPerPosting: round(all[0]!.ms / postings),
      top: rows.map((row) => ({
        callsPerPosting: round(Number(row.calls) / postings),
        msPerPosting: round(row.ms / postings),
        rowsPerCall: round(Number(row.rows) / Number(row.calls)),
        query: row.query,
      })),
    };
  };
}

/** The jobs the window's changes caused, by queue and name, and how many ran more than once. */
async function jobsPerPosting(
  dataSource: DataSource,
  queuePrefix: string,
  since: number,
  postings: number,
) {
  const rows: { job: string; count: number }[] = await dataSource.query(
    `SELECT queue || ':' || job_name AS job, count(*)::int AS count FROM outbox_events
     WHERE created_at >= to_timestamp($1 / 1000.0) GROUP BY 1 ORDER BY 2 DESC`,
    [since],
  );
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const queues = [QueueName.Matching, QueueName.Schedules].map((name) =>
    createQueue(name, redisUrl, queuePrefix),
  );
  try {
    const ran: Record<string, number> = {};
    let attemptsBeyondFirst = 0;
    for (const queue of queues) {
      for (const job of await queue.getJobs(['completed', 'failed'])) {
        if ((job.processedOn ?? 0) < since) continue;
        const key = `ran ${queue.name}:${job.name}`;
        ran[key] = (ran[key] ?? 0) + 1;
        attemptsBeyondFirst += job.attemptsMade - 1;
      }
    }
    return {
      ...Object.fromEntries(rows.map((row) => [row.job, round(row.count / postings)])),
      ...Object.fromEntries(
        Object.entries(ran).map(([key, count]) => [key, round(count / postings)]),
      ),
      attemptsBeyondFirst,
    };
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
      // A notice names its posting, or its one match when it holds a single proposal.
      `SELECT COALESCE(n.${column}, m.${column}) AS id,
         extract(epoch FROM min(n.created_at)) * 1000 AS at
       FROM notifications n LEFT JOIN matches m ON m.id = n.match_id
       WHERE n.event = 'MATCH_TO_REVIEW' AND COALESCE(n.${column}, m.${column}) = ANY($1)
       GROUP BY 1`,
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
  const profileDir = values.profile && join(values.profile, `${workerCount}-workers`);
  const running = await startPlatform(platform.databaseUrl, queuePrefix, workerCount, {
    snapshotDir,
    profileDir,
    workerNodeFlags: values['worker-node-flags']!.split(' ').filter(Boolean),
  });
  try {
    const authors = kind === 'need' ? platform.firmEmails : platform.researcherEmails;
    const clients = await signIn(running.url, authors);
    // Whatever the platform does on its own at start is done before the measured window opens.
    await drained(platform.dataSource, queuePrefix);
    // What the processes cost doing nothing, a share of every posting's figure below.
    const idleCpu = measureCpu(running.processes);
    await sleep(idleSeconds * 1000);
    const idleCpuMsPerSecond = Object.fromEntries(
      Object.entries(idleCpu()).map(([group, ms]) => [group, round(ms / idleSeconds)]),
    );
    const started = Date.now();
    const cpuUsed = measureCpu(running.processes);
    const statements = values.statements && (await statementsPerPosting(platform.dataSource));
    const publishedAt = await publishAtRate(platform, drafts, clients, started);
    await drained(platform.dataSource, queuePrefix);
    const cpuMs = cpuUsed();
    // Every job of this run is done. The next run has queues of its own (a new prefix): rows
    // left unsettled would read to its workers as jobs Redis lost, and be run again.
    await platform.dataSource.query(
      'UPDATE outbox_events SET settled_at = now() WHERE settled_at IS NULL',
    );
    const statementsRun = statements && {
      ...(await statements(drafts.length)),
      jobsPerPosting: await jobsPerPosting(
        platform.dataSource,
        queuePrefix,
        started,
        drafts.length,
      ),
    };
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
      idleCpuMsPerSecond,
      cpuMsPerPosting: Object.fromEntries(
        Object.entries(cpuMs).map(([group, ms]) => [group, round(ms / drafts.length)]),
      ),
      ...(statementsRun ? { statements: statementsRun } : {}),
      // Where the measured window starts in each profile (profile-summary's --since-ms).
      ...(profileDir
        ? {
            profileWindowStartsMs: [running.api, ...running.workers.map((w) => w.process)].map(
              (p) => ({ pid: p.child.pid, sinceMs: started - p.spawnedAt }),
            ),
          }
        : {}),
    };
  } finally {
    await running.stop();
    const queues = Object.values(QueueName).map((name) =>
      createQueue(name, process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', queuePrefix),
    );
    await Promise.all(queues.map((q) => q.obliterate({ force: true }).then(() => q.close())));
  }
}

/**
 * The baseline: the engine alone answering the published drafts on the same corpus, as the
 * p50 of its wall time and as its CPU per posting (analysing the posting and matching it).
 */
function engineOnly(platform: SeededPlatform, published: string[]) {
  const engine = new MatchingEngine();
  for (const capability of platform.capabilities) engine.upsertCapability(capability);
  for (const need of platform.needs) engine.upsertNeed(need);
  const byId = new Map(
    (kind === 'need' ? platform.needs : platform.capabilities).map((p) => [p.id, p]),
  );
  const sample = published.slice(0, 300);
  const today = new Date().toISOString().slice(0, 10);
  const cpuBefore = process.cpuUsage();
  const times = sample.map((id) => {
    const before = performance.now();
    const posting = byId.get(id)!;
    if (kind === 'need') {
      engine.upsertNeed(posting as NeedProfile);
      engine.matchesForNeed(id, today);
    } else {
      engine.upsertCapability(posting as CapabilityProfile);
      engine.matchesForCapability(id, today);
    }
    return performance.now() - before;
  });
  const cpu = process.cpuUsage(cpuBefore);
  return {
    engineOnlyP50Ms: percentiles(times).p50,
    engineCpuMsPerPosting: round((cpu.user + cpu.system) / 1000 / sample.length),
  };
}

/** The platform's CPU per posting (the benchmark client left out) beyond the engine's own. */
const beyondEngine = (cpu: Record<string, number>, engineCpuMs: number) =>
  round(cpu.api! + cpu.workers! + cpu.postgres! + cpu.redis! - engineCpuMs);

async function main(): Promise<void> {
  const seedStarted = performance.now();
  const platform = await seedPlatform(`bench_pipeline_${process.pid}`, {
    capabilities: Number(values.capabilities),
    needs: Number(values.needs),
    draftNeeds: kind === 'need' ? perRun * (workerRuns.length + 1) : 0,
    draftCapabilities: kind === 'capability' ? perRun * workerRuns.length : 0,
  });
  const seedSeconds = round((performance.now() - seedStarted) / 1000);
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
    const engine = engineOnly(platform, drafts);
    // Needs only: the baseline answers the need's publish mutation.
    const bare =
      kind === 'need'
        ? await bareApollo(platform, drafts.slice(workerRuns.length * perRun))
        : undefined;
    const result = {
      kind,
      capabilities: Number(values.capabilities),
      needs: Number(values.needs),
      rate,
      seconds,
      workerNodeFlags: values['worker-node-flags'],
      seedSeconds,
      ...first!,
      beyondEngineCpuMsPerPosting: beyondEngine(
        first!.cpuMsPerPosting,
        engine.engineCpuMsPerPosting,
      ),
      ...engine,
      ...(bare
        ? {
            bareApolloCpuMsPerPosting: bare,
            apiVsBareApollo: round(first!.cpuMsPerPosting.api! / bare.bareApollo!),
          }
        : {}),
      ...(second
        ? {
            twoWorkers: {
              ...second,
              beyondEngineCpuMsPerPosting: beyondEngine(
                second.cpuMsPerPosting,
                engine.engineCpuMsPerPosting,
              ),
            },
            scaling: round(second.throughputPerSecond / first!.throughputPerSecond),
            workerCpuRatio: round(
              second.cpuMsPerPosting.workers! / first!.cpuMsPerPosting.workers!,
            ),
            p99Ratio: round(second.matchesStoredMs.p99 / first!.matchesStoredMs.p99),
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
