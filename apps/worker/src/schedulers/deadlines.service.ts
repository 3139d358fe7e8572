import { present } from '@app/database';
import { MatchLedger, MeetingLedger } from '@app/ledger';
import { matchingJob, notificationJob, PostingChange, recordOutboxJobs } from '@app/queue';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export interface SweepOutcome {
  reminded: number;
  expired: number;
  postingsWarned: number;
  postingsExpired: number;
  meetingsFollowedUp: number;
}

/** Authors hear this long before their posting leaves the platform. */
const postingNoticeDays = 14;

/**
 * Everything that happens because time passed, as of one moment: reminders three days before a
 * match's step ends, expiry when it ends, the same for postings, and the question how a meeting
 * went once it has ended. Each change is a guarded
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
      postingsWarned: await this.warnAuthors(manager, asOf),
      postingsExpired: await this.expirePostings(manager, asOf),
      meetingsFollowedUp: await new MeetingLedger(manager).askHowItWent(asOf),
    }));
  }

  private async warnAuthors(manager: EntityManager, asOf: Date) {
    const warned = await manager.sql<
      { kind: 'need' | 'capability'; id: string | null; expires_at: Date | null }[]
    >`
      WITH needs_warned AS (
        UPDATE needs SET expiry_notice_for = expires_at
        WHERE status = 'PUBLISHED' AND expires_at > ${asOf}
          AND expires_at <= ${asOf}::timestamptz + make_interval(days => ${postingNoticeDays})
          AND expiry_notice_for IS DISTINCT FROM expires_at
        RETURNING id, expires_at),
      capabilities_warned AS (
        UPDATE capabilities SET expiry_notice_for = expires_at
        WHERE status = 'PUBLISHED' AND expires_at > ${asOf}
          AND expires_at <= ${asOf}::timestamptz + make_interval(days => ${postingNoticeDays})
          AND expiry_notice_for IS DISTINCT FROM expires_at
        RETURNING id, expires_at)
      SELECT 'need' AS kind, id, expires_at FROM needs_warned
      UNION ALL SELECT 'capability', id, expires_at FROM capabilities_warned`;
    await recordOutboxJobs(
      manager,
      present(warned, 'id', 'expires_at').map((row) =>
        notificationJob({
          name: 'posting-expiring',
          data: {
            kind: row.kind === 'need' ? 'need' : 'capability',
            postingId: row.id,
            expiresAt: row.expires_at.toISOString(),
          },
        }),
      ),
    );
    return warned.length;
  }

  /** An expired posting leaves matching like a paused one: its proposals are withdrawn. */
  private async expirePostings(manager: EntityManager, asOf: Date) {
    const expired = await manager.sql<
      { kind: 'need' | 'capability'; id: string | null; version: number | null }[]
    >`
      WITH needs_expired AS (
        UPDATE needs SET status = 'EXPIRED', version = version + 1, updated_at = now()
        WHERE status = 'PUBLISHED' AND expires_at <= ${asOf} RETURNING id, version),
      capabilities_expired AS (
        UPDATE capabilities SET status = 'EXPIRED', version = version + 1, updated_at = now()
        WHERE status = 'PUBLISHED' AND expires_at <= ${asOf} RETURNING id, version)
      SELECT 'need' AS kind, id, version FROM needs_expired
      UNION ALL SELECT 'capability', id, version FROM capabilities_expired`;
    const change = PostingChange.EXPIRED;
    await recordOutboxJobs(
      manager,
      present(expired, 'id', 'version').map(({ kind, id, version }) =>
        kind === 'need'
          ? matchingJob({ name: 'need-changed', data: { needId: id, version, change } })
          : matchingJob({
              name: 'capability-changed',
              data: { capabilityId: id, version, change },
            }),
      ),
    );
    return expired.length;
  }
}
