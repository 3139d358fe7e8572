import type { MigrationInterface, QueryRunner } from 'typeorm';

const list = (values: string[]) => values.map((value) => `'${value}'`).join(', ');

const matchActions = [
  'INTEREST_EXPRESSED',
  'APPROVED',
  'REJECTED',
  'RESPONDED',
  'OUTCOME_RECORDED',
  'EXPIRED',
  'WITHDRAWN',
  'PROPOSED_AGAIN',
];
const meetingActions = ['MEETING_PROPOSED', 'MEETING_ACCEPTED', 'MEETING_CANCELLED'];
const events = [
  'MATCH_TO_REVIEW',
  'MATCH_APPROVED',
  'OTHER_SIDE_INTERESTED',
  'INTRODUCED',
  'MATCH_REMINDER',
  'MATCH_EXPIRED',
];
const meetingEvents = [
  'MEETING_PROPOSED',
  'MEETING_CONFIRMED',
  'MEETING_CANCELLED',
  'MEETING_FOLLOW_UP',
];

/** Meetings the sides of an introduced match arrange, and the notices with their invitations. */
export class Meetings1764430000000 implements MigrationInterface {
  name = 'Meetings1764430000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "meetings" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "match_id" uuid NOT NULL,
        "status" varchar(16) NOT NULL,
        "proposed_by_side" varchar(16) NOT NULL,
        "proposed_by" uuid NOT NULL,
        "proposed_times" timestamptz array NOT NULL,
        "duration_minutes" integer NOT NULL,
        "online" boolean NOT NULL,
        "location" varchar(500) NOT NULL,
        "starts_at" timestamptz,
        "sequence" integer NOT NULL DEFAULT 0,
        "revision" integer NOT NULL DEFAULT 0,
        "follow_up_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_meetings" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_meetings_status"
          CHECK ("status" IN ('PROPOSED', 'CONFIRMED', 'CANCELLED', 'HELD', 'NOT_HELD')),
        CONSTRAINT "CHK_meetings_proposed_by_side"
          CHECK ("proposed_by_side" IN ('firm', 'researcher')),
        CONSTRAINT "CHK_meetings_proposed_times"
          CHECK (cardinality("proposed_times") BETWEEN 1 AND 3),
        CONSTRAINT "CHK_meetings_duration" CHECK ("duration_minutes" BETWEEN 15 AND 480),
        CONSTRAINT "CHK_meetings_confirmed" CHECK ("status" <> 'CONFIRMED' OR "starts_at" IS NOT NULL),
        CONSTRAINT "FK_meetings_match" FOREIGN KEY ("match_id")
          REFERENCES "matches"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_meetings_proposed_by" FOREIGN KEY ("proposed_by")
          REFERENCES "users"("id") ON DELETE RESTRICT
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_meetings_match" ON "meetings" ("match_id")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_meetings_open" ON "meetings" ("match_id") WHERE "status" IN ('PROPOSED', 'CONFIRMED')`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_meetings_starts_at" ON "meetings" ("starts_at") WHERE "status" = 'CONFIRMED'`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_meetings_proposed_by" ON "meetings" ("proposed_by")`,
    );
    await queryRunner.query(`ALTER TABLE "notifications" ADD "meeting_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_notifications_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_notifications_meeting" ON "notifications" ("meeting_id") WHERE "meeting_id" IS NOT NULL`,
    );
    await this.allow(
      queryRunner,
      [...matchActions, ...meetingActions],
      [...events, ...meetingEvents],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "match_events" WHERE "action" IN (${list(meetingActions)})`,
    );
    await queryRunner.query(`DROP TABLE "meetings" CASCADE`);
    await queryRunner.query(
      `DELETE FROM "notifications" WHERE "event" IN (${list(meetingEvents)})`,
    );
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "meeting_id"`);
    await this.allow(queryRunner, matchActions, events);
  }

  private async allow(queryRunner: QueryRunner, actions: string[], notified: string[]) {
    await queryRunner.query(`ALTER TABLE "match_events" DROP CONSTRAINT "CHK_match_events_action"`);
    await queryRunner.query(
      `ALTER TABLE "match_events" ADD CONSTRAINT "CHK_match_events_action" CHECK ("action" IN (${list(actions)}))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" DROP CONSTRAINT "CHK_notifications_event"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "CHK_notifications_event" CHECK ("event" IN (${list([...notified, 'POSTING_EXPIRING'])}))`,
    );
  }
}
