import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = join(__dirname, '../../..');

/** A free local TCP port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export interface RunningProcess {
  child: ChildProcess;
  /** When it was started (epoch ms). */
  spawnedAt: number;
  output: () => string;
  /** Sends the signal and resolves with how the process ended. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Runs a built entry point (`npm run build` first) or script from the repository root, with
 * Node's own flags if given (e.g. `--cpu-prof`, which NODE_OPTIONS does not take).
 */
export function startProcess(
  script: string,
  env: Record<string, string>,
  nodeFlags: string[] = [],
): RunningProcess {
  const path = join(root, script);
  if (!existsSync(path)) throw new Error(`${script} is missing; run npm run build first`);
  return startCommand(process.execPath, [...nodeFlags, path], env);
}

/** Runs a command from the repository root, as a person would in a terminal. */
export function startCommand(
  command: string,
  args: string[],
  env: Record<string, string>,
): RunningProcess {
  const spawnedAt = Date.now();
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: 'pipe',
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    spawnedAt,
    output: () => output,
    stop: (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Polls until the check passes or the time is up. */
export async function eventually<T>(
  check: () => Promise<T | undefined | null | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const result = await check();
      if (result) return result;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The built worker on the run's database and queues, once its health check passes. */
export function startWorker(env: Record<string, string> = {}) {
  return startService('dist/apps/worker/main.js', 'WORKER_HEALTH_PORT', {
    OUTBOX_POLL_INTERVAL_MS: '50',
    ...env,
  });
}

/**
 * Another api process on the run's database and Redis, as a second replica would run; on
 * `port` when its address must be known before it starts (an OpenID provider's redirect).
 */
export async function startApiProcess(env: Record<string, string> = {}, port?: number) {
  const api = await startService('dist/apps/api/main.js', 'API_PORT', env, port);
  return { ...api, url: api.healthUrl.replace(/\/health$/, '/graphql') };
}

async function startService(
  script: string,
  portVariable: string,
  env: Record<string, string>,
  chosenPort?: number,
): Promise<RunningProcess & { healthUrl: string }> {
  const port = chosenPort ?? (await freePort());
  const service = startProcess(script, { [portVariable]: String(port), LOG_LEVEL: 'warn', ...env });
  const healthUrl = `http://127.0.0.1:${port}/health`;
  await eventually(async () => (await fetch(healthUrl)).ok, 20_000);
  return { ...service, healthUrl };
}
