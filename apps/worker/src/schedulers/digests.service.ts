import { notificationJob, recordOutboxJobs } from '@app/queue';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** Digests go out in the morning of the recipient's time zone, weekly ones on Monday. */
const firstHour = 8;
/** Later hourly runs in the same morning still catch up if the worker was down at eight. */
const lastHour = 11;

/**
 * Gathers notifications waiting for a daily or weekly digest into one digest per user and
 * period (a local date or ISO week), and announces its e-mail. The unique period makes the
 * gathering happen once however often the schedule fires; what arrives after a period's digest
 * waits for the next period.
 */
@Injectable()
export class DigestsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  gather(asOf: Date): Promise<{ digests: number }> {
    return this.dataSource.transaction(async (manager) => {
      const digests = await manager.sql<{ id: string }[]>`WITH local AS (
           SELECT DISTINCT n.user_id, n.email_frequency AS frequency,
             ${asOf}::timestamptz AT TIME ZONE u.time_zone AS at
           FROM notifications n JOIN users u ON u.id = n.user_id
           WHERE n.digest_id IS NULL AND n.emailed_at IS NULL AND n.created_at <= ${asOf}
             AND n.email_frequency IN ('DAILY_DIGEST', 'WEEKLY_DIGEST'))
         INSERT INTO email_digests (user_id, frequency, period)
         SELECT user_id, frequency,
           CASE frequency WHEN 'DAILY_DIGEST' THEN to_char(at, 'YYYY-MM-DD')
             ELSE to_char(at, 'IYYY-"W"IW') END
         FROM local
         WHERE extract(hour FROM at) BETWEEN ${firstHour} AND ${lastHour}
           AND (frequency = 'DAILY_DIGEST' OR extract(isodow FROM at) = 1)
         ON CONFLICT ON CONSTRAINT "UQ_email_digests_period" DO NOTHING
         RETURNING id`;
      await manager.sql`UPDATE notifications n SET digest_id = d.id
         FROM email_digests d
         WHERE d.id = ANY(${digests.map((digest) => digest.id)}::uuid[]) AND n.user_id = d.user_id AND n.email_frequency = d.frequency
           AND n.digest_id IS NULL AND n.emailed_at IS NULL AND n.created_at <= ${asOf}`;
      await recordOutboxJobs(
        manager,
        digests.map((digest) =>
          notificationJob({ name: 'send-digest', data: { digestId: digest.id } }),
        ),
      );
      return { digests: digests.length };
    });
  }
}
