import { databaseAvailable, databaseUnavailable, isDatabaseUnavailable } from '@app/database';
import type { OutboxRelay } from '@app/queue';
import type { PinoLogger } from 'nestjs-pino';

export interface RelayLoopTimings {
  /** The least wait after a pass that relayed nothing (a Redis that refuses is retried so). */
  pollIntervalMs: number;
  /** The longest wait with nothing due and no wake-up (one can be lost with its connection). */
  idlePollMs: number;
  redriveAfterMs: number;
}

/**
 * Drives one relay: drains full batches back to back; once nothing is due, waits until the next
 * delayed row is or until woken (rows committed), and checks relayed jobs in a pass of its own
 * so relaying never waits for it.
 */
export class RelayLoop {
  private timers: NodeJS.Timeout[] = [];
  private readonly running = new Set<Promise<void>>();
  private stopped = false;
  private relayTimer: NodeJS.Timeout | undefined;
  private relaying = false;
  private wokenWhileRelaying = false;

  constructor(
    private readonly relay: OutboxRelay,
    private readonly timings: RelayLoopTimings,
    private readonly logger: PinoLogger,
  ) {}

  start(): void {
    this.relayIn(0);
    this.repeat(() => this.redrive(), this.timings.redriveAfterMs / 2);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.relayTimer);
    this.timers.forEach(clearTimeout);
    await Promise.all(this.running);
  }

  /** Rows were committed: relay now, or right after the pass under way (it may have missed them). */
  wake(): void {
    if (this.relaying) this.wokenWhileRelaying = true;
    else this.relayIn(0);
  }

  private relayIn(delayMs: number): void {
    if (this.stopped) return;
    clearTimeout(this.relayTimer);
    this.relayTimer = setTimeout(() => {
      this.relaying = true;
      this.wokenWhileRelaying = false;
      const run = this.relayOnce().then((nextDelayMs) => {
        this.relaying = false;
        this.relayIn(this.wokenWhileRelaying ? 0 : nextDelayMs);
      });
      this.running.add(run);
      void run.finally(() => this.running.delete(run));
    }, delayMs);
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
      // A full batch may have left more; rows committed after this one's read wake the loop.
      if (relayed >= this.relay.batchSize) return 0;
      const dueInMs = (await this.relay.nextDueInMs()) ?? Infinity;
      const { pollIntervalMs, idlePollMs } = this.timings;
      return Math.min(Math.max(dueInMs, pollIntervalMs), idlePollMs);
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
