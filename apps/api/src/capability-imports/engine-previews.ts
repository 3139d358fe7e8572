import { ENV, type Env } from '@app/config';
import {
  createQueue,
  type PreviewedMatch,
  type PreviewJob,
  QueueName,
  redisConnection,
} from '@app/queue';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { type Queue, QueueEvents } from 'bullmq';

/** How long a user waits for the engine before the page says the preview is not available. */
const answerWithinMs = 20_000;

/**
 * Asks the worker's engine (it holds every published posting) and waits for the answer. The
 * queue and its events are opened with the first question: an api that is never asked holds
 * no connection for them.
 */
@Injectable()
export class EnginePreviews implements OnModuleDestroy {
  private connections: { queue: Queue; events: QueueEvents } | undefined;

  constructor(@Inject(ENV) private readonly env: Env) {}

  /** The needs the capability would be proposed for now; null when no worker answered in time. */
  async capability(capabilityId: string): Promise<PreviewedMatch[] | null> {
    const { queue, events } = this.open();
    const job: PreviewJob = { name: 'preview-capability', data: { capabilityId } };
    await events.waitUntilReady();
    const added = await queue.add(job.name, job.data);
    try {
      return (await added.waitUntilFinished(events, answerWithinMs)) as PreviewedMatch[];
    } catch (error) {
      if (/timed out/i.test((error as Error).message)) {
        await added.remove().catch(() => undefined);
        return null;
      }
      throw error;
    }
  }

  async onModuleDestroy(): Promise<void> {
    if (!this.connections) return;
    const { queue, events } = this.connections;
    await Promise.all([events.close(), queue.close()]);
  }

  private open() {
    this.connections ??= {
      queue: createQueue(QueueName.Previews, this.env.REDIS_URL, this.env.QUEUE_PREFIX),
      events: new QueueEvents(QueueName.Previews, {
        connection: redisConnection(this.env.REDIS_URL),
        prefix: this.env.QUEUE_PREFIX,
      }),
    };
    return this.connections;
  }
}
