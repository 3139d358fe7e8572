import Redis from 'ioredis';
import { DataSource } from 'typeorm';

/** Runs one statement on the server's maintenance database. */
export async function onServer(serverUrl: string, sql: string): Promise<void> {
  const server = new DataSource({ type: 'postgres', url: serverUrl });
  await server.initialize();
  try {
    await server.query(sql);
  } finally {
    await server.destroy();
  }
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
