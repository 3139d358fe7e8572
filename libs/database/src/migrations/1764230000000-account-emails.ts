import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail address verification and password reset: `users.email_verified_at` (accounts made
 * before verification existed count as verified) and the account e-mails with their links.
 */
export class AccountEmails1764230000000 implements MigrationInterface {
  name = 'AccountEmails1764230000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "account_emails" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "token_hash" character varying(64), "expires_at" TIMESTAMP WITH TIME ZONE, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "emailed_at" TIMESTAMP WITH TIME ZONE, "email_failed_at" TIMESTAMP WITH TIME ZONE, "email_error" character varying(1000), CONSTRAINT "CHK_account_emails_kind" CHECK ("kind" IN ('VERIFY_EMAIL', 'RESET_PASSWORD', 'ACCOUNT_EXISTS')), CONSTRAINT "PK_e3f73cc52692bc91fc95abcb4d0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_account_emails_token_hash" ON "account_emails" ("token_hash")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_account_emails_user_kind" ON "account_emails" ("user_id", "kind", "created_at")`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_emails" ADD CONSTRAINT "FK_account_emails_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "users" ADD "email_verified_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "users" SET "email_verified_at" = "created_at"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "email_verified_at"`);
    await queryRunner.query(
      `ALTER TABLE "account_emails" DROP CONSTRAINT "FK_account_emails_user"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_account_emails_user_kind"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_account_emails_token_hash"`);
    await queryRunner.query(`DROP TABLE "account_emails"`);
  }
}
