import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Step deadlines for matches (a trigger keeps `due_at` in step with the status), cluster settings
 * (deadline, threshold, top-k), notification preferences, digests, the user's time zone, failed
 * e-mails, notifications about postings, and outbox rows that settle once their job finished.
 */
export class DeadlinesAndPreferences1764210000000 implements MigrationInterface {
  name = 'DeadlinesAndPreferences1764210000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "email_digests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "frequency" character varying(16) NOT NULL, "period" character varying(10) NOT NULL, "emailed_at" TIMESTAMP WITH TIME ZONE, "email_failed_at" TIMESTAMP WITH TIME ZONE, "email_error" character varying(1000), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_email_digests_period" UNIQUE ("user_id", "frequency", "period"), CONSTRAINT "CHK_email_digests_frequency" CHECK ("frequency" IN ('DAILY_DIGEST', 'WEEKLY_DIGEST')), CONSTRAINT "PK_d6ac9751e05e97d3b613dcacd9b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "event" character varying(40) NOT NULL, "frequency" character varying(16) NOT NULL, CONSTRAINT "CHK_notification_preferences_frequency" CHECK ("frequency" IN ('INSTANT', 'DAILY_DIGEST', 'WEEKLY_DIGEST', 'OFF')), CONSTRAINT "PK_e1b77b1639cf557629fd13e1110" PRIMARY KEY ("user_id", "event"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD "time_zone" character varying(64) NOT NULL DEFAULT 'Europe/Warsaw'`,
    );
    await queryRunner.query(
      `ALTER TABLE "clusters" ADD "step_deadline_days" integer NOT NULL DEFAULT '14'`,
    );
    await queryRunner.query(
      `ALTER TABLE "clusters" ADD CONSTRAINT "CHK_clusters_step_deadline_days" CHECK ("step_deadline_days" BETWEEN 3 AND 90)`,
    );
    for (const postings of ['needs', 'capabilities']) {
      await queryRunner.query(
        `ALTER TABLE "${postings}" ADD "expiry_notice_for" TIMESTAMP WITH TIME ZONE`,
      );
    }
    await queryRunner.query(`ALTER TABLE "clusters" ADD "match_threshold" double precision`);
    await queryRunner.query(`ALTER TABLE "clusters" ADD "match_top_k" integer`);
    await queryRunner.query(
      `ALTER TABLE "clusters" ADD CONSTRAINT "CHK_clusters_match_threshold" CHECK ("match_threshold" BETWEEN 0 AND 1)`,
    );
    await queryRunner.query(
      `ALTER TABLE "clusters" ADD CONSTRAINT "CHK_clusters_match_top_k" CHECK ("match_top_k" BETWEEN 1 AND 100)`,
    );
    await queryRunner.query(`ALTER TABLE "matches" ADD "due_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "matches" ADD "reminded_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "matches" DROP CONSTRAINT "CHK_matches_status"`);
    await queryRunner.query(
      `ALTER TABLE "matches" ADD CONSTRAINT "CHK_matches_status" CHECK ("status" IN ('PROPOSED', 'WITHDRAWN', 'APPROVED', 'REJECTED', 'INTRODUCED', 'DECLINED', 'EXPIRED'))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_matches_due" ON "matches" ("due_at") WHERE "due_at" IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "match_events" ALTER COLUMN "actor_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "match_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD "need_id" uuid`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD "capability_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD "email_frequency" character varying(16) NOT NULL DEFAULT 'INSTANT'`,
    );
    await queryRunner.query(`ALTER TABLE "notifications" ADD "digest_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD "email_failed_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD "email_error" character varying(1000)`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "CHK_notifications_email_frequency" CHECK ("email_frequency" IN ('INSTANT', 'DAILY_DIGEST', 'WEEKLY_DIGEST', 'OFF'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "CHK_notifications_subject" CHECK (num_nonnulls("match_id", "need_id", "capability_id") = 1)`,
    );
    await queryRunner.query(
      `ALTER TABLE "email_digests" ADD CONSTRAINT "FK_email_digests_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_notification_preferences_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_notifications_need" FOREIGN KEY ("need_id") REFERENCES "needs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_notifications_capability" FOREIGN KEY ("capability_id") REFERENCES "capabilities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_notifications_digest" FOREIGN KEY ("digest_id") REFERENCES "email_digests"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    for (const postings of ['needs', 'capabilities']) {
      await queryRunner.query(
        `CREATE INDEX "IDX_${postings}_published_expiry" ON "${postings}" ("expires_at") WHERE "status" = 'PUBLISHED'`,
      );
    }
    await queryRunner.query(
      `CREATE INDEX "IDX_notifications_digest_pending" ON "notifications" ("user_id") WHERE "digest_id" IS NULL AND "emailed_at" IS NULL AND "email_frequency" IN ('DAILY_DIGEST', 'WEEKLY_DIGEST')`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_notifications_email_failed" ON "notifications" ("email_failed_at") WHERE "email_failed_at" IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "outbox_events" ADD "settled_at" TIMESTAMP WITH TIME ZONE`,
    );
    // Events relayed before this change are taken as done.
    await queryRunner.query(
      `UPDATE "outbox_events" SET "settled_at" = "relayed_at" WHERE "relayed_at" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_outbox_events_unsettled" ON "outbox_events" ("relayed_at") WHERE "relayed_at" IS NOT NULL AND "settled_at" IS NULL`,
    );
    // Each step of a match starts when its status changes; its deadline is the longest one
    // among the clusters of both organisations (14 days when neither is in a cluster).
    await queryRunner.query(`
      CREATE FUNCTION match_step_started() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status THEN
          NEW.reminded_at := NULL;
          NEW.due_at := NULL;
          IF NEW.status IN ('PROPOSED', 'APPROVED') THEN
            NEW.due_at := now() + make_interval(days => (
              SELECT COALESCE(MAX(c.step_deadline_days), 14)
              FROM cluster_members cm JOIN clusters c ON c.id = cm.cluster_id
              WHERE cm.organization_id IN (
                (SELECT organization_id FROM needs WHERE id = NEW.need_id),
                (SELECT organization_id FROM capabilities WHERE id = NEW.capability_id))));
          END IF;
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "TRG_matches_step_started" BEFORE INSERT OR UPDATE OF status ON "matches" FOR EACH ROW EXECUTE FUNCTION match_step_started()`,
    );
    // Matches waiting today start their step now, with the default deadline.
    await queryRunner.query(
      `UPDATE "matches" SET "due_at" = now() + interval '14 days' WHERE "status" IN ('PROPOSED', 'APPROVED')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TRG_matches_step_started" ON "matches"`);
    await queryRunner.query(`DROP FUNCTION match_step_started()`);
    await queryRunner.query(`DROP INDEX "public"."IDX_outbox_events_unsettled"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notifications_email_failed"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notifications_digest_pending"`);
    for (const postings of ['needs', 'capabilities']) {
      await queryRunner.query(`DROP INDEX "public"."IDX_${postings}_published_expiry"`);
    }
    await queryRunner.query(`ALTER TABLE "outbox_events" DROP COLUMN "settled_at"`);
    await queryRunner.query(
      `ALTER TABLE "notifications" DROP CONSTRAINT "FK_notifications_digest"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" DROP CONSTRAINT "FK_notifications_capability"`,
    );
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_notifications_need"`);
    await queryRunner.query(
      `ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_notification_preferences_user"`,
    );
    await queryRunner.query(`ALTER TABLE "email_digests" DROP CONSTRAINT "FK_email_digests_user"`);
    await queryRunner.query(`DELETE FROM "notifications" WHERE "match_id" IS NULL`);
    await queryRunner.query(
      `ALTER TABLE "notifications" DROP CONSTRAINT "CHK_notifications_subject"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" DROP CONSTRAINT "CHK_notifications_email_frequency"`,
    );
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "email_error"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "email_failed_at"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "digest_id"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "email_frequency"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "capability_id"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "need_id"`);
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "match_id" SET NOT NULL`);
    await queryRunner.query(`DELETE FROM "match_events" WHERE "actor_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "match_events" ALTER COLUMN "actor_id" SET NOT NULL`);
    await queryRunner.query(`DROP INDEX "public"."IDX_matches_due"`);
    await queryRunner.query(
      `UPDATE "matches" SET "status" = 'WITHDRAWN' WHERE "status" = 'EXPIRED'`,
    );
    await queryRunner.query(`ALTER TABLE "matches" DROP CONSTRAINT "CHK_matches_status"`);
    await queryRunner.query(
      `ALTER TABLE "matches" ADD CONSTRAINT "CHK_matches_status" CHECK ("status" IN ('PROPOSED', 'WITHDRAWN', 'APPROVED', 'REJECTED', 'INTRODUCED', 'DECLINED'))`,
    );
    await queryRunner.query(`ALTER TABLE "matches" DROP COLUMN "reminded_at"`);
    await queryRunner.query(`ALTER TABLE "matches" DROP COLUMN "due_at"`);
    for (const postings of ['needs', 'capabilities']) {
      await queryRunner.query(`ALTER TABLE "${postings}" DROP COLUMN "expiry_notice_for"`);
    }
    await queryRunner.query(
      `ALTER TABLE "clusters" DROP CONSTRAINT "CHK_clusters_step_deadline_days"`,
    );
    await queryRunner.query(`ALTER TABLE "clusters" DROP COLUMN "step_deadline_days"`);
    await queryRunner.query(`ALTER TABLE "clusters" DROP CONSTRAINT "CHK_clusters_match_top_k"`);
    await queryRunner.query(
      `ALTER TABLE "clusters" DROP CONSTRAINT "CHK_clusters_match_threshold"`,
    );
    await queryRunner.query(`ALTER TABLE "clusters" DROP COLUMN "match_top_k"`);
    await queryRunner.query(`ALTER TABLE "clusters" DROP COLUMN "match_threshold"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "time_zone"`);
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
    await queryRunner.query(`DROP TABLE "email_digests"`);
  }
}
