import { readFileSync } from 'node:fs';
import { type ProcessGroups, processGroups } from './cpu-usage';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  eventually,
  freePort,
  type RunningProcess,
  startProcess,
} from '../../libs/testing/src/processes';

export interface RunningWorker {
  process: RunningProcess;
  /** From spawn until the matching index was built. */
  readySeconds: number;
  /** Whether it started from the matching snapshot an earlier worker left. */
  restored: boolean;
  /** Largest resident set seen so far, in MB (the kernel's high-water mark). */
  peakRssMb(): number;
}

export interface RunningPlatform {
  url: string;
  api: RunningProcess;
  /** The api's resident set now, and its largest so far, in MB. */
  apiRssMb(): { now: number; peak: number };
  workers: RunningWorker[];
  processes: () => ProcessGroups;
  stop(): Promise<void>;
}

export const benchJwtSecret = 'bench-only-secret-bench-only-secret-0123456789';

const processEnv = (databaseUrl: string, queuePrefix: string, snapshotDir?: string) => ({
  ...(snapshotDir ? { MATCHING_SNAPSHOT_DIR: snapshotDir } : {}),
  NODE_ENV: 'production',
  LOG_LEVEL: 'info',
  DATABASE_URL: databaseUrl,
  QUEUE_PREFIX: queuePrefix,
  JWT_SECRET: benchJwtSecret,
  SIGN_IN_MAX_FAILURES_PER_ADDRESS: '100000',
  MATCH_REVIEW_SETTLE_MS: String(reviewSettleMs),
});

/** The settle window the benchmark runs with; coordinator latencies are reported net of it. */
export const reviewSettleMs = Number(process.env.MATCH_REVIEW_SETTLE_MS ?? 15_000);

function rssMb(pid: number, field: 'VmHWM' | 'VmRSS' = 'VmHWM'): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024);
  } catch {
    return NaN;
  }
}

/** Node's flags for the platform's processes: a CPU profile of each when asked for. */
const nodeFlags = (profileDir?: string) =>
  profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];

async function startWorker(
  env: Record<string, string>,
  { profileDir, workerNodeFlags = [] }: PlatformOptions,
): Promise<RunningWorker> {
  const started = performance.now();
  const worker = startProcess(
    'dist/apps/worker/main.js',
    { ...env, WORKER_HEALTH_PORT: String(await freePort()) },
    [...workerNodeFlags, ...nodeFlags(profileDir)],
  );
  await eventually(async () => {
    if (worker.child.exitCode !== null) throw new Error(`worker exited:\n${worker.output()}`);
    return worker.output().includes('matching index built');
  }, 600_000).catch((error) => {
    throw worker.child.exitCode !== null ? new Error(worker.output()) : error;
  });
  const readySeconds = (performance.now() - started) / 1000;
  const restored = /"restored":true[^\n]*matching index built/.test(worker.output());
  // A fresh build is saved as a snapshot right after; the measured run starts once it is.
  if (!restored && env.MATCHING_SNAPSHOT_DIR) {
    await eventually(async () => worker.output().includes('matching snapshot saved'), 120_000);
  }
  return {
    process: worker,
    readySeconds,
    restored,
    peakRssMb: () => rssMb(worker.child.pid!),
  };
}

export interface PlatformOptions {
  snapshotDir?: string;
  extraEnv?: Record<string, string>;
  /** Where each process writes a CPU profile, if anywhere. */
  profileDir?: string;
  /** Node's flags for the workers only, to measure a trade (a heap limit, say). */
  workerNodeFlags?: string[];
}

/** The built api and `workers` worker processes on the given database, each ready to serve. */
export async function startPlatform(
  databaseUrl: string,
  queuePrefix: string,
  workerCount: number,
  options: PlatformOptions = {},
): Promise<RunningPlatform> {
  const { snapshotDir, extraEnv, profileDir } = options;
  const env = { ...processEnv(databaseUrl, queuePrefix, snapshotDir), ...extraEnv };
  const port = await freePort();
  const api = startProcess(
    'dist/apps/api/main.js',
    { ...env, API_PORT: String(port) },
    nodeFlags(profileDir),
  );
  const url = `http://127.0.0.1:${port}`;
  await eventually(async () => (await fetch(`${url}/health`)).ok, 60_000).catch(() => {
    throw new Error(`api did not start:\n${api.output()}`);
  });
  const workers: RunningWorker[] = [];
  // One after the other, so each start is timed alone.
  for (let i = 0; i < workerCount; i++) workers.push(await startWorker(env, options));
  return {
    url: `${url}/graphql`,
    api,
    apiRssMb: () => ({ now: rssMb(api.child.pid!, 'VmRSS'), peak: rssMb(api.child.pid!) }),
    workers,
    processes: processGroups(
      api.child.pid!,
      workers.map((worker) => worker.process.child.pid!),
    ),
    stop: async () => {
      await Promise.all([api, ...workers.map((worker) => worker.process)].map((p) => p.stop()));
      await sleep(100);
    },
  };
}
