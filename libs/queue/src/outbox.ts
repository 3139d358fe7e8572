import { OutboxEventEntity } from '@app/domain';
import type { EntityManager } from 'typeorm';
import type { QueuedJob } from './jobs';

/** Records a job in the caller's transaction; the relay hands it to BullMQ after commit. */
export async function recordOutboxJob(manager: EntityManager, queued: QueuedJob): Promise<void> {
  const event = manager.create(OutboxEventEntity, {
    queue: queued.queue,
    jobName: queued.job.name,
    jobId: queued.jobId,
    payload: { ...queued.job.data },
  });
  await manager.save(event);
}
