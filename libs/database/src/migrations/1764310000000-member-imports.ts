import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Member spreadsheets: the uploaded file waiting for its dry run and import, each import's
 * record, and people invited by one: no password until they follow their invitation's link.
 */
export class MemberImports1764310000000 implements MigrationInterface {
  name = 'MemberImports1764310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "uploads" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" character varying(255) NOT NULL, "content" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d1781d1eedd7459314f60f39bd3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_uploads_expires_at" ON "uploads" ("expires_at")`);
    await queryRunner.query(
      `ALTER TABLE "uploads" ADD CONSTRAINT "FK_uploads_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "member_imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cluster_id" uuid NOT NULL, "imported_by" uuid, "file_name" character varying(255) NOT NULL, "file_sha256" character varying(64) NOT NULL, "rows" integer NOT NULL, "organizations_created" integer NOT NULL, "organizations_updated" integer NOT NULL, "people_invited" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0fc226684d340a5ac722441535e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_member_imports_cluster" ON "member_imports" ("cluster_id", "created_at")`,
    );
    await queryRunner.query(
      `ALTER TABLE "member_imports" ADD CONSTRAINT "FK_member_imports_cluster" FOREIGN KEY ("cluster_id") REFERENCES "clusters"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "member_imports" ADD CONSTRAINT "FK_member_imports_user" FOREIGN KEY ("imported_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "password_hash" DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "account_emails" DROP CONSTRAINT "CHK_account_emails_kind", ADD CONSTRAINT "CHK_account_emails_kind" CHECK ("kind" IN ('VERIFY_EMAIL', 'RESET_PASSWORD', 'ACCOUNT_EXISTS', 'INVITATION'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "account_emails" WHERE "kind" = 'INVITATION'`);
    await queryRunner.query(
      `ALTER TABLE "account_emails" DROP CONSTRAINT "CHK_account_emails_kind", ADD CONSTRAINT "CHK_account_emails_kind" CHECK ("kind" IN ('VERIFY_EMAIL', 'RESET_PASSWORD', 'ACCOUNT_EXISTS'))`,
    );
    await queryRunner.query(`DELETE FROM "users" WHERE "password_hash" IS NULL`);
    await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "password_hash" SET NOT NULL`);
    await queryRunner.query(`DROP TABLE "member_imports"`);
    await queryRunner.query(`DROP TABLE "uploads"`);
  }
}
