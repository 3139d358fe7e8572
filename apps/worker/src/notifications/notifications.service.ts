import { NotificationEvent } from '@app/domain';
import {
  type MatchSideName,
  type NotificationJob,
  notificationJob,
  recordOutboxJob,
} from '@app/queue';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

type MatchEvent = Extract<NotificationJob, { name: 'match-event' }>['data'];

const sides = `SELECT n.author_id AS firm, c.author_id AS researcher,
  n.organization_id AS firm_organization, c.organization_id AS researcher_organization
  FROM matches m JOIN needs n ON n.id = m.need_id JOIN capabilities c ON c.id = m.capability_id WHERE m.id = $1`;

/**
 * Turns a match event into in-app notifications for the people it concerns, and announces their
 * e-mails in the same transaction. The unique idempotency key (event, match, recipient) makes a
 * re-run job a no-op, so nobody is notified twice.
 */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  deliver({ event, matchId, side }: MatchEvent): Promise<{ notified: number }> {
    return this.dataSource.transaction(async (manager) => {
      const recipients = await this.recipients(manager, event as NotificationEvent, matchId, side);
      if (recipients.length === 0) return { notified: 0 };
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO notifications (user_id, event, match_id, idempotency_key)
         SELECT recipient, $1::text, $2::uuid, $1::text || ':' || $2::text || ':' || recipient::text
         FROM unnest($3::uuid[]) AS recipient
         ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
        [event, matchId, recipients],
      );
      for (const { id } of inserted) {
        await recordOutboxJob(
          manager,
          notificationJob({ name: 'send-email', data: { notificationId: id } }),
        );
      }
      return { notified: inserted.length };
    });
  }

  private async recipients(
    manager: EntityManager,
    event: NotificationEvent,
    matchId: string,
    side?: MatchSideName,
  ): Promise<string[]> {
    const [match] = await manager.query(sides, [matchId]);
    if (!match) return [];
    switch (event) {
      case NotificationEvent.MATCH_TO_REVIEW: {
        const rows: { user_id: string }[] = await manager.query(
          `SELECT DISTINCT cc.user_id FROM cluster_coordinators cc
           JOIN cluster_members cm ON cm.cluster_id = cc.cluster_id WHERE cm.organization_id = ANY($1)`,
          [[match.firm_organization, match.researcher_organization]],
        );
        return rows.map((row) => row.user_id);
      }
      case NotificationEvent.MATCH_APPROVED:
      case NotificationEvent.INTRODUCED:
        return [match.firm, match.researcher];
      case NotificationEvent.OTHER_SIDE_INTERESTED:
        return [side === 'firm' ? match.researcher : match.firm];
    }
  }
}
