import { ENV, type Env } from '@app/config';
import { createQueue, logQueueOutages, OutboxRelay, outboxQueues, QueueName } from '@app/queue';
import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { RelayLoop } from './relay-loop';

/**
 * Hands committed outbox events to BullMQ until the worker shuts down. Each queue has a loop of
 * its own, so a matching job never waits behind a backlog of e-mails.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly queues: Queue[];
  private readonly loops: RelayLoop[];

  constructor(
    @Inject(ENV) env: Env,
    @InjectDataSource() dataSource: DataSource,
    private readonly logger: PinoLogger,
  ) {
    const timings = {
      pollIntervalMs: env.OUTBOX_POLL_INTERVAL_MS,
      redriveAfterMs: env.OUTBOX_REDRIVE_AFTER_MS,
    };
    this.queues = outboxQueues.map((name) => {
      const queue = createQueue(name, env.REDIS_URL, env.QUEUE_PREFIX);
      logQueueOutages(queue, logger.logger, `outbox relay to ${name}`);
      return queue;
    });
    this.loops = this.queues.map(
      (queue) =>
        new RelayLoop(
          new OutboxRelay(dataSource, new Map([[queue.name as QueueName, queue]]), logger.logger),
          timings,
          logger,
        ),
    );
  }

  onApplicationBootstrap(): void {
    this.loops.forEach((loop) => loop.start());
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.loops.map((loop) => loop.stop()));
    await Promise.all(this.queues.map((queue) => queue.close()));
    this.logger.info('outbox relay stopped');
  }
}
