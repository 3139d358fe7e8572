import { Client } from 'pg';

export interface OutboxWakeupsOptions {
  databaseUrl: string;
  /** A queue's rows were committed. */
  onRows(queue: string): void;
  /** This worker relays (again): rows committed before were not announced to it. */
  onListening(): void;
  reconnectAfterMs?: number;
  /** How often a standing-by worker asks whether it may relay. */
  standbyRetryMs?: number;
}

/** Held by the connection of the one worker that relays promptly; ends with that connection. */
const relayLeaderLock = "SELECT pg_try_advisory_lock(hashtext('outbox-relay')) AS leader";

/**
 * Wakes this worker's relays when outbox rows commit, if it is the relaying worker: one worker
 * at a time holds a session lock on a connection of its own and listens on PostgreSQL's
 * `outbox_events` channel (a trigger notifies it, by queue, at commit). The others stand by,
 * relaying only on their idle polls, and ask for the lock again until its holder's connection
 * ends (a crash included). So each commit wakes one relay, not one per worker. Quiet about
 * outages: the relay loops report them.
 */
export class OutboxWakeups {
  private client: Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly options: OutboxWakeupsOptions) {}

  start(): void {
    void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.options.databaseUrl });
    this.client = client;
    const lost = () => {
      if (this.client !== client) return;
      this.client = undefined;
      clearTimeout(this.timer);
      void client.end().catch(() => undefined);
      this.later(() => this.connect(), this.options.reconnectAfterMs ?? 1000);
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (message) => {
      if (message.payload) this.options.onRows(message.payload);
    });
    try {
      await client.connect();
      await this.lead(client);
    } catch {
      lost();
    }
  }

  private async lead(client: Client): Promise<void> {
    const { rows } = await client.query<{ leader: boolean }>(relayLeaderLock);
    if (this.client !== client) return;
    if (!rows[0]?.leader) {
      this.later(
        () => this.lead(client).catch(() => client.end()),
        this.options.standbyRetryMs ?? 5000,
      );
      return;
    }
    // A command on a connection of its own, outside TypeORM: no rows for the SQL check to type.
    // eslint-disable-next-line no-restricted-syntax
    await client.query('LISTEN outbox_events');
    if (this.client === client) this.options.onListening();
  }

  private later(run: () => Promise<void>, delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void run(), delayMs);
  }
}
