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
    const [, deleted]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM outbox_events
       WHERE settled_at IS NOT NULL AND settled_at < $1::timestamptz - make_interval(days => $2)`,
      [asOf, keepSettledOutboxDays],
    );
    return { deleted };
  }

  /** Deletes idempotency keys older than the day in which they answer retries. */
  async pruneIdempotencyKeys(asOf: Date): Promise<{ deleted: number }> {
    const [, deleted]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM idempotency_keys
       WHERE created_at < $1::timestamptz - make_interval(hours => $2)`,
      [asOf, keepIdempotencyKeysHours],
    );
    return { deleted };
  }
}
