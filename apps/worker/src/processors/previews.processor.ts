import { type PreviewedMatch, type PreviewJob, QueueName, queueSettings } from '@app/queue';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type Job, UnrecoverableError } from 'bullmq';
import { MatchPreviewService } from '../matching/match-preview.service';

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

  process(job: Job): Promise<PreviewedMatch[]> {
    const { name, data } = job as unknown as PreviewJob;
    if (name !== 'preview-capability') {
      throw new UnrecoverableError(`No handler for preview job "${(job as Job).name}"`);
    }
    return this.previews.previewCapability(data.capabilityId);
  }
}
