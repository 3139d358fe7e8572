import type { PostingKind } from '@app/domain';
import { MatchLedger } from '@app/ledger';
import { matchingJob, notificationJob, PostingChange, recordOutboxJobs } from '@app/queue';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { postingTable } from '../posting-tables';

export interface SweepOutcome {
  reminded: number;
  expired: number;
  postingsWarned: number;
  postingsExpired: number;
}

/** Authors hear this long before their posting leaves the platform. */
const postingNoticeDays = 14;

/**
 * Everything that happens because time passed, as of one moment: reminders three days before a
 * match's step ends, expiry when it ends, and the same for postings. Each change is a guarded
 * UPDATE whose RETURNING rows get their outbox jobs in the same transaction, so a sweep that runs
 * twice, or on two workers at once, changes and announces each thing once.
 */
@Injectable()
export class DeadlinesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  sweep(asOf: Date): Promise<SweepOutcome> {
    return this.dataSource.transaction(async (manager) => ({
      reminded: await new MatchLedger(manager).remindDue(asOf),
      expired: (await new MatchLedger(manager).expireDue(asOf)).length,
      postingsWarned:
        (await this.warnAuthors(manager, 'need', asOf)) +
        (await this.warnAuthors(manager, 'capability', asOf)),
      postingsExpired:
        (await this.expirePostings(manager, 'need', asOf)) +
        (await this.expirePostings(manager, 'capability', asOf)),
    }));
  }

  private async warnAuthors(manager: EntityManager, kind: PostingKind, asOf: Date) {
    const [rows]: [{ id: string; expires_at: Date }[]] = await manager.query(
      `UPDATE ${postingTable[kind]} SET expiry_notice_for = expires_at
       WHERE status = 'PUBLISHED' AND expires_at > $1
         AND expires_at <= $1 + make_interval(days => $2)
         AND expiry_notice_for IS DISTINCT FROM expires_at
       RETURNING id, expires_at`,
      [asOf, postingNoticeDays],
    );
    await recordOutboxJobs(
      manager,
      rows.map((row) =>
        notificationJob({
          name: 'posting-expiring',
          data: { kind, postingId: row.id, expiresAt: row.expires_at.toISOString() },
        }),
      ),
    );
    return rows.length;
  }

  /** An expired posting leaves matching like a paused one: its proposals are withdrawn. */
  private async expirePostings(manager: EntityManager, kind: PostingKind, asOf: Date) {
    const [rows]: [{ id: string; version: number }[]] = await manager.query(
      `UPDATE ${postingTable[kind]} SET status = 'EXPIRED', version = version + 1, updated_at = now()
       WHERE status = 'PUBLISHED' AND expires_at <= $1 RETURNING id, version`,
      [asOf],
    );
    const change = PostingChange.EXPIRED;
    await recordOutboxJobs(
      manager,
      rows.map(({ id, version }) =>
        kind === 'need'
          ? matchingJob({ name: 'need-changed', data: { needId: id, version, change } })
          : matchingJob({
              name: 'capability-changed',
              data: { capabilityId: id, version, change },
            }),
      ),
    );
    return rows.length;
  }
}
