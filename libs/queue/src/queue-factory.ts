import { Queue, type QueueOptions } from 'bullmq';
import { type QueueName } from './jobs';
import { queueSettings } from './queue-settings';
import { redisConnection } from './redis-connection';

/** The job options every job of the queue gets, from its row of the settings table. */
export function defaultJobOptions(name: QueueName): QueueOptions['defaultJobOptions'] {
  const settings = queueSettings[name];
  return {
    attempts: settings.attempts,
    backoff: { type: 'exponential', delay: settings.backoffDelayMs },
    removeOnComplete: { age: settings.keepCompletedSeconds },
    removeOnFail: { age: settings.keepFailedSeconds },
  };
}

/** A queue as `BullModule.registerQueue` takes it; every queue is registered through this. */
export const registeredQueue = (name: QueueName) => ({
  name,
  defaultJobOptions: defaultJobOptions(name),
});

export function createQueue(name: QueueName, redisUrl: string, prefix: string): Queue {
  return new Queue(name, {
    connection: redisConnection(redisUrl),
    prefix,
    defaultJobOptions: defaultJobOptions(name),
  });
}
