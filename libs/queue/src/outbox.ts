import { OutboxEventEntity } from '@app/domain';
import type { EntityManager } from 'typeorm';
import type { QueuedJob } from './jobs';

/** Records a job in the caller's transaction; the relay hands it to BullMQ after commit. */
export function recordOutboxJob(manager: EntityManager, queued: QueuedJob): Promise<void> {
  return recordOutboxJobs(manager, [queued]);
}

/** Records many jobs in one statement, for sweeps that announce thousands at once. */
export async function recordOutboxJobs(manager: EntityManager, jobs: QueuedJob[]): Promise<void> {
  if (jobs.length === 0) return;
  await manager.insert(
    OutboxEventEntity,
    jobs.map((queued) => ({
      queue: queued.queue,
      jobName: queued.job.name,
      jobId: queued.jobId,
      payload: { ...queued.job.data },
      ...(queued.delayMs
        ? { availableAt: () => `now() + make_interval(secs => ${Number(queued.delayMs) / 1000})` }
        : {}),
    })),
  );
}
