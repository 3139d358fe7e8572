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
  expiredDataExports: number;
  notifications: number;
  digests: number;
  sentMailErrorsCleared: number;
  closedNeeds: number;
  closedCapabilities: number;
}

const dayMs = 24 * 3600 * 1000;
const first = async <T>(rows: Promise<T[]>): Promise<T> => (await rows)[0]!;

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
    const before = (days: number) => new Date(asOf.getTime() - days * dayMs);
    const counts = await this.dataSource.transaction(async (manager) => ({
      ...(await this.deleteUnverifiedAccounts(
        manager,
        before(this.env.RETENTION_UNVERIFIED_ACCOUNT_DAYS),
      )),
      ...(await this.deleteExpiredLinks(manager, before(this.env.RETENTION_EXPIRED_LINK_DAYS))),
      ...(await this.deleteOldNotifications(manager, before(this.env.RETENTION_NOTIFICATION_DAYS))),
      ...(await this.clearSentMailErrors(manager, before(this.env.RETENTION_SENT_MAIL_DAYS))),
      ...(await this.deleteClosedPostings(manager, before(this.env.RETENTION_CLOSED_POSTING_DAYS))),
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
  private async deleteUnverifiedAccounts(manager: EntityManager, createdBefore: Date) {
    const gone = await manager.sql<{ organization_id: string | null }[]>`
      WITH deleted AS (
        DELETE FROM users u
        WHERE u.email_verified_at IS NULL AND u.password_hash IS NOT NULL
          AND u.created_at < ${createdBefore}
          AND NOT EXISTS (SELECT 1 FROM needs WHERE author_id = u.id)
          AND NOT EXISTS (SELECT 1 FROM capabilities WHERE author_id = u.id)
          AND NOT EXISTS (SELECT 1 FROM match_events WHERE actor_id = u.id)
        RETURNING u.organization_id)
      SELECT organization_id FROM deleted`;
    const founded = [...new Set(gone.map((row) => row.organization_id).filter(Boolean))];
    // A statement of its own: within the one above, the deleted members would still be seen.
    const { organizationsLeftEmpty } = await first(manager.sql<
      { organizationsLeftEmpty: number }[]
    >`
      WITH deleted AS (
        DELETE FROM organizations o
        WHERE o.id = ANY(${founded}::uuid[])
          AND NOT EXISTS (SELECT 1 FROM users WHERE organization_id = o.id)
          AND NOT EXISTS (SELECT 1 FROM needs WHERE organization_id = o.id)
          AND NOT EXISTS (SELECT 1 FROM capabilities WHERE organization_id = o.id)
          AND NOT EXISTS (SELECT 1 FROM research_drafts WHERE organization_id = o.id)
          AND NOT EXISTS (SELECT 1 FROM institution_imports WHERE organization_id = o.id)
        RETURNING 1)
      SELECT count(*)::int AS "organizationsLeftEmpty" FROM deleted`);
    return { unverifiedAccounts: gone.length, organizationsLeftEmpty };
  }

  /** Single-use links, sessions' refresh tokens, ORCID round trips and data archives, once long expired. */
  private deleteExpiredLinks(manager: EntityManager, expiredBefore: Date) {
    return first(manager.sql<
      {
        expiredLinks: number;
        expiredRefreshTokens: number;
        expiredOrcidSignIns: number;
        expiredDataExports: number;
      }[]
    >`
      WITH links AS (DELETE FROM account_emails WHERE expires_at < ${expiredBefore} RETURNING 1),
        tokens AS (DELETE FROM refresh_tokens WHERE expires_at < ${expiredBefore} RETURNING 1),
        trips AS (DELETE FROM orcid_sign_ins WHERE expires_at < ${expiredBefore} RETURNING 1),
        -- An archive's link lives two days; one never downloaded goes with the links.
        archives AS (DELETE FROM data_exports WHERE requested_at < ${expiredBefore} RETURNING 1)
      SELECT l.n AS "expiredLinks", t.n AS "expiredRefreshTokens", o.n AS "expiredOrcidSignIns",
        a.n AS "expiredDataExports"
      FROM (SELECT count(*)::int AS n FROM links) l, (SELECT count(*)::int AS n FROM tokens) t,
        (SELECT count(*)::int AS n FROM trips) o, (SELECT count(*)::int AS n FROM archives) a`);
  }

  /**
   * Notifications, then the digests that carried them: apart, as deleting a digest clears the
   * link of its notifications, which one statement must not also delete.
   */
  private async deleteOldNotifications(manager: EntityManager, createdBefore: Date) {
    const { notifications } = await first(manager.sql<{ notifications: number }[]>`
      WITH deleted AS (DELETE FROM notifications WHERE created_at < ${createdBefore} RETURNING 1)
      SELECT count(*)::int AS notifications FROM deleted`);
    const { digests } = await first(manager.sql<{ digests: number }[]>`
      WITH deleted AS (DELETE FROM email_digests WHERE created_at < ${createdBefore} RETURNING 1)
      SELECT count(*)::int AS digests FROM deleted`);
    return { notifications, digests };
  }

  /**
   * An SMTP server's refusal often quotes the address it refused; after the period only the
   * fact and time of a failure stay.
   */
  private clearSentMailErrors(manager: EntityManager, sentBefore: Date) {
    return first(manager.sql<{ sentMailErrorsCleared: number }[]>`
      WITH notices AS (
          UPDATE notifications SET email_error = NULL
          WHERE email_error IS NOT NULL AND created_at < ${sentBefore} RETURNING 1),
        digests AS (
          UPDATE email_digests SET email_error = NULL
          WHERE email_error IS NOT NULL AND created_at < ${sentBefore} RETURNING 1),
        account AS (
          UPDATE account_emails SET email_error = NULL
          WHERE email_error IS NOT NULL AND created_at < ${sentBefore} RETURNING 1)
      SELECT ((SELECT count(*) FROM notices) + (SELECT count(*) FROM digests)
        + (SELECT count(*) FROM account))::int AS "sentMailErrorsCleared"`);
  }

  /**
   * Closed and expired postings, with their proposals, answers and notifications, once ended
   * long enough ago; a posting that led to an introduction stays, as the history both sides and
   * the cluster's outcomes refer to (erasing its organisation removes it). Needs and
   * capabilities apart: both sides of one proposal may go, and it cascades from each.
   */
  private async deleteClosedPostings(manager: EntityManager, endedBefore: Date) {
    const { closedNeeds } = await first(manager.sql<{ closedNeeds: number }[]>`
      WITH deleted AS (
        DELETE FROM needs p
        WHERE p.status IN ('CLOSED', 'EXPIRED')
          AND coalesce(p.closed_at, p.expires_at, p.updated_at) < ${endedBefore}
          AND NOT EXISTS (
            SELECT 1 FROM matches m JOIN match_events e ON e.match_id = m.id
            WHERE m.need_id = p.id AND e.to_status = 'INTRODUCED')
        RETURNING 1)
      SELECT count(*)::int AS "closedNeeds" FROM deleted`);
    const { closedCapabilities } = await first(manager.sql<{ closedCapabilities: number }[]>`
      WITH deleted AS (
        DELETE FROM capabilities p
        WHERE p.status IN ('CLOSED', 'EXPIRED')
          AND coalesce(p.closed_at, p.expires_at, p.updated_at) < ${endedBefore}
          AND NOT EXISTS (
            SELECT 1 FROM matches m JOIN match_events e ON e.match_id = m.id
            WHERE m.capability_id = p.id AND e.to_status = 'INTRODUCED')
        RETURNING 1)
      SELECT count(*)::int AS "closedCapabilities" FROM deleted`);
    return { closedNeeds, closedCapabilities };
  }
}
