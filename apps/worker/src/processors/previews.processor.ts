import { QueueName, queueSettings } from '@app/queue';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { MatchPreviewService } from '../matching/match-preview.service';
import { type JobHandlers, runJob } from './job-handlers';

const settings = queueSettings[QueueName.Previews];

/** Answers the api's questions to the engine while a user waits. */
@Processor(QueueName.Previews, {
  concurrency: settings.concurrency,
  lockDuration: settings.lockDurationMs,
  stalledInterval: settings.stalledIntervalMs,
})
export class PreviewsProcessor extends WorkerHost {
  constructor(private readonly previews: MatchPreviewService) {
    super();
  }

  private readonly handlers: JobHandlers<QueueName.Previews> = {
    'preview-capability': (data) => this.previews.previewCapability(data.capabilityId),
  };

  process(job: Job): Promise<unknown> {
    return runJob(QueueName.Previews, this.handlers, job);
  }
}
