import { ENV, type Env } from '@app/config';
import { createQueue, logQueueOutages, OutboxRelay, outboxQueues, QueueName } from '@app/queue';
import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { OutboxWakeups } from './outbox-wakeups';
import { RelayLoop } from './relay-loop';

/**
 * Hands committed outbox events to BullMQ until the worker shuts down. Each queue has a loop of
 * its own, so a matching job never waits behind a backlog of e-mails.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly queues: Queue[];
  private readonly loops: RelayLoop[];
  private readonly wakeups: OutboxWakeups;

  constructor(
    @Inject(ENV) env: Env,
    @InjectDataSource() dataSource: DataSource,
    private readonly logger: PinoLogger,
  ) {
    const timings = {
      pollIntervalMs: env.OUTBOX_POLL_INTERVAL_MS,
      idlePollMs: env.OUTBOX_IDLE_POLL_MS,
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
    const loopOf = new Map(this.queues.map((queue, i) => [queue.name, this.loops[i]!]));
    this.wakeups = new OutboxWakeups({
      databaseUrl: env.DATABASE_URL,
      onRows: (queue) => loopOf.get(queue)?.wake(),
      onListening: () => this.loops.forEach((loop) => loop.wake()),
    });
  }

  onApplicationBootstrap(): void {
    this.loops.forEach((loop) => loop.start());
    this.wakeups.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.wakeups.stop();
    await Promise.all(this.loops.map((loop) => loop.stop()));
    await Promise.all(this.queues.map((queue) => queue.close()));
    this.logger.info('outbox relay stopped');
  }
}
