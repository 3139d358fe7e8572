import { type MatchingJob, QueueName, queueSettings } from '@app/queue';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type Job, UnrecoverableError } from 'bullmq';
import { type JobOutcome, MatchingService } from '../matching/matching.service';

const settings = queueSettings[QueueName.Matching];

/** Turns posting changes into match updates; transient failures are retried with backoff. */
@Processor(QueueName.Matching, {
  concurrency: settings.concurrency,
  lockDuration: settings.lockDurationMs,
  stalledInterval: settings.stalledIntervalMs,
})
export class MatchingProcessor extends WorkerHost {
  constructor(private readonly matching: MatchingService) {
    super();
  }

  process(job: Job): Promise<JobOutcome> {
    const { name, data } = job as unknown as MatchingJob;
    switch (name) {
      case 'need-changed':
        return this.matching.needChanged(data.needId, data.version);
      case 'capability-changed':
        return this.matching.capabilityChanged(data.capabilityId, data.version);
      case 'match-requested':
        return this.matching.matchRequested(data.matchId);
      case 'cluster-settings-changed':
        return this.matching.clusterSettingsChanged(data.clusterId);
      case 'cluster-member-added':
        return this.matching.clusterMemberAdded(data.organizationId);
      default:
        throw new UnrecoverableError(`No handler for matching job "${(job as Job).name}"`);
    }
  }
}
