import { keepIdempotencyKeysHours } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** Settled outbox rows are kept this long for investigations, then deleted. */
const keepSettledOutboxDays = 30;

@Injectable()
export class HousekeepingService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Deletes outbox rows whose job finished long ago; unsettled rows are never touched. */
  async pruneOutbox(asOf: Date): Promise<{ deleted: number }> {
    const [{ deleted }] = await this.dataSource.sql<{ deleted: number }[]>`
        WITH pruned AS (
          DELETE FROM outbox_events
          WHERE settled_at IS NOT NULL
            AND settled_at < ${asOf}::timestamptz - make_interval(days => ${keepSettledOutboxDays})
          RETURNING 1)
        SELECT count(*)::int AS deleted FROM pruned`;
    return { deleted };
  }

  /** Deletes idempotency keys older than the day in which they answer retries. */
  async pruneIdempotencyKeys(asOf: Date): Promise<{ deleted: number }> {
    const [{ deleted }] = await this.dataSource.sql<{ deleted: number }[]>`
        WITH pruned AS (
          DELETE FROM idempotency_keys
          WHERE created_at < ${asOf}::timestamptz - make_interval(hours => ${keepIdempotencyKeysHours})
          RETURNING 1)
        SELECT count(*)::int AS deleted FROM pruned`;
    return { deleted };
  }
}
