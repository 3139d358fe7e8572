import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Coordinator review and the sides' answers on matches, with an append-only audit trail. */
export class MatchReview1764190000000 implements MigrationInterface {
  name = 'MatchReview1764190000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "match_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "match_id" uuid NOT NULL, "actor_id" uuid NOT NULL, "action" character varying(32) NOT NULL, "from_status" character varying(16) NOT NULL, "to_status" character varying(16) NOT NULL, "reason" character varying(32), "note" character varying(2000), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_34160ac79fb420bdc42a6b24854" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_match_events_match" ON "match_events"("match_id", "created_at")`,
    );
    await queryRunner.query(
      `ALTER TABLE "matches" ADD "reject_reason" character varying(32), ADD "user_initiated" boolean NOT NULL DEFAULT false, ADD "interest_message" character varying(2000), ADD "outcome" character varying(32), ADD "agreement_type" character varying(40)`,
    );
    await queryRunner.query(`ALTER TABLE "matches" ADD "firm_response" character varying(16)`);
    await queryRunner.query(
      `ALTER TABLE "matches" ADD "researcher_response" character varying(16)`,
    );
    await queryRunner.query(`ALTER TABLE "matches" ADD "decided_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "matches" ADD "introduced_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "match_events" ADD CONSTRAINT "FK_match_events_match" FOREIGN KEY ("match_id") REFERENCES "matches"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_events" ADD CONSTRAINT "FK_match_events_actor" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "matches" DROP CONSTRAINT "CHK_matches_status"`);
    await queryRunner.query(
      `ALTER TABLE "matches" ADD CONSTRAINT "CHK_matches_status" CHECK ("status" IN ('PROPOSED', 'WITHDRAWN', 'APPROVED', 'REJECTED', 'INTRODUCED', 'DECLINED'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "matches" DROP CONSTRAINT "CHK_matches_status"`);
    await queryRunner.query(
      `ALTER TABLE "matches" ADD CONSTRAINT "CHK_matches_status" CHECK ("status" IN ('PROPOSED', 'WITHDRAWN'))`,
    );
    await queryRunner.query(`ALTER TABLE "match_events" DROP CONSTRAINT "FK_match_events_actor"`);
    await queryRunner.query(`ALTER TABLE "match_events" DROP CONSTRAINT "FK_match_events_match"`);
    await queryRunner.query(`ALTER TABLE "matches" DROP COLUMN "introduced_at"`);
    await queryRunner.query(`ALTER TABLE "matches" DROP COLUMN "decided_at"`);
    await queryRunner.query(`ALTER TABLE "matches" DROP COLUMN "researcher_response"`);
    await queryRunner.query(`ALTER TABLE "matches" DROP COLUMN "firm_response"`);
    await queryRunner.query(
      `ALTER TABLE "matches" DROP COLUMN "reject_reason", DROP COLUMN "user_initiated", DROP COLUMN "interest_message", DROP COLUMN "outcome", DROP COLUMN "agreement_type"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_match_events_match"`);
    await queryRunner.query(`DROP TABLE "match_events"`);
  }
}
