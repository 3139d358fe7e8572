import { QueueName } from '@app/queue';
import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';

/**
 * Whether matching work committed before a moment is still undone: a proposal has lasted its
 * settle window only once the engine has seen every change made within it, which takes longer
 * than the window itself when the pipeline falls behind (PostgreSQL or Redis back after an
 * outage, a backlog after a burst).
 */
@Injectable()
export class MatchingBacklogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly modules: ModuleRef,
  ) {}

  /** The worker's one handle on the queue (a second would need its own outage logging). */
  private get matching(): Queue {
    return this.modules.get<Queue>(getQueueToken(QueueName.Matching), { strict: false });
  }

  async pendingBefore(moment: number): Promise<boolean> {
    const [unrelayed] = await this.dataSource.sql<
      { '?column?': number }[]
    >`SELECT 1 FROM outbox_events
       WHERE queue = ${QueueName.Matching} AND relayed_at IS NULL AND created_at < to_timestamp(${moment} / 1000.0) LIMIT 1`;
    if (unrelayed) return true;
    const counts = await this.matching.getJobCounts('waiting', 'active', 'delayed');
    // Matching jobs are delayed only to be retried: a failing pass is work not yet done.
    if (counts.delayed! > 0) return true;
    if (counts.waiting === 0 && counts.active === 0) return false;
    const [oldestWaiting] = await this.matching.getJobs(['waiting'], 0, 0, true);
    const active = await this.matching.getJobs(['active']);
    return [oldestWaiting, ...active].some((job) => job && job.timestamp < moment);
  }
}
