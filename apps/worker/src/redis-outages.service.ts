import { logQueueOutages, QueueName, stopLoggingRedisOutages } from '@app/queue';
import { getQueueToken } from '@nestjs/bullmq';
import {
  type BeforeApplicationShutdown,
  Injectable,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { ImportsProcessor } from './processors/imports.processor';
import { PreviewsProcessor } from './processors/previews.processor';
import { MatchingProcessor } from './processors/matching.processor';
import { NotificationsProcessor } from './processors/notifications.processor';
import { SchedulesProcessor } from './processors/schedules.processor';

/** Every BullMQ queue and worker this process registered reports a Redis outage to one log. */
@Injectable()
export class RedisOutagesService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly modules: ModuleRef,
    private readonly logger: PinoLogger,
  ) {}

  onApplicationBootstrap(): void {
    const find = <T>(token: unknown) => this.modules.get<T>(token as never, { strict: false });
    const watched = [
      ...Object.values(QueueName).map((name) => find<Queue>(getQueueToken(name))),
      ...[
        MatchingProcessor,
        NotificationsProcessor,
        SchedulesProcessor,
        PreviewsProcessor,
        ImportsProcessor,
      ].map((processor) => find<MatchingProcessor>(processor).worker),
    ];
    for (const queueOrWorker of watched) {
      logQueueOutages(queueOrWorker, this.logger.logger, `queue ${queueOrWorker.name}`);
    }
  }

  beforeApplicationShutdown(): void {
    stopLoggingRedisOutages();
  }
}
