import type { ConnectionOptions } from 'bullmq';

/**
 * Connection settings for every BullMQ queue and worker. `maxRetriesPerRequest: null` lets
 * workers wait out a Redis restart instead of failing their blocking commands.
 */
export function redisConnection(url: string): ConnectionOptions {
  return { url, maxRetriesPerRequest: null };
}

export interface OutageLogger {
  warn(details: object, message: string): void;
  info(details: object, message: string): void;
}

/** Whether this process sees Redis as down, shared by all its clients: one line per outage. */
let downSince: number | null = null;
/** Set once the process shuts down: connections it closes then are not an outage. */
let shuttingDown = false;
/** The process's own ioredis clients, whose state tells whether Redis answers. */
const plainClients = new Set<{ status: string }>();

function redisDown(logger: OutageLogger, role: string, error?: Error): void {
  // A command on a connection this process closed (shutting down) is not an outage, nor is the
  // late failure of one connection's reconnection attempt while another client is connected.
  if (
    shuttingDown ||
    downSince !== null ||
    error?.message === 'Connection is closed.' ||
    [...plainClients].some((client) => client.status === 'ready')
  )
    return;
  downSince = Date.now();
  logger.warn({ dependency: 'redis', role, err: error?.message }, 'redis unavailable');
}

function redisUp(logger: OutageLogger, role: string): void {
  if (downSince === null) return;
  logger.info(
    { dependency: 'redis', role, outageMs: Date.now() - downSince },
    'redis available again',
  );
  downSince = null;
}

/**
 * Called when the process starts to shut down: its clients close one after another, and a
 * queue whose connection closes after the plain clients' must not read as an outage.
 */
export function stopLoggingRedisOutages(): void {
  shuttingDown = true;
}

/**
 * Logs a Redis outage once when it starts and once when a client is ready again, instead of
 * ioredis' "Unhandled error event" on every reconnection attempt of every client.
 */
export function logRedisOutages(
  client: {
    status: string;
    on(event: 'error' | 'ready', listener: (error?: Error) => void): unknown;
  },
  logger: OutageLogger,
  role: string,
): void {
  plainClients.add(client);
  client.on('error', (error) => redisDown(logger, role, error));
  client.on('ready', () => redisUp(logger, role));
}

/**
 * The same for a BullMQ queue or worker, which re-emits its connections' errors and, with no
 * listener, prints each one to the console. Its connections are hidden, so the recovery is
 * logged by the process's plain clients (`logRedisOutages`), which reconnect alike.
 */
export function logQueueOutages(
  queue: { on(event: 'error', listener: (error: Error) => void): unknown },
  logger: OutageLogger,
  role: string,
): void {
  queue.on('error', (error) => redisDown(logger, role, error));
}
