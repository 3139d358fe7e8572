import { ENV, type Env } from '@app/config';
import { type LiveNotification, liveNotificationsChannel, logRedisOutages } from '@app/queue';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { PinoLogger } from 'nestjs-pino';

/**
 * Tells every api process that notifications were stored, over Redis pub/sub, so subscribed
 * browsers see them at once. Best effort by nature: the notifications themselves are already
 * committed, and a client that was offline reads them from `notifications`.
 */
@Injectable()
export class LivePublisherService implements OnApplicationShutdown {
  private readonly redis: Redis;
  private readonly channel: string;

  constructor(
    @Inject(ENV) env: Env,
    private readonly logger: PinoLogger,
  ) {
    // Connected from the start: its reconnections tell the worker when Redis is back.
    this.redis = new Redis(env.REDIS_URL, { maxRetriesPerRequest: 1 });
    logRedisOutages(this.redis, logger.logger, 'live notifications');
    this.channel = liveNotificationsChannel(env.QUEUE_PREFIX);
  }

  async publish(notifications: LiveNotification[]): Promise<void> {
    try {
      for (const notification of notifications) {
        await this.redis.publish(this.channel, JSON.stringify(notification));
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'live notification not published; clients will poll');
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
