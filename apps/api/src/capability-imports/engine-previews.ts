import { ENV, type Env } from '@app/config';
import {
  createQueue,
  type PreviewedMatch,
  type PreviewJob,
  QueueName,
  redisConnection,
} from '@app/queue';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { QueueEvents } from 'bullmq';

/** How long a user waits for the engine before the page says the preview is not available. */
const answerWithinMs = 20_000;

/** Asks the worker's engine (it holds every published posting) and waits for the answer. */
@Injectable()
export class EnginePreviews implements OnModuleDestroy {
  private readonly queue;
  private readonly events;

  constructor(@Inject(ENV) env: Env) {
    this.queue = createQueue(QueueName.Previews, env.REDIS_URL, env.QUEUE_PREFIX);
    this.events = new QueueEvents(QueueName.Previews, {
      connection: redisConnection(env.REDIS_URL),
      prefix: env.QUEUE_PREFIX,
    });
  }

  /** The needs the capability would be proposed for now; null when no worker answered in time. */
  async capability(capabilityId: string): Promise<PreviewedMatch[] | null> {
    const job: PreviewJob = { name: 'preview-capability', data: { capabilityId } };
    await this.events.waitUntilReady();
    const added = await this.queue.add(job.name, job.data);
    try {
      return (await added.waitUntilFinished(this.events, answerWithinMs)) as PreviewedMatch[];
    } catch (error) {
      if (/timed out/i.test((error as Error).message)) {
        await added.remove().catch(() => undefined);
        return null;
      }
      throw error;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([this.events.close(), this.queue.close()]);
  }
}
