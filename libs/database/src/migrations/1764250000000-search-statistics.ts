import type { MigrationInterface, QueryRunner } from 'typeorm';

const tables = ['needs', 'capabilities'] as const;

/**
 * A finer sample of the search documents' words. With the default one, a rare word's share of
 * postings is overestimated several times, so the planner walks the newest-first index and
 * tests every posting's document (200 ms at 100,000 capabilities) instead of looking the word
 * up in the GIN index and sorting its few hits (under 1 ms).
 */
export class SearchStatistics1764250000000 implements MigrationInterface {
  name = 'SearchStatistics1764250000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of tables) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ALTER COLUMN "search_document" SET STATISTICS 1000`,
      );
      await queryRunner.query(`ANALYZE "${table}"`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of tables) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ALTER COLUMN "search_document" SET STATISTICS -1`,
      );
    }
  }
}
