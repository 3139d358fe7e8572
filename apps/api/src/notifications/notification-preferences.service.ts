import {
  EmailFrequency,
  frequencyWithoutConsent,
  invalidInput,
  NotificationEvent,
  NotificationPreferenceEntity,
  UserEntity,
} from '@app/domain';
import { emailJobs, recordOutboxJobs } from '@app/queue';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import type {
  EventPreferenceInput,
  NotificationPreferencesInput,
} from './dto/notification-preferences.input';
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
    const choiceOf = new Map(chosen.map((row) => [row.event, row]));
    return {
      timeZone: user.timeZone,
      events: Object.values(NotificationEvent).map((event) => ({
        event,
        frequency: choiceOf.get(event)?.frequency ?? frequencyWithoutConsent,
        consentedAt: choiceOf.get(event)?.consentedAt ?? null,
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
        // Opting in records when; changing between e-mail frequencies keeps that time; OFF clears it.
        await manager.sql`
          INSERT INTO notification_preferences (user_id, event, frequency, consented_at)
          SELECT ${viewer.id}::uuid, chosen.event, chosen.frequency,
            CASE WHEN chosen.frequency <> 'OFF' THEN now() END
          FROM unnest(${events.map((item) => item.event)}::text[],
                      ${events.map((item) => item.frequency)}::text[]) AS chosen(event, frequency)
          ON CONFLICT (user_id, event) DO UPDATE SET frequency = EXCLUDED.frequency,
            consented_at = CASE WHEN EXCLUDED.frequency <> 'OFF'
              THEN COALESCE(notification_preferences.consented_at, now()) END`;
        await this.applyToWaiting(manager, events, viewer);
      }
    });
    return this.forViewer(viewer);
  }

  /**
   * A change of mind applies to what still waits for a digest: it moves to the new digest,
   * is dropped from e-mail (OFF), or is sent now (INSTANT).
   */
  private async applyToWaiting(
    manager: EntityManager,
    events: EventPreferenceInput[],
    viewer: Viewer,
  ): Promise<void> {
    const moved = await manager.sql<
      { id: string; email_frequency: EmailFrequency }[]
    >`WITH changed AS (UPDATE notifications n SET email_frequency = chosen.frequency
       FROM unnest(${events.map((item) => item.event)}::text[], ${events.map((item) => item.frequency)}::text[]) AS chosen(event, frequency)
       WHERE n.user_id = ${viewer.id}::uuid AND n.event = chosen.event AND n.email_frequency <> chosen.frequency
         AND n.email_frequency IN ('DAILY_DIGEST', 'WEEKLY_DIGEST')
         AND n.digest_id IS NULL AND n.emailed_at IS NULL
       RETURNING n.id, n.email_frequency) SELECT * FROM changed`;
    await recordOutboxJobs(
      manager,
      emailJobs(
        moved.filter((row) => row.email_frequency === EmailFrequency.INSTANT).map((row) => row.id),
      ),
    );
  }

  private async isKnownTimeZone(name: string): Promise<boolean> {
    const rows = await this.dataSource.sql<
      { '?column?': number }[]
    >`SELECT 1 FROM pg_timezone_names WHERE name = ${name}`;
    return rows.length > 0;
  }
}
