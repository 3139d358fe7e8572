import { NotificationEvent } from '@app/domain';
import type { NotificationJob } from '@app/queue';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

const authors = `SELECT n.author_id AS firm, c.author_id AS researcher,
  n.organization_id AS firm_organization, c.organization_id AS researcher_organization
  FROM matches m JOIN needs n ON n.id = m.need_id JOIN capabilities c ON c.id = m.capability_id WHERE m.id = $1`;

/**
 * Turns a match event into in-app notifications for the people it concerns. The unique
 * idempotency key (event, match, recipient) makes a re-run job a no-op.
 */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async deliver({ event, matchId, side }: NotificationJob['data']): Promise<{ notified: number }> {
    const recipients = await this.recipients(event as NotificationEvent, matchId, side);
    if (recipients.length === 0) return { notified: 0 };
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO notifications (user_id, event, match_id, idempotency_key)
       SELECT recipient, $1::text, $2::uuid, $1::text || ':' || $2::text || ':' || recipient::text
       FROM unnest($3::uuid[]) AS recipient
       ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
      [event, matchId, recipients],
    );
    return { notified: inserted.length };
  }

  private async recipients(
    event: NotificationEvent,
    matchId: string,
    side?: 'firm' | 'researcher',
  ): Promise<string[]> {
    const [match] = await this.dataSource.query(authors, [matchId]);
    if (!match) return [];
    switch (event) {
      case NotificationEvent.MATCH_TO_REVIEW: {
        const rows: { user_id: string }[] = await this.dataSource.query(
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
