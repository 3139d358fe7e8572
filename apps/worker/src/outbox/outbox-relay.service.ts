import { ENV, type Env } from '@app/config';
import { createQueue, logQueueOutages, OutboxRelay, QueueName } from '@app/queue';
import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';

/** Polls the outbox and hands committed events to BullMQ until the worker shuts down. */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly queues: Map<QueueName, Queue>;
  private readonly relay: OutboxRelay;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private lastRedrive = Date.now();
  private stopped = false;

  constructor(
    @Inject(ENV) private readonly env: Env,
    @InjectDataSource() dataSource: DataSource,
    private readonly logger: PinoLogger,
  ) {
    this.queues = new Map(
      Object.values(QueueName).map((name) => {
        const queue = createQueue(name, env.REDIS_URL, env.QUEUE_PREFIX);
        logQueueOutages(queue, logger.logger, `outbox relay to ${name}`);
        return [name, queue];
      }),
    );
    this.relay = new OutboxRelay(dataSource, this.queues, logger.logger);
  }

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.logger.info('outbox relay stopped');
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => (this.running = undefined));
    }, delayMs);
  }

  /** Drains full batches back to back; waits the poll interval once the outbox is empty. */
  private async tick(): Promise<void> {
    let relayed = 0;
    try {
      relayed = await this.relay.relayBatch();
      if (relayed > 0) this.logger.debug({ relayed }, 'outbox events relayed');
    } catch (error) {
      this.logger.warn({ err: error }, 'outbox relay pass failed; retrying');
    }
    await this.redriveWhenDue();
    this.schedule(relayed > 0 ? 0 : this.env.OUTBOX_POLL_INTERVAL_MS);
  }

  private async redriveWhenDue(): Promise<void> {
    if (Date.now() - this.lastRedrive < this.env.OUTBOX_REDRIVE_AFTER_MS / 2) return;
    this.lastRedrive = Date.now();
    try {
      let batch = await this.relay.redriveBatch(this.env.OUTBOX_REDRIVE_AFTER_MS);
      while (batch.checked > 0 && !this.stopped) {
        batch = await this.relay.redriveBatch(this.env.OUTBOX_REDRIVE_AFTER_MS, batch.lastId);
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'outbox redrive pass failed; retrying');
    }
  }
}
