import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who coordinates a match: the coordinators of every cluster either side's organisation belongs
 * to. The api's access checks and the worker's recipients read this one rule. A set-returning
 * SQL function of the two organisations, which the planner inlines, so each caller's lookup
 * uses the membership indexes from the organisations it already holds (a view over matches
 * made the worker's batch of proposals join needs and capabilities again). A coordinator of
 * a cluster both sides are in appears twice: readers ask EXISTS or DISTINCT.
 */
export class MatchCoordinators1764330000000 implements MigrationInterface {
  name = 'MatchCoordinators1764330000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION match_coordinators(firm uuid, researcher uuid)
      RETURNS TABLE (user_id uuid, cluster_id uuid) LANGUAGE sql STABLE AS $$
        SELECT cc.user_id, cc.cluster_id
        FROM cluster_members cm JOIN cluster_coordinators cc ON cc.cluster_id = cm.cluster_id
        WHERE cm.organization_id IN (firm, researcher)
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION match_coordinators(uuid, uuid)`);
  }
}
