import type { ConnectionOptions } from 'bullmq';

/**
 * Connection settings for every BullMQ queue and worker. `maxRetriesPerRequest: null` lets
 * workers wait out a Redis restart instead of failing their blocking commands.
 */
export function redisConnection(url: string): ConnectionOptions {
  return { url, maxRetriesPerRequest: null };
}
