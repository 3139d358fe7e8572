import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail about events becomes opt-in, with the time each was given. Events nobody chose are no
 * longer e-mailed (the code stops defaulting them to e-mail). Choices already saved were made by
 * the person on the settings page, so they stand, without a time: it was not recorded then.
 */
export class EmailConsent1764380000000 implements MigrationInterface {
  name = 'EmailConsent1764380000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "notification_preferences" ADD "consented_at" timestamptz`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_preferences" DROP COLUMN "consented_at"`);
  }
}
