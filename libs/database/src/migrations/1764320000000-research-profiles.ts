import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Researchers' profiles from their works: an ORCID iD verified by signing in at ORCID (one
 * account per iD), each trip to ORCID's sign-in page, what the last import proposed for a
 * capability, field by field, with its sources; institutions' works imported into drafts that
 * wait for their researchers to claim them, and the e-mail that tells them.
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
    await queryRunner.query(
      `CREATE TABLE "institution_imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cluster_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "ror" character varying(64) NOT NULL, "requested_by" uuid, "upload_id" uuid, "status" character varying(8) NOT NULL DEFAULT 'QUEUED', "works_read" integer NOT NULL DEFAULT '0', "authors_found" integer NOT NULL DEFAULT '0', "drafts_made" integer NOT NULL DEFAULT '0', "failure" character varying(32), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_institution_imports_status" CHECK ("status" IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')), CONSTRAINT "PK_e43f5153cb64264026038a7ef57" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_institution_imports_cluster" ON "institution_imports" ("cluster_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "research_drafts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "institution_import_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "openalex_author_id" character varying(64) NOT NULL, "orcid_id" character varying(19), "display_name" character varying(120) NOT NULL, "language" character varying(2) NOT NULL, "imported_fields" jsonb NOT NULL, "assigned_user_id" uuid, "capability_id" uuid, "claimed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8c67cf16695660305a1c66464ce" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_research_drafts_orcid" ON "research_drafts" ("orcid_id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_research_drafts_author" ON "research_drafts" ("organization_id", "openalex_author_id")`,
    );
    for (const constraint of [
      `"institution_imports" ADD CONSTRAINT "FK_institution_imports_cluster" FOREIGN KEY ("cluster_id") REFERENCES "clusters"("id") ON DELETE CASCADE`,
      `"institution_imports" ADD CONSTRAINT "FK_institution_imports_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE`,
      `"institution_imports" ADD CONSTRAINT "FK_institution_imports_user" FOREIGN KEY ("requested_by") REFERENCES "users"("id") ON DELETE SET NULL`,
      `"research_drafts" ADD CONSTRAINT "FK_research_drafts_import" FOREIGN KEY ("institution_import_id") REFERENCES "institution_imports"("id") ON DELETE CASCADE`,
      `"research_drafts" ADD CONSTRAINT "FK_research_drafts_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE`,
      `"research_drafts" ADD CONSTRAINT "FK_research_drafts_assigned" FOREIGN KEY ("assigned_user_id") REFERENCES "users"("id") ON DELETE SET NULL`,
    ]) {
      await queryRunner.query(`ALTER TABLE ${constraint} ON UPDATE NO ACTION`);
    }
    await queryRunner.query(
      `ALTER TABLE "account_emails" DROP CONSTRAINT "CHK_account_emails_kind", ADD CONSTRAINT "CHK_account_emails_kind" CHECK ("kind" IN ('VERIFY_EMAIL', 'RESET_PASSWORD', 'ACCOUNT_EXISTS', 'INVITATION', 'DRAFT_TO_CLAIM'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "account_emails" WHERE "kind" = 'DRAFT_TO_CLAIM'`);
    await queryRunner.query(
      `ALTER TABLE "account_emails" DROP CONSTRAINT "CHK_account_emails_kind", ADD CONSTRAINT "CHK_account_emails_kind" CHECK ("kind" IN ('VERIFY_EMAIL', 'RESET_PASSWORD', 'ACCOUNT_EXISTS', 'INVITATION'))`,
    );
    await queryRunner.query(`DROP TABLE "research_drafts"`);
    await queryRunner.query(`DROP TABLE "institution_imports"`);
    await queryRunner.query(`ALTER TABLE "capabilities" DROP COLUMN "imported_fields"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_users_orcid_id"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "orcid_id"`);
    await queryRunner.query(`DROP TABLE "orcid_sign_ins"`);
  }
}
