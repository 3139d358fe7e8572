import type { JobOf, QueueName } from '@app/queue';
import { type Job, UnrecoverableError } from 'bullmq';

type JobNamed<Q extends QueueName, N> = Extract<JobOf<Q>, { name: N }>;

/**
 * One handler per job name of a queue, typed by its payload: a job added to `JobOf<Q>` without a
 * handler does not compile, and no handler casts.
 */
export type JobHandlers<Q extends QueueName> = {
  [N in JobOf<Q>['name']]: (
    data: JobNamed<Q, N>['data'],
    job: Job<JobNamed<Q, N>['data'], unknown, N>,
    token?: string,
  ) => Promise<unknown>;
};

type AnyHandler = (data: unknown, job: Job, token?: string) => Promise<unknown>;

/** Runs the job's handler; a name with none (a job of another version) fails for good. */
export function runJob<Q extends QueueName>(
  queue: Q,
  handlers: JobHandlers<Q>,
  job: Job,
  token?: string,
): Promise<unknown> {
  const handler: AnyHandler | undefined = Object.hasOwn(handlers, job.name)
    ? (handlers as unknown as Record<string, AnyHandler>)[job.name]
    : undefined;
  if (!handler) throw new UnrecoverableError(`No handler for ${queue} job "${job.name}"`);
  return handler(job.data, job, token);
}
