import { QueueName, queueSettings, type ScheduledJob } from '@app/queue';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type Job, UnrecoverableError } from 'bullmq';
import { type JobOutcome, MatchingService } from '../matching/matching.service';
import { DeadlinesService, type SweepOutcome } from '../schedulers/deadlines.service';
import { DigestsService } from '../schedulers/digests.service';
import { HousekeepingService } from '../schedulers/housekeeping.service';

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
    private readonly matching: MatchingService,
  ) {
    super();
  }

  process(
    job: Job,
  ): Promise<SweepOutcome | { digests: number } | { deleted: number } | JobOutcome> {
    const { name, data } = job as unknown as ScheduledJob;
    const asOf = data.asOf ? new Date(data.asOf) : new Date();
    if (Number.isNaN(asOf.getTime())) throw new UnrecoverableError(`Bad asOf "${data.asOf}"`);
    switch (name) {
      case 'sweep-deadlines':
        return this.deadlines.sweep(asOf);
      case 'send-digests':
        return this.digests.gather(asOf);
      case 'prune-outbox':
        return this.housekeeping.pruneOutbox(asOf);
      case 'prune-idempotency-keys':
        return this.housekeeping.pruneIdempotencyKeys(asOf);
      case 'rescore-matches':
        return this.matching.rescoreAll();
      default:
        throw new UnrecoverableError(`No handler for scheduled job "${(job as Job).name}"`);
    }
  }
}
