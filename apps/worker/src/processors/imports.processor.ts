import { QueueName, queueSettings } from '@app/queue';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { InstitutionImportService } from '../imports/institution-import.service';
import { type JobHandlers, runJob } from './job-handlers';

const settings = queueSettings[QueueName.Imports];

/** Imports from outside sources; a failed attempt starts the import again from its first page. */
@Processor(QueueName.Imports, {
  concurrency: settings.concurrency,
  lockDuration: settings.lockDurationMs,
  stalledInterval: settings.stalledIntervalMs,
})
export class ImportsProcessor extends WorkerHost {
  constructor(private readonly institutions: InstitutionImportService) {
    super();
  }

  private readonly handlers: JobHandlers<QueueName.Imports> = {
    'import-institution': (data) => this.institutions.run(data.importId),
  };

  process(job: Job): Promise<unknown> {
    return runJob(QueueName.Imports, this.handlers, job);
  }
}
