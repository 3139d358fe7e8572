import { createQueue, QueueName } from '@app/queue';
import type { Queue } from 'bullmq';
import { eventually, startTcpProxy, startWorker, type TcpProxy } from '@app/testing';

describe('a Redis outage seen by the worker', () => {
  let redis: TcpProxy;
  let schedules: Queue;

  beforeAll(async () => {
    redis = await startTcpProxy(Number(new URL(process.env.REDIS_URL!).port || 6379));
    schedules = createQueue(QueueName.Schedules, process.env.REDIS_URL!, process.env.QUEUE_PREFIX!);
  });
  afterAll(async () => {
    await schedules.close();
    await redis.close();
  });

  it('is logged once when it starts and once when it ends, as JSON', async () => {
    const proxied = new URL(process.env.REDIS_URL!);
    proxied.port = String(redis.port);
    const worker = await startWorker({ REDIS_URL: proxied.toString(), LOG_LEVEL: 'info' });
    let stopped: Awaited<ReturnType<typeof worker.stop>> | undefined;
    const lines = () =>
      worker
        .output()
        .split('\n')
        .filter((line) => line.trim());
    const said = (message: string) =>
      lines().filter((line) => line.includes(`"msg":"${message}"`)).length;
    const redisLines = () => lines().filter((line) => line.includes('"dependency":"redis"'));
    try {
      await redis.cut();
      await eventually(async () => said('redis unavailable') > 0, 10_000);
      // Every connection of the queues, workers and clients retries meanwhile.
      await eventually(async () => redis.refused() >= 20, 10_000);
      await redis.restore();
      await eventually(async () => said('redis available again') > 0, 20_000);
      // And it works again: a scheduled job added now is done.
      const job = await schedules.add('prune-outbox', {}, { jobId: `after-outage-${Date.now()}` });
      await eventually(async () => (await job.getState()) === 'completed', 30_000);
    } finally {
      stopped = await worker.stop('SIGTERM');
    }
    expect(stopped).toEqual({ code: null, signal: 'SIGTERM' });
    // The whole lines, so a failure shows which connection spoke and when.
    expect(redisLines()).toEqual([
      expect.stringContaining('"msg":"redis unavailable"'),
      expect.stringContaining('"msg":"redis available again"'),
    ]);
    expect(lines().filter((line) => !line.startsWith('{'))).toEqual([]);
  }, 60_000);

  it('does not keep a worker from stopping while Redis is still away', async () => {
    const proxied = new URL(process.env.REDIS_URL!);
    proxied.port = String(redis.port);
    const worker = await startWorker({
      REDIS_URL: proxied.toString(),
      SHUTDOWN_TIMEOUT_MS: '3000',
    });
    await redis.cut();
    try {
      await eventually(async () => redis.refused() >= 5, 10_000);
      const started = Date.now();
      const stopped = await worker.stop('SIGTERM');
      expect(stopped.code === 1 || stopped.signal === 'SIGTERM').toBe(true);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await worker.stop('SIGKILL');
      await redis.restore();
    }
  }, 30_000);
});
