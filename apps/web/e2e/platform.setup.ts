import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import globalTeardown from '../../../libs/testing/src/global-teardown';
import { startApiProcess, startWorker } from '../../../libs/testing/src/processes';
import { testRunSettings } from '../../../libs/testing/src/test-run-settings';

const root = join(__dirname, '../../..');

/** A database of the run's own with the demo data, and the built api and worker on it. */
export default async function platformSetup(): Promise<() => Promise<void>> {
  const runId = `web_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const settings = testRunSettings(runId);
  const server = await new DataSource({ type: 'postgres', url: settings.serverUrl }).initialize();
  await server.query(`CREATE DATABASE "${settings.databaseName}"`);
  await server.destroy();

  Object.assign(process.env, {
    NODE_ENV: 'test',
    TEST_RUN_ID: runId,
    DATABASE_URL: settings.databaseUrl,
    REDIS_URL: settings.redisUrl,
    QUEUE_PREFIX: settings.queuePrefix,
    MATCH_REVIEW_SETTLE_MS: '0',
    SIGN_IN_MAX_FAILURES_PER_ADDRESS: '100000',
  });
  const migrated = spawnSync(process.execPath, [join(root, 'dist/apps/migrator/main.js')], {
    env: {
      ...process.env,
      LOAD_DEMO_DATA: 'true',
      ADMIN_EMAIL: 'admin@platform.example',
      ADMIN_PASSWORD: 'Admin-Platform-2026!',
      LOG_LEVEL: 'warn',
    },
    encoding: 'utf8',
  });
  if (migrated.status !== 0) throw new Error(`migrator failed: ${migrated.stderr}`);

  const worker = await startWorker();
  const api = await startApiProcess();
  process.env.WEB_BASE_URL = api.healthUrl.replace(/\/health$/, '');

  return async () => {
    await api.stop();
    await worker.stop();
    await globalTeardown();
  };
}
