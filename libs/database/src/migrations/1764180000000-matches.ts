import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matches proposed by the engine (one row per need and capability), and indexes on
 * `updated_at` so workers can catch up on postings changed by other workers.
 */
export class Matches1764180000000 implements MigrationInterface {
  name = 'Matches1764180000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "matches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "need_id" uuid NOT NULL, "capability_id" uuid NOT NULL, "score" double precision NOT NULL, "factors" jsonb NOT NULL, "matched_terms" text array NOT NULL DEFAULT '{}', "reason_for_firm" jsonb NOT NULL, "reason_for_researcher" jsonb NOT NULL, "engine_version" character varying(32) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'PROPOSED', "need_version" integer NOT NULL, "capability_version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_matches_need_capability" UNIQUE ("need_id", "capability_id"), CONSTRAINT "CHK_matches_status" CHECK ("status" IN ('PROPOSED', 'WITHDRAWN')), CONSTRAINT "CHK_matches_score" CHECK ("score" >= 0 AND "score" <= 1), CONSTRAINT "PK_8a22c7b2e0828988d51256117f4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_matches_capability_score" ON "matches" ("capability_id", "score")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_matches_need_score" ON "matches" ("need_id", "score")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_needs_updated" ON "needs" ("updated_at")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_capabilities_updated" ON "capabilities" ("updated_at")`,
    );
    await queryRunner.query(
      `ALTER TABLE "matches" ADD CONSTRAINT "FK_matches_need" FOREIGN KEY ("need_id") REFERENCES "needs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "matches" ADD CONSTRAINT "FK_matches_capability" FOREIGN KEY ("capability_id") REFERENCES "capabilities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "matches" DROP CONSTRAINT "FK_matches_capability"`);
    await queryRunner.query(`ALTER TABLE "matches" DROP CONSTRAINT "FK_matches_need"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_capabilities_updated"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_needs_updated"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_matches_need_score"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_matches_capability_score"`);
    await queryRunner.query(`DROP TABLE "matches"`);
  }
}
