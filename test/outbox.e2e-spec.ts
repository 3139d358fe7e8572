import { NeedEntity, PostingStatus } from '@app/domain';
import {
  createQueue,
  matchingJob,
  OutboxRelay,
  PostingChange,
  QueueName,
  recordOutboxJob,
  recordOutboxJobs,
} from '@app/queue';
import {
  buildWorld,
  eventually,
  needInput,
  ops,
  startTestApi,
  type TestApi,
  type World,
} from '@app/testing';
import type { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { OutboxWakeups } from '../apps/worker/src/outbox/outbox-wakeups';

describe('transactional outbox', () => {
  let api: TestApi;
  let world: World;
  let queue: Queue;
  let relay: OutboxRelay;
  const silent = { warn: () => undefined };

  beforeAll(async () => {
    api = await startTestApi();
    world = await buildWorld(api);
    queue = createQueue(QueueName.Matching, process.env.REDIS_URL!, process.env.QUEUE_PREFIX!);
    relay = new OutboxRelay(api.dataSource, new Map([[QueueName.Matching, queue]]), silent);
  });
  afterAll(async () => {
    await queue.close();
    await api.close();
  });

  const drain = async () => {
    while ((await relay.relayBatch()) > 0);
  };
  const publishedNeed = async () => {
    const { createNeed } = await world.firm.client.ok(ops.createNeed, { input: needInput() });
    const { publishNeed } = await world.firm.client.ok(ops.publishNeed, { id: createNeed.id });
    return publishNeed as { id: string; version: number };
  };

  it('announces a committed publish exactly once, even when relays race', async () => {
    const need = await publishedNeed();
    await Promise.all([drain(), drain(), drain()]);
    await drain();
    const jobId = `need-changed.${need.id}.v${need.version}`;
    const job = await queue.getJob(jobId);
    expect(job?.name).toBe('need-changed');
    expect(job?.data).toEqual({ needId: need.id, version: need.version, change: 'PUBLISHED' });
    const jobsForNeed = (
      await queue.getJobs(['waiting', 'active', 'completed', 'delayed', 'prioritized'])
    ).filter((candidate) => candidate.data.needId === need.id);
    expect(jobsForNeed).toHaveLength(1);
  });

  it('adds no second job when a relay crashed after adding but before marking the event', async () => {
    const need = await publishedNeed();
    const [event] = await api.dataSource.query(
      `SELECT job_id FROM outbox_events WHERE payload->>'needId' = $1 AND relayed_at IS NULL`,
      [need.id],
    );
    await queue.add('need-changed', { needId: need.id }, { jobId: event.job_id });
    await drain();
    const jobsForNeed = (await queue.getJobs(['waiting', 'delayed', 'prioritized'])).filter(
      (candidate) => candidate.data.needId === need.id,
    );
    expect(jobsForNeed).toHaveLength(1);
    const [{ pending }] = await api.dataSource.query(
      `SELECT count(*)::int AS pending FROM outbox_events WHERE payload->>'needId' = $1 AND relayed_at IS NULL`,
      [need.id],
    );
    expect(pending).toBe(0);
  });

  it('announces nothing for a change that rolled back', async () => {
    const { createNeed } = await world.firm.client.ok(ops.createNeed, { input: needInput() });
    await expect(
      api.dataSource.transaction(async (manager) => {
        await manager.update(NeedEntity, createNeed.id, { status: PostingStatus.PUBLISHED });
        await recordOutboxJob(
          manager,
          matchingJob({
            name: 'need-changed',
            data: { needId: createNeed.id, version: 2, change: PostingChange.PUBLISHED },
          }),
        );
        throw new Error('simulated failure after writing the outbox row');
      }),
    ).rejects.toThrow('simulated failure');
    await drain();
    expect(await queue.getJob(`need-changed.${createNeed.id}.v2`)).toBeUndefined();
    const [{ events }] = await api.dataSource.query(
      `SELECT count(*)::int AS events FROM outbox_events WHERE payload->>'needId' = $1`,
      [createNeed.id],
    );
    expect(events).toBe(0);
    expect((await world.firm.client.ok(ops.need, { id: createNeed.id })).need.status).toBe('DRAFT');
  });

  it('announces edits and closing of a published need, but not edits of a draft', async () => {
    const { createNeed } = await world.firm.client.ok(ops.createNeed, { input: needInput() });
    await world.firm.client.ok(ops.updateNeed, { id: createNeed.id, input: { title: 'Szkic' } });
    await world.firm.client.ok(ops.publishNeed, { id: createNeed.id });
    await world.firm.client.ok(ops.updateNeed, { id: createNeed.id, input: { trlMax: 8 } });
    await world.firm.client.ok(ops.pauseNeed, { id: createNeed.id });
    await world.firm.client.ok(ops.closeNeed, { id: createNeed.id, reason: 'WITHDRAWN' });
    const events = await api.dataSource.query(
      `SELECT payload->>'change' AS change, (payload->>'version')::int AS version
       FROM outbox_events WHERE payload->>'needId' = $1 ORDER BY id`,
      [createNeed.id],
    );
    expect(events).toEqual([
      { change: 'PUBLISHED', version: 3 },
      { change: 'UPDATED', version: 4 },
      { change: 'PAUSED', version: 5 },
      { change: 'CLOSED', version: 6 },
    ]);
  });

  it('wakes the relays when rows commit, once per statement and queue, and not before', async () => {
    const woken: string[] = [];
    let listening!: () => void;
    const ready = new Promise<void>((resolve) => (listening = resolve));
    const wakeups = new OutboxWakeups({
      databaseUrl: process.env.DATABASE_URL!,
      onRows: (queue) => woken.push(queue),
      onListening: () => listening(),
    });
    wakeups.start();
    await ready;
    const jobs = [randomUUID(), randomUUID()].map((needId) =>
      matchingJob({
        name: 'need-changed',
        data: { needId, version: 1, change: PostingChange.PUBLISHED },
      }),
    );
    try {
      await api.dataSource.transaction(async (manager) => {
        await recordOutboxJobs(manager, jobs);
        await sleep(200);
        expect(woken).toEqual([]);
      });
      await eventually(async () => woken.length > 0);
      await sleep(200);
      expect(woken).toEqual([QueueName.Matching]);
    } finally {
      await wakeups.stop();
      await api.dataSource.query('DELETE FROM outbox_events WHERE job_id = ANY($1)', [
        jobs.map((job) => job.jobId),
      ]);
    }
  });

  it('tells how long until the next row is due, and that none waits', async () => {
    await drain();
    expect(await relay.nextDueInMs()).toBeNull();
    const job = matchingJob({
      name: 'need-changed',
      data: { needId: randomUUID(), version: 1, change: PostingChange.PUBLISHED },
    });
    await api.dataSource.transaction((manager) =>
      recordOutboxJobs(manager, [{ ...job, delayMs: 60_000 }]),
    );
    try {
      const dueInMs = await relay.nextDueInMs();
      expect(dueInMs).toBeGreaterThan(55_000);
      expect(dueInMs).toBeLessThanOrEqual(60_000);
      expect(await relay.relayBatch()).toBe(0);
    } finally {
      await api.dataSource.query('DELETE FROM outbox_events WHERE job_id = $1', [job.jobId]);
    }
    expect(await relay.nextDueInMs()).toBeNull();
  });

  it('wakes one worker’s relays per commit, and another’s once that worker is gone', async () => {
    const woken: string[] = [];
    const wakeupsOf = (name: string, listening: () => void) =>
      new OutboxWakeups({
        databaseUrl: process.env.DATABASE_URL!,
        onRows: () => woken.push(name),
        onListening: listening,
        standbyRetryMs: 100,
      });
    const listening: string[] = [];
    const first = wakeupsOf('first', () => listening.push('first'));
    const second = wakeupsOf('second', () => listening.push('second'));
    const jobIds: string[] = [];
    const commitRow = async () => {
      const job = matchingJob({
        name: 'need-changed',
        data: { needId: randomUUID(), version: 1, change: PostingChange.PUBLISHED },
      });
      jobIds.push(job.jobId);
      await api.dataSource.transaction((manager) => recordOutboxJobs(manager, [job]));
    };
    first.start();
    await eventually(async () => listening.includes('first'));
    second.start();
    try {
      await sleep(300);
      await commitRow();
      await eventually(async () => woken.length > 0);
      await sleep(300);
      expect(woken).toEqual(['first']);
      expect(listening).toEqual(['first']);

      await first.stop();
      await eventually(async () => listening.includes('second'));
      await commitRow();
      await eventually(async () => woken.includes('second'));
      expect(woken).toEqual(['first', 'second']);
    } finally {
      await Promise.all([first.stop(), second.stop()]);
      await api.dataSource.query('DELETE FROM outbox_events WHERE job_id = ANY($1)', [jobIds]);
    }
  });
});
