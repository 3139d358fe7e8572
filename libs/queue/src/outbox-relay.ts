import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { QueueName } from './jobs';

interface PendingEvent {
  id: string;
  queue: QueueName;
  job_name: string;
  job_id: string;
  payload: unknown;
}

export interface OutboxRelayOptions {
  batchSize: number;
  /** `queue.add()` can hang while Redis is down; give up and retry on the next tick instead. */
  addTimeoutMs: number;
}

export interface RedriveOutcome {
  checked: number;
  settled: number;
  readded: number;
  /** Pass it to the next batch; jobs still waiting or running are left for the next pass. */
  lastId: string;
}

export interface RelayLogger {
  warn(details: object, message: string): void;
}

/**
 * Moves committed outbox rows to BullMQ. Rows are locked with SKIP LOCKED so several relays can
 * run at once; job ids are deterministic so a row relayed twice (crash between add and commit)
 * is still one job. A relayed row stays unsettled until its job has finished, so jobs a Redis
 * restart lost (it keeps nothing on disk) are found missing and added again.
 */
export class OutboxRelay {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: ReadonlyMap<QueueName, Queue>,
    private readonly logger: RelayLogger,
    private readonly options: OutboxRelayOptions = { batchSize: 500, addTimeoutMs: 5000 },
  ) {}

  /** A pass that relays fewer rows than this left none due when it read them. */
  get batchSize(): number {
    return this.options.batchSize;
  }

  /** Relays one batch of due events, in one round trip to Redis, and returns how many. */
  async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const pending: PendingEvent[] = await manager.sql<
        { id: string; queue: QueueName; job_name: string; job_id: string; payload: unknown }[]
      >`SELECT id, queue, job_name, job_id, payload FROM outbox_events
         WHERE relayed_at IS NULL AND available_at <= now() AND queue = ANY(${[...this.queues.keys()]})
         ORDER BY id LIMIT ${this.options.batchSize} FOR UPDATE SKIP LOCKED`;
      if (pending.length === 0) return 0;
      try {
        await this.add(pending);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.logger.warn(
          { events: pending.length, err: message },
          'outbox relay failed; will retry',
        );
        await manager.sql`UPDATE outbox_events SET attempts = attempts + 1, last_error = ${message} WHERE id = ANY(${pending.map((event) => event.id)}::bigint[])`;
        return 0;
      }
      await manager.sql`UPDATE outbox_events SET relayed_at = now() WHERE id = ANY(${pending.map((event) => event.id)}::bigint[])`;
      return pending.length;
    });
  }

  /** How long until the next row of these queues is due (ms, 0 if one is), null if none waits. */
  async nextDueInMs(): Promise<number | null> {
    const [next] = await this.dataSource.sql<
      { ms: number | null }[]
    >`SELECT (extract(epoch FROM min(available_at) - now()) * 1000)::float8 AS ms
       FROM outbox_events WHERE relayed_at IS NULL AND queue = ANY(${[...this.queues.keys()]})`;
    return next?.ms == null ? null : Math.max(0, next.ms);
  }

  /**
   * Checks the jobs of rows relayed at least `olderThanMs` ago and not yet settled: a finished
   * job (completed, or failed for good) settles its row; a job Redis no longer has is added
   * again. Processing is idempotent, so a job that ran before it was lost does no harm twice.
   */
  async redriveBatch(olderThanMs: number, afterId = '0'): Promise<RedriveOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const unsettled: PendingEvent[] = await manager.sql<
        { id: string; queue: QueueName; job_name: string; job_id: string; payload: unknown }[]
      >`SELECT id, queue, job_name, job_id, payload FROM outbox_events
         WHERE relayed_at < now() - make_interval(secs => ${olderThanMs / 1000}) AND settled_at IS NULL
           AND queue = ANY(${[...this.queues.keys()]}) AND id > ${afterId}::bigint
         ORDER BY id LIMIT ${this.options.batchSize} FOR UPDATE SKIP LOCKED`;
      // Concurrently: ioredis pipelines them, so a batch costs about one round trip.
      const states = await Promise.all(
        unsettled.map((event) => this.queues.get(event.queue)!.getJobState(event.job_id)),
      );
      const settled = unsettled.filter((_, i) => ['completed', 'failed'].includes(states[i]!));
      const missing = unsettled.filter((_, i) => states[i] === 'unknown');
      if (missing.length > 0) await this.add(missing);
      const ids = (events: PendingEvent[]) => events.map((event) => event.id);
      await manager.sql`UPDATE outbox_events SET settled_at = now() WHERE id = ANY(${ids(settled)}::bigint[])`;
      await manager.sql`UPDATE outbox_events SET relayed_at = now() WHERE id = ANY(${ids(missing)}::bigint[])`;
      if (missing.length > 0) {
        this.logger.warn({ readded: missing.length }, 'jobs missing from Redis were added again');
      }
      return {
        checked: unsettled.length,
        settled: settled.length,
        readded: missing.length,
        lastId: unsettled.at(-1)?.id ?? afterId,
      };
    });
  }

  /** Adds the events' jobs, grouped by queue, each group in one call. */
  private async add(events: PendingEvent[]): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error('Timed out adding jobs to Redis')),
        this.options.addTimeoutMs,
      );
    });
    const byQueue = new Map<QueueName, PendingEvent[]>();
    for (const event of events) {
      if (!byQueue.has(event.queue)) byQueue.set(event.queue, []);
      byQueue.get(event.queue)!.push(event);
    }
    try {
      await Promise.race([
        Promise.all(
          [...byQueue].map(([name, group]) =>
            this.queues.get(name)!.addBulk(
              group.map((event) => ({
                name: event.job_name,
                data: event.payload,
                opts: { jobId: event.job_id },
              })),
            ),
          ),
        ),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }
}
