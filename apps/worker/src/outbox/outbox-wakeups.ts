import { Client } from 'pg';

export interface OutboxWakeupsOptions {
  databaseUrl: string;
  /** A queue's rows were committed. */
  onRows(queue: string): void;
  /** Listening (again): rows committed while it was not were not announced. */
  onListening(): void;
  reconnectAfterMs?: number;
}

/**
 * Listens on PostgreSQL's `outbox_events` channel (a trigger notifies it when rows commit, by
 * queue), on a connection of its own, and listens again after the connection is lost. Quiet
 * about outages: the relay loops report them.
 */
export class OutboxWakeups {
  private client: Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly options: OutboxWakeupsOptions) {}

  start(): void {
    void this.listen();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.options.databaseUrl });
    this.client = client;
    const lost = () => {
      if (this.client !== client) return;
      this.client = undefined;
      void client.end().catch(() => undefined);
      if (!this.stopped)
        this.timer = setTimeout(() => void this.listen(), this.options.reconnectAfterMs ?? 1000);
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (message) => {
      if (message.payload) this.options.onRows(message.payload);
    });
    try {
      await client.connect();
      await client.query('LISTEN outbox_events');
      if (this.client === client) this.options.onListening();
    } catch {
      lost();
    }
  }
}
