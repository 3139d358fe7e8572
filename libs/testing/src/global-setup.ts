import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { register } from 'tsconfig-paths';
import { createMigratedDatabase } from './migrated-database';
import { testRunSettings } from './test-run-settings';

// Jest's module mapper does not reach its global setup; the migrations import the @app/* libs.
register();

/** Each run gets its own database (created and migrated here) and its own Redis key prefix. */
export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const settings = testRunSettings(runId);
  await createMigratedDatabase(settings.serverUrl, settings.databaseUrl);

  Object.assign(process.env, {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: settings.databaseUrl,
    REDIS_URL: settings.redisUrl,
    QUEUE_PREFIX: settings.queuePrefix,
    TEST_RUN_ID: runId,
    // Every suite signs in from 127.0.0.1; the throttle's own tests set their limits.
    SIGN_IN_MAX_FAILURES_PER_ADDRESS: '100000',
    // Coordinators hear of proposals at once; the settle window's own test sets it.
    MATCH_REVIEW_SETTLE_MS: '0',
  });
}
