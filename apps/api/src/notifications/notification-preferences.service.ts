import {
  EmailFrequency,
  invalidInput,
  NotificationEvent,
  NotificationPreferenceEntity,
  UserEntity,
} from '@app/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import type { NotificationPreferencesInput } from './dto/notification-preferences.input';
import type { NotificationPreferencesModel } from './models/notification-preferences.model';

/** Each user's own e-mail frequencies and time zone; nobody else's are read or changed. */
@Injectable()
export class NotificationPreferencesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forViewer(viewer: Viewer): Promise<NotificationPreferencesModel> {
    const [user, chosen] = await Promise.all([
      this.dataSource.manager.findOneByOrFail(UserEntity, { id: viewer.id }),
      this.dataSource.manager.findBy(NotificationPreferenceEntity, { userId: viewer.id }),
    ]);
    const frequencyOf = new Map(chosen.map((row) => [row.event, row.frequency]));
    return {
      timeZone: user.timeZone,
      events: Object.values(NotificationEvent).map((event) => ({
        event,
        frequency: frequencyOf.get(event) ?? EmailFrequency.INSTANT,
      })),
    };
  }

  async update(
    { timeZone, events }: NotificationPreferencesInput,
    viewer: Viewer,
  ): Promise<NotificationPreferencesModel> {
    const repeated = events?.find((item, index) =>
      events.slice(0, index).some((earlier) => earlier.event === item.event),
    );
    if (repeated) throw invalidInput('input.events', `${repeated.event} is listed twice`);
    // Digests are timed in SQL, so the zone must be one PostgreSQL knows.
    if (timeZone != null && !(await this.isKnownTimeZone(timeZone))) {
      throw invalidInput('input.timeZone', `${timeZone} is not an IANA time zone`);
    }
    await this.dataSource.transaction(async (manager) => {
      if (timeZone != null) await manager.update(UserEntity, viewer.id, { timeZone });
      if (events?.length) {
        await manager.upsert(
          NotificationPreferenceEntity,
          events.map(({ event, frequency }) => ({ userId: viewer.id, event, frequency })),
          ['userId', 'event'],
        );
      }
    });
    return this.forViewer(viewer);
  }

  private async isKnownTimeZone(name: string): Promise<boolean> {
    const rows = await this.dataSource.query('SELECT 1 FROM pg_timezone_names WHERE name = $1', [
      name,
    ]);
    return rows.length > 0;
  }
}
