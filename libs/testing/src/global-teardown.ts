import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { testRunSettings } from './test-run-settings';

export default async function globalTeardown(): Promise<void> {
  const runId = process.env.TEST_RUN_ID;
  if (!runId) return;
  const settings = testRunSettings(runId);
  const server = new DataSource({ type: 'postgres', url: settings.serverUrl });
  await server.initialize();
  await server.query(`DROP DATABASE IF EXISTS "${settings.databaseName}" WITH (FORCE)`);
  await server.destroy();

  const redis = new Redis(settings.redisUrl);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(
      cursor,
      'MATCH',
      `${settings.queuePrefix}:*`,
      'COUNT',
      1000,
    );
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();
}
