import { DataSource } from 'typeorm';
import { deleteRedisKeys, dropDatabase, onServer } from './test-database';
import { testRunSettings } from './test-run-settings';

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
