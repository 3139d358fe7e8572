interface OutageLogger {
  warn(details: object, message: string): void;
  info(details: object, message: string): void;
}

/** Whether this process sees PostgreSQL as down, shared by all its loops: one line per outage. */
let downSince: number | null = null;

/** Logs the start of an outage, once however many passes fail during it. */
export function databaseUnavailable(logger: OutageLogger, role: string, error: unknown): void {
  if (downSince !== null) return;
  downSince = Date.now();
  logger.warn(
    { dependency: 'postgres', role, err: (error as Error | undefined)?.message },
    'postgres unavailable',
  );
}

/** Logs the end of an outage when a pass succeeds again; nothing while none is under way. */
export function databaseAvailable(logger: OutageLogger, role: string): void {
  if (downSince === null) return;
  logger.info(
    { dependency: 'postgres', role, outageMs: Date.now() - downSince },
    'postgres available again',
  );
  downSince = null;
}
