import { ENV, type Env } from '@app/config';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import type { DataSource, EntityManager } from 'typeorm';

/** What one run deleted or anonymised, by kind; logged with the job. */
export interface RetentionCounts {
  unverifiedAccounts: number;
  organizationsLeftEmpty: number;
  expiredLinks: number;
  expiredRefreshTokens: number;
  expiredOrcidSignIns: number;
  notifications: number;
  digests: number;
  sentMailErrorsCleared: number;
  closedNeeds: number;
  closedCapabilities: number;
}

type Counted = Promise<{ n: number }[]>;
const total = async (...statements: Counted[]) =>
  (await Promise.all(statements)).reduce((sum, [row]) => sum + row!.n, 0);

/**
 * Keeps personal data no longer than the operator's retention periods (README, "Personal
 * data"). Each rule deletes or clears the rows old enough for it, so a run is idempotent and a
 * missed day is caught up by the next.
 */
@Injectable()
export class RetentionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ENV) private readonly env: Env,
    private readonly logger: PinoLogger,
  ) {}

  async apply(asOf: Date): Promise<RetentionCounts> {
    const counts = await this.dataSource.transaction(async (manager) => ({
      ...(await this.deleteUnverifiedAccounts(manager, asOf)),
      ...(await this.deleteExpiredLinks(manager, asOf)),
      ...(await this.deleteOldNotifications(manager, asOf)),
      sentMailErrorsCleared: await this.clearSentMailErrors(manager, asOf),
      ...(await this.deleteClosedPostings(manager, asOf)),
    }));
    this.logger.info(counts, 'retention applied');
    return counts;
  }

  /**
   * Accounts someone signed up for and never proved the address of (invited people have no
   * password until they follow their link, and are not concerned), with the organisation they
   * founded if nobody and nothing else is left in it. Such an account cannot sign in, so it
   * authored nothing; the checks keep it so if that ever changes.
   */
  private async deleteUnverifiedAccounts(manager: EntityManager, asOf: Date) {
    const days = this.env.RETENTION_UNVERIFIED_ACCOUNT_DAYS;
    // Through a WITH: TypeORM answers a bare DELETE … RETURNING with its rows and their count.
    const gone = await manager.sql<{ organization_id: string | null }[]>`
      WITH deleted AS (
        DELETE FROM users u
        WHERE u.email_verified_at IS NULL AND u.password_hash IS NOT NULL
          AND u.created_at < ${asOf}::timestamptz - make_interval(days => ${days})
          AND NOT EXISTS (SELECT 1 FROM needs WHERE author_id = u.id)
          AND NOT EXISTS (SELECT 1 FROM capabilities WHERE author_id = u.id)
          AND NOT EXISTS (SELECT 1 FROM match_events WHERE actor_id = u.id)
        RETURNING u.organization_id)
      SELECT organization_id FROM deleted`;
    const founded = [...new Set(gone.map((row) => row.organization_id).filter(Boolean))];
    const organizationsLeftEmpty = await total(manager.sql<{ n: number }[]>`
      WITH deleted AS (
        DELETE FROM organizations o
        WHERE o.id = ANY(${founded}::uuid[])
          AND NOT EXISTS (SELECT 1 FROM users WHERE organization_id = o.id)
          AND NOT EXISTS (SELECT 1 FROM needs WHERE organization_id = o.id)
          AND NOT EXISTS (SELECT 1 FROM capabilities WHERE organization_id = o.id)
          AND NOT EXISTS (SELECT 1 FROM research_drafts WHERE organization_id = o.id)
          AND NOT EXISTS (SELECT 1 FROM institution_imports WHERE organization_id = o.id)
        RETURNING 1)
      SELECT count(*)::int AS n FROM deleted`);
    return { unverifiedAccounts: gone.length, organizationsLeftEmpty };
  }

  /** Single-use links, sessions' refresh tokens and ORCID round trips, once long expired. */
  private async deleteExpiredLinks(manager: EntityManager, asOf: Date) {
    const days = this.env.RETENTION_EXPIRED_LINK_DAYS;
    return {
      expiredLinks: await total(manager.sql<{ n: number }[]>`
        WITH deleted AS (
          DELETE FROM account_emails
          WHERE expires_at < ${asOf}::timestamptz - make_interval(days => ${days})
          RETURNING 1)
        SELECT count(*)::int AS n FROM deleted`),
      expiredRefreshTokens: await total(manager.sql<{ n: number }[]>`
        WITH deleted AS (
          DELETE FROM refresh_tokens
          WHERE expires_at < ${asOf}::timestamptz - make_interval(days => ${days})
          RETURNING 1)
        SELECT count(*)::int AS n FROM deleted`),
      expiredOrcidSignIns: await total(manager.sql<{ n: number }[]>`
        WITH deleted AS (
          DELETE FROM orcid_sign_ins
          WHERE expires_at < ${asOf}::timestamptz - make_interval(days => ${days})
          RETURNING 1)
        SELECT count(*)::int AS n FROM deleted`),
    };
  }

  /** Notifications, and the digests that carried them (a notification's digest link is cleared). */
  private async deleteOldNotifications(manager: EntityManager, asOf: Date) {
    const days = this.env.RETENTION_NOTIFICATION_DAYS;
    return {
      notifications: await total(manager.sql<{ n: number }[]>`
        WITH deleted AS (
          DELETE FROM notifications
          WHERE created_at < ${asOf}::timestamptz - make_interval(days => ${days})
          RETURNING 1)
        SELECT count(*)::int AS n FROM deleted`),
      digests: await total(manager.sql<{ n: number }[]>`
        WITH deleted AS (
          DELETE FROM email_digests
          WHERE created_at < ${asOf}::timestamptz - make_interval(days => ${days})
          RETURNING 1)
        SELECT count(*)::int AS n FROM deleted`),
    };
  }

  /**
   * An SMTP server's refusal often quotes the address it refused; after the period only the
   * fact and time of a failure stay.
   */
  private clearSentMailErrors(manager: EntityManager, asOf: Date): Promise<number> {
    const days = this.env.RETENTION_SENT_MAIL_DAYS;
    return total(
      manager.sql<{ n: number }[]>`
        WITH cleared AS (
          UPDATE notifications SET email_error = NULL
          WHERE email_error IS NOT NULL
            AND created_at < ${asOf}::timestamptz - make_interval(days => ${days})
          RETURNING 1)
        SELECT count(*)::int AS n FROM cleared`,
      manager.sql<{ n: number }[]>`
        WITH cleared AS (
          UPDATE email_digests SET email_error = NULL
          WHERE email_error IS NOT NULL
            AND created_at < ${asOf}::timestamptz - make_interval(days => ${days})
          RETURNING 1)
        SELECT count(*)::int AS n FROM cleared`,
      manager.sql<{ n: number }[]>`
        WITH cleared AS (
          UPDATE account_emails SET email_error = NULL
          WHERE email_error IS NOT NULL
            AND created_at < ${asOf}::timestamptz - make_interval(days => ${days})
          RETURNING 1)
        SELECT count(*)::int AS n FROM cleared`,
    );
  }

  /**
   * Closed and expired postings, with their proposals, answers and notifications, once ended
   * long enough ago; a posting that led to an introduction stays, as the history both sides and
   * the cluster's outcomes refer to (erasing its organisation removes it).
   */
  private async deleteClosedPostings(manager: EntityManager, asOf: Date) {
    const days = this.env.RETENTION_CLOSED_POSTING_DAYS;
    return {
      closedNeeds: await total(manager.sql<{ n: number }[]>`
        WITH deleted AS (
          DELETE FROM needs p
          WHERE p.status IN ('CLOSED', 'EXPIRED')
            AND coalesce(p.closed_at, p.expires_at, p.updated_at)
              < ${asOf}::timestamptz - make_interval(days => ${days})
            AND NOT EXISTS (
              SELECT 1 FROM matches m JOIN match_events e ON e.match_id = m.id
              WHERE m.need_id = p.id AND e.to_status = 'INTRODUCED')
          RETURNING 1)
        SELECT count(*)::int AS n FROM deleted`),
      closedCapabilities: await total(manager.sql<{ n: number }[]>`
        WITH deleted AS (
          DELETE FROM capabilities p
          WHERE p.status IN ('CLOSED', 'EXPIRED')
            AND coalesce(p.closed_at, p.expires_at, p.updated_at)
              < ${asOf}::timestamptz - make_interval(days => ${days})
            AND NOT EXISTS (
              SELECT 1 FROM matches m JOIN match_events e ON e.match_id = m.id
              WHERE m.capability_id = p.id AND e.to_status = 'INTRODUCED')
          RETURNING 1)
        SELECT count(*)::int AS n FROM deleted`),
    };
  }
}
