import { createQueue, type JobOf, QueueName } from '@app/queue';
import type { Queue } from 'bullmq';
import { randomInt, randomUUID } from 'node:crypto';
import { bracketsCapability, bracketsNeed } from './posting-inputs';
import { ops } from './operations';
import { eventually, type RunningProcess, startWorker } from './processes';
import { type SmtpInbox, type SmtpInboxOptions, startSmtpInbox } from './smtp-inbox';
import { startTestApi, type TestApi } from './test-api';
import { buildWorld, type World } from './world';

/** The run's queues, as the worker sees them, for waiting on it and adding jobs by hand. */
export interface Pipeline {
  queues: Record<QueueName, Queue>;
  /** Nothing left in the outbox or the queues: the worker has caught up with everything so far. */
  idle(timeoutMs?: number): Promise<void>;
  /** Adds a job directly, as a scheduler or a replay would; a fresh job id unless given. */
  add<Q extends QueueName>(queue: Q, job: JobOf<Q>, jobId?: string): Promise<void>;
  close(): Promise<void>;
}

export function openPipeline(api: TestApi): Pipeline {
  const queues = Object.fromEntries(
    Object.values(QueueName).map((name) => [
      name,
      createQueue(name, process.env.REDIS_URL!, process.env.QUEUE_PREFIX!),
    ]),
  ) as Record<QueueName, Queue>;
  return {
    queues,
    idle: async (timeoutMs = 15_000) => {
      const outbox = async (): Promise<{ pending: number; total: number }> =>
        (
          await api.dataSource.query(
            `SELECT count(*) FILTER (WHERE relayed_at IS NULL)::int AS pending,
               count(*)::int AS total FROM outbox_events`,
          )
        )[0];
      await eventually(async () => {
        // The outbox before and after the queues: a job that finished in between may have
        // recorded more work, which the queues would not show yet.
        const before = await outbox();
        if (before.pending > 0) return false;
        for (const [name, queue] of Object.entries(queues)) {
          // A scheduler always holds its next run as a delayed job; retries are delayed too.
          const states = ['waiting', 'active', 'prioritized'] as const;
          const counts = await queue.getJobCounts(
            ...(name === QueueName.Schedules ? states : [...states, 'delayed' as const]),
          );
          if (Object.values(counts).some((count) => count > 0)) return false;
        }
        return (await outbox()).total === before.total;
      }, timeoutMs);
    },
    add: async (queue, job, jobId = randomUUID()) => {
      await queues[queue].add(job.name, job.data, { jobId });
    },
    close: async () => {
      await Promise.all(Object.values(queues).map((queue) => queue.close()));
    },
  };
}

export interface ProposedMatch {
  id: string;
  needId: string;
  capabilityId: string;
}

/**
 * Publishes a fresh brackets pair in the world's cluster A and waits for the engine to propose
 * it. The pair shares a series number no other posting has: the test database holds hundreds
 * of brackets postings from other suites, and the fresh pair must stand out among them.
 */
export async function proposedMatch(world: World): Promise<ProposedMatch> {
  const series = String(randomInt(10_000_000, 100_000_000));
  const { createCapability } = await world.researcher.client.ok(ops.createCapability, {
    input: {
      ...bracketsCapability,
      title: `${bracketsCapability.title} ${series}`,
      expertiseKeywords: [...bracketsCapability.expertiseKeywords, series],
    },
  });
  await world.researcher.client.ok(ops.publishCapability, { id: createCapability.id });
  const { createNeed } = await world.firm.client.ok(ops.createNeed, {
    input: {
      ...bracketsNeed,
      title: `${bracketsNeed.title} ${series}`,
      technologyKeywords: [...bracketsNeed.technologyKeywords, series],
    },
  });
  await world.firm.client.ok(ops.publishNeed, { id: createNeed.id });
  const match = await eventually(async () =>
    (
      await world.firm.client.ok(ops.matchesForNeed, { needId: createNeed.id, first: 100 })
    ).matchesForNeed.edges
      .map((edge: any) => edge.node)
      .find((node: any) => node.capability.id === createCapability.id),
  );
  return { id: match.id, needId: createNeed.id, capabilityId: createCapability.id };
}

/** Coordinators get proposals in a daily digest unless they choose otherwise, as this one does. */
export async function emailProposalsAtOnce(world: World): Promise<void> {
  await world.coordinator.client.ok(ops.updateNotificationPreferences, {
    input: { events: [{ event: 'MATCH_TO_REVIEW', frequency: 'INSTANT' }] },
  });
}

/** The api in process, a fresh world, a real SMTP inbox and the built worker. */
export interface PlatformUnderTest {
  api: TestApi;
  world: World;
  pipeline: Pipeline;
  mailbox: SmtpInbox;
  worker: RunningProcess;
  stop(): Promise<void>;
}

/** Starts it all and lets the worker first catch up on postings earlier suites left. */
export async function startPlatformUnderTest(
  mailboxOptions: (world: World) => SmtpInboxOptions = () => ({}),
  workerEnv: Record<string, string> = {},
): Promise<PlatformUnderTest> {
  const api = await startTestApi();
  const world = await buildWorld(api);
  const pipeline = openPipeline(api);
  const mailbox = await startSmtpInbox(mailboxOptions(world));
  const worker = await startWorker({ SMTP_URL: mailbox.url, ...workerEnv });
  await pipeline.idle(150_000);
  return {
    api,
    world,
    pipeline,
    mailbox,
    worker,
    stop: async () => {
      await worker.stop('SIGTERM');
      await pipeline.close();
      await mailbox.close();
      await api.close();
    },
  };
}
