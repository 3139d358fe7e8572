import { deleteRedisKeys, dropDatabase } from './test-database';
import { testRunSettings } from './test-run-settings';

export default async function globalTeardown(): Promise<void> {
  const runId = process.env.TEST_RUN_ID;
  if (!runId) return;
  const settings = testRunSettings(runId);
  await dropDatabase(settings.serverUrl, settings.databaseName);
  await deleteRedisKeys(settings.redisUrl, settings.queuePrefix);
}
