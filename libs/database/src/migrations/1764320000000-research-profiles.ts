import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Researchers' profiles from their works: an ORCID iD verified by signing in at ORCID (one
 * account per iD), each trip to ORCID's sign-in page, and what the last import proposed for a
 * capability, field by field, with its sources.
 */
export class ResearchProfiles1764320000000 implements MigrationInterface {
  name = 'ResearchProfiles1764320000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "orcid_sign_ins" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "state" character varying(64) NOT NULL, "nonce" character varying(64) NOT NULL, "code_verifier" character varying(128) NOT NULL, "purpose" character varying(8) NOT NULL, "user_id" uuid, "orcid_id" character varying(19), "full_name" character varying(120), "completed_at" TIMESTAMP WITH TIME ZONE, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_orcid_sign_ins_purpose" CHECK ("purpose" IN ('SIGN_IN', 'LINK')), CONSTRAINT "PK_c0e65fe97aba2666c2119f5cf29" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_orcid_sign_ins_state" ON "orcid_sign_ins" ("state")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_orcid_sign_ins_expires_at" ON "orcid_sign_ins" ("expires_at")`,
    );
    await queryRunner.query(
      `ALTER TABLE "orcid_sign_ins" ADD CONSTRAINT "FK_orcid_sign_ins_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "users" ADD "orcid_id" character varying(19)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_users_orcid_id" ON "users" ("orcid_id")`);
    await queryRunner.query(`ALTER TABLE "capabilities" ADD "imported_fields" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "capabilities" DROP COLUMN "imported_fields"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_users_orcid_id"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "orcid_id"`);
    await queryRunner.query(`DROP TABLE "orcid_sign_ins"`);
  }
}
