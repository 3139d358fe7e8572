import { createQueue, QueueName, queueSettings } from '@app/queue';
import { timetable } from '../apps/worker/src/schedulers/job-schedulers.service';
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

  it('gives every queue, scheduled jobs included, the retries and retention of its settings', async () => {
    for (const name of Object.values(QueueName)) {
      const expected = {
        attempts: queueSettings[name].attempts,
        backoff: { type: 'exponential', delay: queueSettings[name].backoffDelayMs },
        removeOnComplete: { age: queueSettings[name].keepCompletedSeconds },
        removeOnFail: { age: queueSettings[name].keepFailedSeconds },
      };
      const relayed = createQueue(name, process.env.REDIS_URL!, process.env.QUEUE_PREFIX!);
      try {
        expect({ name, options: relayed.defaultJobOptions }).toEqual({
          name,
          options: expect.objectContaining(expected),
        });
        if (name !== QueueName.Schedules) continue;
        // What the worker registered in Redis: each scheduler's job template.
        const schedulers = await relayed.getJobSchedulers();
        expect(schedulers.map((scheduler) => scheduler.key).sort()).toEqual(
          Object.keys(timetable).sort(),
        );
        for (const scheduler of schedulers) {
          expect(scheduler.template?.opts).toEqual(expect.objectContaining(expected));
        }
      } finally {
        await relayed.close();
      }
    }
  });

  it('shuts down gracefully on SIGTERM: stops relaying, closes its queues, then exits', async () => {
    // NestJS re-raises the signal once every shutdown hook has finished.
    expect(await worker.stop('SIGTERM')).toEqual({ code: null, signal: 'SIGTERM' });
    expect(worker.output()).toContain('outbox relay stopped');
    expect(worker.output()).not.toMatch(/"level":50/);
  });
});
