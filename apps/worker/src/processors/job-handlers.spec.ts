import { QueueName } from '@app/queue';
import { type Job, UnrecoverableError } from 'bullmq';
import { type JobHandlers, runJob } from './job-handlers';

const handlers: JobHandlers<QueueName.Imports> = {
  'import-institution': (data) => Promise.resolve(`imported ${data.importId}`),
};
const job = (name: string, data: unknown) => ({ name, data }) as Job;

describe('runJob', () => {
  it("hands the job's payload to the handler of its name", async () => {
    await expect(
      runJob(QueueName.Imports, handlers, job('import-institution', { importId: 'i1' })),
    ).resolves.toBe('imported i1');
  });

  it('fails a job of no known name for good, not to be retried', () => {
    for (const name of ['preview-capability', 'toString', '__proto__']) {
      expect(() => runJob(QueueName.Imports, handlers, job(name, {}))).toThrow(
        new UnrecoverableError(`No handler for imports job "${name}"`),
      );
    }
  });
});
