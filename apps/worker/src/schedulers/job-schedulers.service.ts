import { ENV, type Env } from '@app/config';
import { QueueName, type ScheduledJob } from '@app/queue';
import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';

/** When each scheduled job runs (cron, UTC). Digests check every user's local time each hour. */
export const timetable: Record<ScheduledJob['name'], string> = {
  'sweep-deadlines': '*/15 * * * *',
  'send-digests': '2 * * * *',
  'prune-outbox': '30 3 * * *',
  'prune-idempotency-keys': '40 * * * *',
  'apply-retention': '50 3 * * *',
  'rescore-matches': '0 2 * * *',
};

/**
 * Registers the BullMQ job schedulers (or, with `JOB_SCHEDULES=off`, removes them). Upserting is
 * idempotent, so every worker does it at start and Redis keeps one schedule per job however many
 * workers run.
 */
@Injectable()
export class JobSchedulersService implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QueueName.Schedules) private readonly queue: Queue,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const [name, pattern] of Object.entries(timetable)) {
      if (this.env.JOB_SCHEDULES === 'off') await this.queue.removeJobScheduler(name);
      else await this.queue.upsertJobScheduler(name, { pattern }, { name, data: {} });
    }
  }
}
