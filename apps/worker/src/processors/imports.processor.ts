import { type ImportJob, QueueName, queueSettings } from '@app/queue';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type Job, UnrecoverableError } from 'bullmq';
import {
  type ImportOutcome,
  InstitutionImportService,
} from '../imports/institution-import.service';

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

  process(job: Job): Promise<ImportOutcome> {
    const { name, data } = job as unknown as ImportJob;
    if (name !== 'import-institution') {
      throw new UnrecoverableError(`No handler for import job "${(job as Job).name}"`);
    }
    return this.institutions.run(data.importId);
  }
}
