import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An erased organisation stays as a tombstone: introductions and outcomes point at it. */
export class OrganizationErasures1764410000000 implements MigrationInterface {
  name = 'OrganizationErasures1764410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organizations" ADD "erased_at" timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "erased_at"`);
  }
}
