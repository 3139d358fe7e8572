import { oneOf, present } from '@app/database';
import { invalidInput, isUuid, NotificationEntity, NotificationEvent, notFound } from '@app/domain';
import { notificationJob, recordOutboxJob } from '@app/queue';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { type Page, paginate, type PaginationArgs } from '../graphql/pagination';
import { FailedEmailKind, type FailedEmailModel } from './models/failed-email.model';
import { NotificationModel } from './models/notification.model';

/** A user's own in-app notifications; nobody else's are ever read or touched. */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(
    unreadOnly: boolean,
    page: PaginationArgs,
    viewer: Viewer,
  ): Promise<Page<NotificationModel>> {
    const query = this.dataSource
      .createQueryBuilder(NotificationEntity, 'notification')
      .where('notification.user_id = :userId', { userId: viewer.id });
    if (unreadOnly) query.andWhere('notification.read_at IS NULL');
    return paginate(
      query,
      page,
      {
        column: 'notification.created_at',
        idColumn: 'notification.id',
        direction: 'DESC',
        sortType: 'timestamp',
      },
      (notification) => NotificationModel.from(notification, viewer.language),
    );
  }

  /** Null when it is not the viewer's: a live event for someone else is never shown. */
  async byId(id: string, viewer: Viewer): Promise<NotificationModel | null> {
    const notification = await this.dataSource.manager.findOneBy(NotificationEntity, {
      id,
      userId: viewer.id,
    });
    return notification && NotificationModel.from(notification, viewer.language);
  }

  /** E-mails the SMTP server refused for good or that failed every retry, newest first. */
  async failedEmails(limit: number): Promise<FailedEmailModel[]> {
    const rows = await this.dataSource.sql<
      {
        id: string | null;
        kind: string;
        event: string | null;
        userId: string | null;
        recipient: string | null;
        error: string | null;
        failedAt: Date | null;
      }[]
    >`SELECT * FROM (
         SELECT n.id, 'NOTIFICATION' AS kind, n.event, u.id AS "userId", u.email AS recipient,
           n.email_error AS error, n.email_failed_at AS "failedAt"
         FROM notifications n JOIN users u ON u.id = n.user_id
         WHERE n.email_failed_at IS NOT NULL AND n.emailed_at IS NULL
         UNION ALL
         SELECT d.id, 'DIGEST', NULL, u.id, u.email, d.email_error, d.email_failed_at
         FROM email_digests d JOIN users u ON u.id = d.user_id
         WHERE d.email_failed_at IS NOT NULL AND d.emailed_at IS NULL) failed
       ORDER BY "failedAt" DESC, id LIMIT ${limit}`;
    return present(rows, 'id', 'userId', 'recipient', 'error', 'failedAt').map((row) => ({
      ...row,
      kind: oneOf(FailedEmailKind, row.kind),
      event: oneOf(NotificationEvent, row.event),
    }));
  }

  /**
   * Sends failed e-mails again, all or none: every id must name one that failed and was not
   * sent since. Retrying the same failure twice is one job.
   */
  async retryFailedEmails(ids: string[]): Promise<number> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) throw invalidInput('ids', 'Give at least one failed e-mail id');
    // `find` gives the id itself: an empty string is falsy, so compare with undefined.
    const notAnId = unique.find((id) => !isUuid(id));
    if (notAnId !== undefined) throw invalidInput('ids', `${notAnId} is not a failed e-mail`);
    return this.dataSource.transaction(async (manager) => {
      const notifications = await manager.sql<
        { id: string; email_failed_at: Date }[]
      >`SELECT id, email_failed_at FROM notifications
        WHERE id = ANY(${unique}::uuid[]) AND email_failed_at IS NOT NULL AND emailed_at IS NULL
        FOR UPDATE`;
      const digests = await manager.sql<
        { id: string; email_failed_at: Date }[]
      >`SELECT id, email_failed_at FROM email_digests
        WHERE id = ANY(${unique}::uuid[]) AND email_failed_at IS NOT NULL AND emailed_at IS NULL
        FOR UPDATE`;
      const failed = [
        ...present(notifications, 'email_failed_at').map((row) => ({
          table: 'notifications',
          ...row,
        })),
        ...present(digests, 'email_failed_at').map((row) => ({ table: 'email_digests', ...row })),
      ].map(({ table, id, email_failed_at }) => ({
        table,
        id,
        retryOf: email_failed_at.toISOString(),
      }));
      const missing = unique.find((id) => !failed.some((row) => row.id === id));
      if (missing !== undefined) throw invalidInput('ids', `${missing} is not a failed e-mail`);
      await manager.sql`UPDATE notifications SET email_failed_at = NULL, email_error = NULL
        WHERE id = ANY(${notifications.map((row) => row.id)}::uuid[])`;
      await manager.sql`UPDATE email_digests SET email_failed_at = NULL, email_error = NULL
        WHERE id = ANY(${digests.map((row) => row.id)}::uuid[])`;
      for (const { table, id, retryOf } of failed) {
        await recordOutboxJob(
          manager,
          table === 'email_digests'
            ? notificationJob({ name: 'send-digest', data: { digestId: id, retryOf } })
            : notificationJob({ name: 'send-email', data: { notificationId: id, retryOf } }),
        );
      }
      return failed.length;
    });
  }

  unreadCount(viewer: Viewer): Promise<number> {
    return this.dataSource.manager.countBy(NotificationEntity, {
      userId: viewer.id,
      readAt: IsNull(),
    });
  }

  /** Marks all the given notifications read, or none if any is not the viewer's. */
  async markRead(ids: string[], viewer: Viewer): Promise<number> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) throw invalidInput('ids', 'Give at least one notification id');
    const missing = unique.find((id) => !isUuid(id));
    if (missing !== undefined) throw notFound('Notification', missing);
    return this.dataSource.transaction(async (manager) => {
      const own = await manager.findBy(NotificationEntity, { id: In(unique), userId: viewer.id });
      const foreign = unique.find((id) => !own.some((notification) => notification.id === id));
      if (foreign !== undefined) throw notFound('Notification', foreign);
      const result = await manager.update(
        NotificationEntity,
        { id: In(unique), userId: viewer.id, readAt: IsNull() },
        { readAt: new Date() },
      );
      return result.affected ?? 0;
    });
  }
}
