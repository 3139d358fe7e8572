import { QueueName, queueSettings } from '@app/queue';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { MatchingService } from '../matching/matching.service';
import { type JobHandlers, runJob } from './job-handlers';

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

  private readonly handlers: JobHandlers<QueueName.Matching> = {
    'need-changed': (data) => this.matching.needChanged(data.needId, data.version),
    'capability-changed': (data) =>
      this.matching.capabilityChanged(data.capabilityId, data.version),
    'match-requested': (data) => this.matching.matchRequested(data.matchId),
    'cluster-settings-changed': (data) => this.matching.clusterSettingsChanged(data.clusterId),
    'cluster-member-added': (data) => this.matching.clusterMemberAdded(data.organizationId),
  };

  process(job: Job): Promise<unknown> {
    return runJob(QueueName.Matching, this.handlers, job);
  }
}
