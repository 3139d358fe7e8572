import { Queue } from 'bullmq';
import { type QueueName } from './jobs';
import { queueSettings } from './queue-settings';
import { redisConnection } from './redis-connection';

export function createQueue(name: QueueName, redisUrl: string, prefix: string): Queue {
  const settings = queueSettings[name];
  return new Queue(name, {
    connection: redisConnection(redisUrl),
    prefix,
    defaultJobOptions: {
      attempts: settings.attempts,
      backoff: { type: 'exponential', delay: settings.backoffDelayMs },
      removeOnComplete: { age: settings.keepCompletedSeconds },
      removeOnFail: { age: settings.keepFailedSeconds },
    },
  });
}
