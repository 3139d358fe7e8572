import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erased accounts: the user row stays as a tombstone (postings and match histories point at it)
 * holding no personal data, and each erasure is recorded (who asked, when, what went) without any.
 */
export class AccountErasures1764400000000 implements MigrationInterface {
  name = 'AccountErasures1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "erased_at" timestamptz`);
    await queryRunner.query(`
      CREATE TABLE "account_erasures" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "erased_by" uuid,
        "erased_at" timestamptz NOT NULL DEFAULT now(),
        "removed" jsonb NOT NULL,
        CONSTRAINT "PK_account_erasures" PRIMARY KEY ("id"),
        CONSTRAINT "FK_account_erasures_user" FOREIGN KEY ("user_id")
          REFERENCES "users"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_account_erasures_erased_by" FOREIGN KEY ("erased_by")
          REFERENCES "users"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_account_erasures_user" ON "account_erasures" ("user_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_account_erasures_erased_by" ON "account_erasures" ("erased_by")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "account_erasures"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "erased_at"`);
  }
}
