import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What each user accepted of the terms and the privacy notice: which version, read in which
 * language, when. Accounts that existed before have none, so they are asked at their next
 * visit; their acceptance cannot be presumed.
 */
export class LegalAcceptances1764370000000 implements MigrationInterface {
  name = 'LegalAcceptances1764370000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "legal_acceptances" (
        "user_id" uuid NOT NULL,
        "document" varchar(16) NOT NULL,
        "version" varchar(40) NOT NULL,
        "language" varchar(2) NOT NULL,
        "accepted_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_legal_acceptances" PRIMARY KEY ("user_id", "document", "version"),
        CONSTRAINT "CHK_legal_acceptances_document" CHECK ("document" IN ('TERMS', 'PRIVACY')),
        CONSTRAINT "CHK_legal_acceptances_language" CHECK ("language" IN ('pl', 'en')),
        CONSTRAINT "FK_legal_acceptances_user" FOREIGN KEY ("user_id")
          REFERENCES "users"("id") ON DELETE CASCADE
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "legal_acceptances"`);
  }
}
