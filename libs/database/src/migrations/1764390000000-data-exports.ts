import type { MigrationInterface, QueryRunner } from 'typeorm';

const kinds = (extra: string[]) =>
  ['VERIFY_EMAIL', 'RESET_PASSWORD', 'ACCOUNT_EXISTS', 'INVITATION', 'DRAFT_TO_CLAIM', ...extra]
    .map((kind) => `'${kind}'`)
    .join(', ');

/** Archives people ask for of their own data, and the e-mail whose link downloads one. */
export class DataExports1764390000000 implements MigrationInterface {
  name = 'DataExports1764390000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "data_exports" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "requested_at" timestamptz NOT NULL DEFAULT now(),
        "ready_at" timestamptz,
        "downloaded_at" timestamptz,
        "archive" bytea,
        CONSTRAINT "PK_data_exports" PRIMARY KEY ("id"),
        CONSTRAINT "FK_data_exports_user" FOREIGN KEY ("user_id")
          REFERENCES "users"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_data_exports_user" ON "data_exports" ("user_id")`);
    await queryRunner.query(
      `ALTER TABLE "account_emails" DROP CONSTRAINT "CHK_account_emails_kind"`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_emails" ADD CONSTRAINT "CHK_account_emails_kind" CHECK ("kind" IN (${kinds(['DATA_EXPORT_READY'])}))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "account_emails" WHERE "kind" = 'DATA_EXPORT_READY'`);
    await queryRunner.query(
      `ALTER TABLE "account_emails" DROP CONSTRAINT "CHK_account_emails_kind"`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_emails" ADD CONSTRAINT "CHK_account_emails_kind" CHECK ("kind" IN (${kinds([])}))`,
    );
    await queryRunner.query(`DROP TABLE "data_exports"`);
  }
}
