import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { testRunSettings } from './test-run-settings';

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const server = new DataSource({ type: 'postgres', url: serverUrl });
  await server.initialize();
  try {
    await server.query(sql);
  } finally {
    await server.destroy();
  }
}

/** Creates the database and applies every migration, as a deployment would. */
export async function createMigratedDatabase(serverUrl: string, databaseUrl: string) {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  const { migrations } = await import('@app/database');
  const database = new DataSource({ type: 'postgres', url: databaseUrl, migrations });
  await database.initialize();
  await database.runMigrations({ transaction: 'each' });
  await database.destroy();
}

export async function dropDatabase(serverUrl: string, databaseName: string): Promise<void> {
  await onServer(serverUrl, `DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
}

export async function deleteRedisKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();
}

/**
 * A database and queue prefix of a suite's own, beside the run's shared ones, for a suite
 * whose data would disturb the others (requests generated at random publish, close and
 * re-cluster postings that other suites' matching then weighs). Pass `env` to the api and
 * worker it starts; `drop` when done.
 */
export async function isolatedRun(suite: string) {
  const settings = testRunSettings(`${process.env.TEST_RUN_ID}_${suite}`);
  await createMigratedDatabase(settings.serverUrl, settings.databaseUrl);
  return {
    env: { DATABASE_URL: settings.databaseUrl, QUEUE_PREFIX: settings.queuePrefix },
    drop: async () => {
      await dropDatabase(settings.serverUrl, settings.databaseName);
      await deleteRedisKeys(settings.redisUrl, settings.queuePrefix);
    },
  };
}
