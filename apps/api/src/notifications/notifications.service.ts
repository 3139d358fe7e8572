import { invalidInput, isUuid, NotificationEntity, notFound } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { type Page, paginate, type PaginationArgs } from '../graphql/pagination';
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
        property: 'createdAt',
        idColumn: 'notification.id',
        direction: 'DESC',
        sortType: 'timestamp',
      },
      (notification) => NotificationModel.from(notification, viewer.language),
    );
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
    if (missing) throw notFound('Notification', missing);
    return this.dataSource.transaction(async (manager) => {
      const own = await manager.findBy(NotificationEntity, { id: In(unique), userId: viewer.id });
      const foreign = unique.find((id) => !own.some((notification) => notification.id === id));
      if (foreign) throw notFound('Notification', foreign);
      const result = await manager.update(
        NotificationEntity,
        { id: In(unique), userId: viewer.id, readAt: IsNull() },
        { readAt: new Date() },
      );
      return result.affected ?? 0;
    });
  }
}
