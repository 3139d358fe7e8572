import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An organisation's Polish registry numbers (NIP, REGON) and website: a member spreadsheet or
 * a sign-up names a firm by its NIP, so one NIP is one organisation.
 */
export class OrganizationRegistryIds1764300000000 implements MigrationInterface {
  name = 'OrganizationRegistryIds1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "organizations" ADD "nip" character varying(10), ADD "regon" character varying(14), ADD "website" character varying(200)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_organizations_nip" ON "organizations" ("nip") WHERE "nip" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."UQ_organizations_nip"`);
    await queryRunner.query(
      `ALTER TABLE "organizations" DROP COLUMN "website", DROP COLUMN "regon", DROP COLUMN "nip"`,
    );
  }
}
