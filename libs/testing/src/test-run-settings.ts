/** Where a test run keeps its data; PostgreSQL and Redis on their default local ports unless overridden. */
export function testRunSettings(runId: string) {
  const serverUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const databaseName = `matchmaking_test_${runId}`;
  const databaseUrl = new URL(serverUrl);
  databaseUrl.pathname = `/${databaseName}`;
  return {
    serverUrl,
    databaseName,
    databaseUrl: databaseUrl.toString(),
    redisUrl: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    queuePrefix: `matchmaking_test_${runId}`,
  };
}
