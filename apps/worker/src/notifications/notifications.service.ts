import { present } from '@app/database';
import {
  frequencyWithoutConsent,
  EmailFrequency,
  type MatchNotificationEvent,
  type MatchSide,
  NotificationEvent,
} from '@app/domain';
import {
  type LiveNotification,
  type MatchStep,
  emailJobs,
  occurrenceOf,
  type NotificationJob,
  recordOutboxJobs,
} from '@app/queue';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { LivePublisherService } from './live-publisher.service';
import { type ProposalGroup, proposalGroups, type StandingProposal } from './proposal-groups';

type MatchEvent = Extract<NotificationJob, { name: 'match-event' }>['data'];
type PostingExpiring = Extract<NotificationJob, { name: 'posting-expiring' }>['data'];
type MatchesProposed = Extract<NotificationJob, { name: 'matches-proposed' }>['data'];
type StoredNotification = LiveNotification & { emailFrequency: EmailFrequency };

interface Subject {
  event: NotificationEvent;
  matchId?: string;
  meetingId?: string;
  needId?: string;
  capabilityId?: string;
  /** Names the occurrence; the recipient's id is appended. */
  key: string;
}

/**
 * Turns events into in-app notifications for the people they concern, and announces the
 * e-mails of those who want them at once in the same transaction; digests pick up the rest.
 * The unique idempotency key (event, subject, occurrence, recipient) makes a re-run job a
 * no-op, so nobody is notified twice.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly live: LivePublisherService,
  ) {}

  async matchEvent(data: MatchEvent): Promise<{ notified: number }> {
    const { event, matchId, side, step, meeting } = data;
    const key = [event, matchId, ...occurrenceOf(data)].filter(Boolean).join(':');
    return this.deliver({ event, matchId, meetingId: meeting?.id, key }, (manager) =>
      this.matchRecipients(manager, event, matchId, side, step),
    );
  }

  async postingExpiring({ kind, postingId, expiresAt }: PostingExpiring) {
    const subject: Subject = {
      event: NotificationEvent.POSTING_EXPIRING,
      [kind === 'need' ? 'needId' : 'capabilityId']: postingId,
      key: `POSTING_EXPIRING:${postingId}:${expiresAt}`,
    };
    return this.deliver(subject, async (manager) => {
      const rows =
        kind === 'need'
          ? await manager.sql<{ author_id: string }[]>`SELECT author_id FROM needs
              WHERE id = ${postingId}::uuid AND status = 'PUBLISHED'`
          : await manager.sql<{ author_id: string }[]>`SELECT author_id FROM capabilities
              WHERE id = ${postingId}::uuid AND status = 'PUBLISHED'`;
      return rows.map((row) => row.author_id);
    });
  }

  /**
   * The coordinators of both sides' clusters hear of the proposals still standing, once per
   * posting: how many, for which posting (a lone proposal links to itself). Each counts only
   * the proposals of clusters they coordinate. Unless they chose otherwise, a daily digest.
   */
  async matchesProposed({ matchIds, batchId }: MatchesProposed): Promise<{ notified: number }> {
    return this.store(async (manager) => {
      const standing: StandingProposal[] = await manager.sql<
        {
          id: string;
          need_id: string;
          capability_id: string;
          score: number;
          need_title: string;
          capability_title: string;
          firm: string;
          lab: string;
        }[]
      >`SELECT m.id, m.need_id, m.capability_id, m.score, n.title AS need_title,
           c.title AS capability_title, n.organization_id AS firm, c.organization_id AS lab
         FROM matches m JOIN needs n ON n.id = m.need_id JOIN capabilities c ON c.id = m.capability_id
         WHERE m.id = ANY(${matchIds}::uuid[]) AND m.status = 'PROPOSED' ORDER BY m.score DESC, m.id`;
      const byId = new Map(standing.map((proposal) => [proposal.id, proposal]));
      const stored: StoredNotification[] = [];
      for (const group of proposalGroups(standing)) {
        const proposals = group.matchIds.map((id) => byId.get(id)!);
        stored.push(...(await this.announceProposals(manager, group, proposals, batchId)));
      }
      return stored;
    });
  }

  private announceProposals(
    manager: EntityManager,
    { kind, postingId, title }: ProposalGroup,
    proposals: StandingProposal[],
    batchId: string,
  ): Promise<StoredNotification[]> {
    const event = NotificationEvent.MATCH_TO_REVIEW;
    const key = `${event}:${batchId}:${postingId}`;
    return manager.sql<
      { notificationId: string; userId: string; emailFrequency: EmailFrequency }[]
    >`
      WITH proposals AS (
        SELECT * FROM unnest(
          ${proposals.map((proposal) => proposal.id)}::uuid[],
          ${proposals.map((proposal) => proposal.firm)}::uuid[],
          ${proposals.map((proposal) => proposal.lab)}::uuid[],
          ${proposals.map((proposal) => proposal.score)}::float8[]) AS p(id, firm, lab, score)),
      recipients AS (
        SELECT mc.user_id, count(DISTINCT p.id)::int AS proposals,
          (array_agg(p.id ORDER BY p.score DESC))[1] AS best FROM proposals p
        CROSS JOIN LATERAL match_coordinators(p.firm, p.lab) mc
        GROUP BY mc.user_id)
      INSERT INTO notifications (user_id, event, match_id, need_id, capability_id, match_count,
        subject_title, idempotency_key, email_frequency)
      SELECT r.user_id, ${event}, CASE WHEN r.proposals = 1 THEN r.best END,
        CASE WHEN r.proposals > 1 THEN ${kind === 'need' ? postingId : null}::uuid END,
        CASE WHEN r.proposals > 1 THEN ${kind === 'capability' ? postingId : null}::uuid END,
        r.proposals, left(${title}, 200), ${key} || ':' || r.user_id,
        COALESCE(p.frequency, ${frequencyWithoutConsent})
      FROM recipients r
      LEFT JOIN notification_preferences p ON p.user_id = r.user_id AND p.event = ${event}
      ON CONFLICT (idempotency_key) DO NOTHING
      RETURNING id AS "notificationId", user_id AS "userId", email_frequency AS "emailFrequency"`;
  }

  private deliver(
    subject: Subject,
    recipientsOf: (manager: EntityManager) => Promise<string[]>,
  ): Promise<{ notified: number }> {
    return this.store(async (manager) => {
      const recipients = await recipientsOf(manager);
      if (recipients.length === 0) return [];
      return manager.sql<
        { notificationId: string; userId: string; emailFrequency: EmailFrequency }[]
      >`
        INSERT INTO notifications (user_id, event, match_id, meeting_id, need_id, capability_id,
          idempotency_key, email_frequency)
        SELECT recipient, ${subject.event}, ${subject.matchId ?? null}::uuid,
          ${subject.meetingId ?? null}::uuid,
          ${subject.needId ?? null}::uuid, ${subject.capabilityId ?? null}::uuid,
          ${subject.key} || ':' || recipient::text,
          COALESCE(p.frequency, ${frequencyWithoutConsent})
        FROM unnest(${recipients}::uuid[]) AS recipient
        JOIN users u ON u.id = recipient AND u.erased_at IS NULL
        LEFT JOIN notification_preferences p ON p.user_id = recipient AND p.event = ${subject.event}
        ON CONFLICT (idempotency_key) DO NOTHING
        RETURNING id AS "notificationId", user_id AS "userId", email_frequency AS "emailFrequency"`;
    });
  }

  /** Stores notifications and announces the e-mails wanted at once, then tells open pages. */
  private async store(
    insert: (manager: EntityManager) => Promise<StoredNotification[]>,
  ): Promise<{ notified: number }> {
    const stored = await this.dataSource.transaction(async (manager) => {
      const inserted = await insert(manager);
      await recordOutboxJobs(
        manager,
        emailJobs(
          inserted
            .filter(({ emailFrequency }) => emailFrequency === EmailFrequency.INSTANT)
            .map(({ notificationId }) => notificationId),
        ),
      );
      return inserted;
    });
    await this.live.publish(
      stored.map(({ notificationId, userId }) => ({ notificationId, userId })),
    );
    return { notified: stored.length };
  }

  private async matchRecipients(
    manager: EntityManager,
    event: MatchNotificationEvent,
    matchId: string,
    side?: MatchSide,
    step?: MatchStep,
  ): Promise<string[]> {
    const [match] = await manager.sql<
      {
        firm: string;
        researcher: string;
        firm_organization: string;
        researcher_organization: string;
        firm_response: string | null;
        researcher_response: string | null;
      }[]
    >`
      SELECT n.author_id AS firm, c.author_id AS researcher,
        n.organization_id AS firm_organization, c.organization_id AS researcher_organization,
        m.firm_response, m.researcher_response
      FROM matches m JOIN needs n ON n.id = m.need_id JOIN capabilities c ON c.id = m.capability_id
      WHERE m.id = ${matchId}::uuid`;
    if (!match) return [];
    const coordinators = async () => {
      const rows = await manager.sql<{ user_id: string | null }[]>`SELECT DISTINCT user_id
        FROM match_coordinators(${match.firm_organization}::uuid, ${match.researcher_organization}::uuid)`;
      return present(rows, 'user_id').map((row) => row.user_id);
    };
    switch (event) {
      case NotificationEvent.MATCH_TO_REVIEW:
        return coordinators();
      case NotificationEvent.MATCH_APPROVED:
      case NotificationEvent.INTRODUCED:
        return [match.firm, match.researcher];
      case NotificationEvent.OTHER_SIDE_INTERESTED:
      case NotificationEvent.MEETING_PROPOSED:
        return [side === 'firm' ? match.researcher : match.firm];
      case NotificationEvent.MEETING_CONFIRMED:
      case NotificationEvent.MEETING_CANCELLED:
      case NotificationEvent.MEETING_FOLLOW_UP:
        return [match.firm, match.researcher];
      case NotificationEvent.MATCH_REMINDER:
      case NotificationEvent.MATCH_EXPIRED: {
        if (step?.status === 'PROPOSED') return coordinators();
        // While both sides are asked, only those who have not answered are reminded.
        const reminder = event === NotificationEvent.MATCH_REMINDER;
        return [
          ...(reminder && match.firm_response ? [] : [match.firm]),
          ...(reminder && match.researcher_response ? [] : [match.researcher]),
        ];
      }
    }
  }
}
