import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One notice per posting for the proposals a matching run made, naming the posting and the
 * count, instead of one per match; coordinators get proposals in a daily digest unless they
 * chose otherwise (the default lives in the code that stores notifications).
 */
export class ProposalNotices1764290000000 implements MigrationInterface {
  name = 'ProposalNotices1764290000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD "match_count" integer, ADD "subject_title" character varying(200)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "notifications" DROP COLUMN "subject_title", DROP COLUMN "match_count"`,
    );
  }
}
