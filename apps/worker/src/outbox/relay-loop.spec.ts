import type { OutboxRelay } from '@app/queue';
import type { PinoLogger } from 'nestjs-pino';
import { RelayLoop } from './relay-loop';

const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
  code: 'ECONNREFUSED',
});

/** A relay whose passes fail while PostgreSQL is "down", and a logger that keeps every line. */
function relayDuring(outage: { down: boolean }) {
  let passes = 0;
  const pass = async () => {
    passes++;
    if (outage.down) throw refused;
    return 0;
  };
  const relay = {
    relayBatch: pass,
    batchSize: 500,
    nextDueInMs: async () => null,
    redriveBatch: async () => ({ checked: await pass(), lastId: undefined }),
  } as unknown as OutboxRelay;
  const lines: { level: string; message: string }[] = [];
  const record = (level: string) => (_details: object, message: string) =>
    lines.push({ level, message });
  const logger = { warn: record('warn'), info: record('info'), debug: () => undefined };
  return { relay, lines, logger: logger as unknown as PinoLogger, passes: () => passes };
}

/** Waits for `done` however slow the machine is: a fixed sleep fails on a loaded CI runner. */
async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('outbox relay loop', () => {
  it('logs a PostgreSQL outage once when it starts and once when it ends, not once per pass', async () => {
    const outage = { down: true };
    const { relay, lines, logger, passes } = relayDuring(outage);
    const loop = new RelayLoop(
      relay,
      { pollIntervalMs: 1, idlePollMs: 1, redriveAfterMs: 4 },
      logger,
    );
    loop.start();
    await until(() => passes() > 20);
    outage.down = false;
    await until(() => lines.length >= 2);
    const passesWhenBack = passes();
    await until(() => passes() > passesWhenBack + 20);
    await loop.stop();
    expect(lines).toEqual([
      { level: 'warn', message: 'postgres unavailable' },
      { level: 'info', message: 'postgres available again' },
    ]);
  });

  it('still logs each failure that is not an outage', async () => {
    const { lines, logger } = relayDuring({ down: false });
    const failing = {
      relayBatch: async () => {
        throw new Error('a bug');
      },
      redriveBatch: async () => ({ checked: 0 }),
    } as unknown as OutboxRelay;
    const loop = new RelayLoop(
      failing,
      { pollIntervalMs: 5, idlePollMs: 5, redriveAfterMs: 1000 },
      logger,
    );
    loop.start();
    await until(() => lines.length > 2);
    await loop.stop();
    expect(lines.every((line) => line.message === 'outbox relay pass failed; retrying')).toBe(true);
  });

  describe('when nothing is due', () => {
    /** A relay whose rows are committed by the test, one pass relaying all that are due. */
    function relayOf(rows: { dueAt: number }[]) {
      const passes: number[] = [];
      const relay = {
        relayBatch: async () => {
          passes.push(Date.now());
          const due = rows.filter((row) => row.dueAt <= Date.now());
          due.forEach((row) => rows.splice(rows.indexOf(row), 1));
          return due.length;
        },
        batchSize: 500,
        nextDueInMs: async () =>
          rows.length ? Math.max(0, Math.min(...rows.map((row) => row.dueAt)) - Date.now()) : null,
        redriveBatch: async () => ({ checked: 0 }),
      } as unknown as OutboxRelay;
      return { relay, passes };
    }
    const timings = { pollIntervalMs: 5, idlePollMs: 60_000, redriveAfterMs: 60_000 };
    const logger = { warn: () => undefined, info: () => undefined, debug: () => undefined };

    it('waits until woken, then relays at once', async () => {
      const rows: { dueAt: number }[] = [];
      const { relay, passes } = relayOf(rows);
      const loop = new RelayLoop(relay, timings, logger as unknown as PinoLogger);
      loop.start();
      await until(() => passes.length === 1);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(passes).toHaveLength(1);
      rows.push({ dueAt: Date.now() });
      loop.wake();
      await until(() => rows.length === 0);
      await loop.stop();
    });

    it('passes again after a pass that a wake-up arrived during', async () => {
      const rows: { dueAt: number }[] = [];
      const { relay, passes } = relayOf(rows);
      const slow = {
        ...relay,
        relayBatch: async () => {
          const relayed = await relay.relayBatch();
          // Committed while the pass was reading: this pass did not see it.
          if (passes.length === 2) {
            rows.push({ dueAt: Date.now() });
            loop.wake();
          }
          return relayed;
        },
      } as unknown as OutboxRelay;
      const loop = new RelayLoop(slow, timings, logger as unknown as PinoLogger);
      loop.start();
      await until(() => passes.length === 1);
      loop.wake();
      await until(() => passes.length >= 3 && rows.length === 0);
      await loop.stop();
    });

    it('passes again when the next delayed row is due, not before', async () => {
      const rows = [{ dueAt: Date.now() + 80 }];
      const { relay, passes } = relayOf(rows);
      const loop = new RelayLoop(relay, timings, logger as unknown as PinoLogger);
      const started = Date.now();
      loop.start();
      await until(() => rows.length === 0);
      await loop.stop();
      expect(Date.now() - started).toBeGreaterThanOrEqual(80);
      expect(passes.length).toBeLessThanOrEqual(3);
    });
  });
});
