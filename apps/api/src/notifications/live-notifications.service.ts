import { ENV, type Env } from '@app/config';
import { type LiveNotification, liveNotificationsChannel, logRedisOutages } from '@app/queue';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';
import { PinoLogger } from 'nestjs-pino';

/**
 * The worker's announcements of stored notifications, received over Redis pub/sub, so every
 * api process can push them to its own subscribers.
 */
@Injectable()
export class LiveNotificationsService implements OnApplicationShutdown {
  private readonly pubSub: RedisPubSub;
  private readonly channel: string;

  constructor(@Inject(ENV) env: Env, logger: PinoLogger) {
    const subscriber = new Redis(env.REDIS_URL);
    logRedisOutages(subscriber, logger.logger, 'live notifications');
    this.pubSub = new RedisPubSub({
      // The api only listens; the publisher connection is never used, so it stays unopened.
      publisher: new Redis(env.REDIS_URL, { lazyConnect: true }),
      subscriber,
    });
    this.channel = liveNotificationsChannel(env.QUEUE_PREFIX);
  }

  stream(): AsyncIterableIterator<LiveNotification> {
    // The library declares its iterator as `any`.
    return this.pubSub.asyncIterableIterator<LiveNotification>(
      this.channel,
    ) as AsyncIterableIterator<LiveNotification>;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pubSub.close();
  }
}
