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

/**
 * Logs a Redis client's outage once when it starts and once when the client is ready again,
 * instead of ioredis' "Unhandled error event" on every reconnection attempt.
 */
export function logRedisOutages(
  client: { on(event: 'error' | 'ready', listener: (error?: Error) => void): unknown },
  logger: OutageLogger,
  role: string,
): void {
  let downSince: number | null = null;
  client.on('error', (error) => {
    if (downSince !== null) return;
    downSince = Date.now();
    logger.warn({ dependency: 'redis', role, err: error?.message }, 'redis unavailable');
  });
  client.on('ready', () => {
    if (downSince === null) return;
    logger.info(
      { dependency: 'redis', role, outageMs: Date.now() - downSince },
      'redis available again',
    );
    downSince = null;
  });
}
