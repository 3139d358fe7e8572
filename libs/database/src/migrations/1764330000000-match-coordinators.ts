import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who coordinates which match: the coordinators of every cluster either side's organisation
 * belongs to. The api's access checks and the worker's recipients read this one rule. A plain
 * join, so the planner inlines it and a lookup by match or user uses the indexes (a DISTINCT
 * view would be computed whole for a join); a row repeats when both sides share a cluster, so
 * readers ask EXISTS, DISTINCT or count(DISTINCT …).
 */
export class MatchCoordinators1764330000000 implements MigrationInterface {
  name = 'MatchCoordinators1764330000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE VIEW "match_coordinators" AS
      SELECT m.id AS match_id, cc.user_id, cc.cluster_id
      FROM matches m
      JOIN needs n ON n.id = m.need_id
      JOIN capabilities c ON c.id = m.capability_id
      JOIN cluster_members cm ON cm.organization_id IN (n.organization_id, c.organization_id)
      JOIN cluster_coordinators cc ON cc.cluster_id = cm.cluster_id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "match_coordinators"`);
  }
}
