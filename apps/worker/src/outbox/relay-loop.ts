import { databaseAvailable, databaseUnavailable, isDatabaseUnavailable } from '@app/database';
import type { OutboxRelay } from '@app/queue';
import type { PinoLogger } from 'nestjs-pino';

export interface RelayLoopTimings {
  pollIntervalMs: number;
  redriveAfterMs: number;
}

/**
 * Drives one relay: drains full batches back to back, waits the poll interval once nothing is
 * due, and checks relayed jobs in a pass of its own so relaying never waits for it.
 */
export class RelayLoop {
  private timers: NodeJS.Timeout[] = [];
  private readonly running = new Set<Promise<void>>();
  private stopped = false;

  constructor(
    private readonly relay: OutboxRelay,
    private readonly timings: RelayLoopTimings,
    private readonly logger: PinoLogger,
  ) {}

  start(): void {
    this.repeat(() => this.relayOnce(), 0);
    this.repeat(() => this.redrive(), this.timings.redriveAfterMs / 2);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.timers.forEach(clearTimeout);
    await Promise.all(this.running);
  }

  /** Runs `pass` after `delayMs`, then again after the delay it returns. */
  private repeat(pass: () => Promise<number>, delayMs: number): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.timers = this.timers.filter((other) => other !== timer);
      const run = pass().then((nextDelayMs) => this.repeat(pass, nextDelayMs));
      this.running.add(run);
      void run.finally(() => this.running.delete(run));
    }, delayMs);
    this.timers.push(timer);
  }

  private async relayOnce(): Promise<number> {
    try {
      const relayed = await this.relay.relayBatch();
      databaseAvailable(this.logger, 'outbox relay');
      if (relayed > 0) this.logger.debug({ relayed }, 'outbox events relayed');
      return relayed > 0 ? 0 : this.timings.pollIntervalMs;
    } catch (error) {
      this.failed(error, 'outbox relay pass failed; retrying');
      return this.timings.pollIntervalMs;
    }
  }

  /** An outage of PostgreSQL is one line however many passes it fails, not one per pass. */
  private failed(error: unknown, message: string): void {
    if (isDatabaseUnavailable(error)) databaseUnavailable(this.logger, 'outbox relay', error);
    else this.logger.warn({ err: error }, message);
  }

  private async redrive(): Promise<number> {
    try {
      let batch = await this.relay.redriveBatch(this.timings.redriveAfterMs);
      while (batch.checked > 0 && !this.stopped) {
        batch = await this.relay.redriveBatch(this.timings.redriveAfterMs, batch.lastId);
      }
    } catch (error) {
      this.failed(error, 'outbox redrive pass failed; retrying');
    }
    return this.timings.redriveAfterMs / 2;
  }
}
