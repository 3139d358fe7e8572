import { createQueue, QueueName } from '@app/queue';
import {
  buildWorld,
  eventually,
  needInput,
  ops,
  startWorker,
  startTestApi,
  type RunningProcess,
  type TestApi,
  type World,
} from '@app/testing';
import type { Queue } from 'bullmq';

describe('worker process', () => {
  let api: TestApi;
  let world: World;
  let queue: Queue;
  let worker: RunningProcess;
  let healthUrl: string;

  beforeAll(async () => {
    api = await startTestApi();
    world = await buildWorld(api);
    queue = createQueue(QueueName.Matching, process.env.REDIS_URL!, process.env.QUEUE_PREFIX!);
    const started = await startWorker({ LOG_LEVEL: 'info' });
    worker = started;
    healthUrl = started.healthUrl;
  });
  afterAll(async () => {
    await worker.stop('SIGKILL');
    await queue.close();
    await api.close();
  });

  it('reports PostgreSQL and Redis as healthy', async () => {
    const health = await (await fetch(healthUrl)).json();
    expect(health).toMatchObject({
      status: 'ok',
      info: { database: { status: 'up' }, redis: { status: 'up' } },
    });
  });

  it('relays a need published over the API to the matching queue within seconds', async () => {
    const { createNeed } = await world.firm.client.ok(ops.createNeed, { input: needInput() });
    const { publishNeed } = await world.firm.client.ok(ops.publishNeed, { id: createNeed.id });
    const job = await eventually(
      () => queue.getJob(`need-changed.${publishNeed.id}.v${publishNeed.version}`),
      10_000,
    );
    expect(job.data).toEqual({
      needId: publishNeed.id,
      version: publishNeed.version,
      change: 'PUBLISHED',
    });
  });

  it('shuts down gracefully on SIGTERM: stops relaying, closes its queues, then exits', async () => {
    // NestJS re-raises the signal once every shutdown hook has finished.
    expect(await worker.stop('SIGTERM')).toEqual({ code: null, signal: 'SIGTERM' });
    expect(worker.output()).toContain('outbox relay stopped');
    expect(worker.output()).not.toMatch(/"level":50/);
  });
});
