import { MatchAction, MatchStatus, NotificationEvent } from '@app/domain';
import {
  matchingJob,
  type MatchStep,
  notificationJob,
  PostingChange,
  type PostingKind,
  recordOutboxJobs,
} from '@app/queue';
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

interface StepRow {
  id: string;
  status: MatchStep['status'];
  due_at: Date;
}

/** Authors hear this long before their posting leaves the platform. */
const postingNoticeDays = 14;
const reminderDays = 3;

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
      reminded: await this.remindMatches(manager, asOf),
      expired: await this.expireMatches(manager, asOf),
      postingsWarned:
        (await this.warnAuthors(manager, 'need', asOf)) +
        (await this.warnAuthors(manager, 'capability', asOf)),
      postingsExpired:
        (await this.expirePostings(manager, 'need', asOf)) +
        (await this.expirePostings(manager, 'capability', asOf)),
    }));
  }

  private async remindMatches(manager: EntityManager, asOf: Date): Promise<number> {
    const [rows]: [StepRow[]] = await manager.query(
      `UPDATE matches SET reminded_at = $1
       WHERE status IN ('PROPOSED', 'APPROVED') AND reminded_at IS NULL
         AND due_at > $1 AND due_at <= $1 + make_interval(days => $2)
       RETURNING id, status, due_at`,
      [asOf, reminderDays],
    );
    await this.announce(manager, NotificationEvent.MATCH_REMINDER, rows);
    return rows.length;
  }

  private async expireMatches(manager: EntityManager, asOf: Date): Promise<number> {
    const [rows]: [StepRow[]] = await manager.query(
      `WITH due AS (
         SELECT id, status, due_at FROM matches
         WHERE status IN ('PROPOSED', 'APPROVED') AND due_at <= $1
         FOR UPDATE SKIP LOCKED)
       UPDATE matches m SET status = $2, updated_at = now() FROM due WHERE m.id = due.id
       RETURNING m.id, due.status, due.due_at`,
      [asOf, MatchStatus.EXPIRED],
    );
    await manager.query(
      `INSERT INTO match_events (match_id, actor_id, action, from_status, to_status)
       SELECT id, NULL, $3, from_status, $4 FROM unnest($1::uuid[], $2::text[]) AS e(id, from_status)`,
      [
        rows.map((row) => row.id),
        rows.map((row) => row.status),
        MatchAction.EXPIRED,
        MatchStatus.EXPIRED,
      ],
    );
    await this.announce(manager, NotificationEvent.MATCH_EXPIRED, rows);
    return rows.length;
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

  private announce(
    manager: EntityManager,
    event: NotificationEvent.MATCH_REMINDER | NotificationEvent.MATCH_EXPIRED,
    rows: StepRow[],
  ): Promise<void> {
    return recordOutboxJobs(
      manager,
      rows.map(({ id, status, due_at }) =>
        notificationJob({
          name: 'match-event',
          data: { event, matchId: id, step: { status, dueAt: due_at.toISOString() } },
        }),
      ),
    );
  }
}
