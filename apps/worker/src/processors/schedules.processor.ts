import { QueueName, queueSettings } from '@app/queue';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type Job, UnrecoverableError } from 'bullmq';
import { MatchingService } from '../matching/matching.service';
import { DeadlinesService } from '../schedulers/deadlines.service';
import { DigestsService } from '../schedulers/digests.service';
import { HousekeepingService } from '../schedulers/housekeeping.service';
import { RetentionService } from '../schedulers/retention.service';
import { type JobHandlers, runJob } from './job-handlers';

const settings = queueSettings[QueueName.Schedules];

/** Runs the jobs the schedulers add; `asOf` lets a test or an operator run them for another time. */
@Processor(QueueName.Schedules, {
  concurrency: settings.concurrency,
  lockDuration: settings.lockDurationMs,
  stalledInterval: settings.stalledIntervalMs,
})
export class SchedulesProcessor extends WorkerHost {
  constructor(
    private readonly deadlines: DeadlinesService,
    private readonly digests: DigestsService,
    private readonly housekeeping: HousekeepingService,
    private readonly retention: RetentionService,
    private readonly matching: MatchingService,
  ) {
    super();
  }

  private readonly handlers: JobHandlers<QueueName.Schedules> = {
    'sweep-deadlines': (data) => this.deadlines.sweep(asOfIn(data)),
    'send-digests': (data) => this.digests.gather(asOfIn(data)),
    'prune-outbox': (data) => this.housekeeping.pruneOutbox(asOfIn(data)),
    'prune-idempotency-keys': (data) => this.housekeeping.pruneIdempotencyKeys(asOfIn(data)),
    'apply-retention': (data) => this.retention.apply(asOfIn(data)),
    'rescore-matches': (data) => {
      asOfIn(data);
      return this.matching.rescoreAll();
    },
  };

  process(job: Job): Promise<unknown> {
    return runJob(QueueName.Schedules, this.handlers, job);
  }
}

function asOfIn(data: { asOf?: string }): Date {
  const asOf = data.asOf ? new Date(data.asOf) : new Date();
  if (Number.isNaN(asOf.getTime())) throw new UnrecoverableError(`Bad asOf "${data.asOf}"`);
  return asOf;
}
