import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An index on every foreign key's column. Deleting a referenced row makes PostgreSQL find the
 * rows that refer to it (to cascade, clear or refuse); without an index that is a scan of the
 * whole referring table per deleted row: the retention job deleting 4,000 old digests scanned
 * a million notifications 4,000 times (157 s in `npm run bench:schedules`). Columns that are
 * null on most rows get partial indexes.
 */
const indexes: [name: string, table: string, column: string, partial: boolean][] = [
  ['IDX_notifications_match', 'notifications', 'match_id', true],
  ['IDX_notifications_need', 'notifications', 'need_id', true],
  ['IDX_notifications_capability', 'notifications', 'capability_id', true],
  ['IDX_notifications_digest', 'notifications', 'digest_id', true],
  ['IDX_match_events_actor', 'match_events', 'actor_id', true],
  ['IDX_uploads_user', 'uploads', 'user_id', false],
  ['IDX_member_imports_imported_by', 'member_imports', 'imported_by', true],
  ['IDX_orcid_sign_ins_user', 'orcid_sign_ins', 'user_id', true],
  ['IDX_institution_imports_organization', 'institution_imports', 'organization_id', false],
  ['IDX_institution_imports_requested_by', 'institution_imports', 'requested_by', true],
  ['IDX_research_drafts_import', 'research_drafts', 'institution_import_id', false],
  ['IDX_research_drafts_assigned_user', 'research_drafts', 'assigned_user_id', true],
];

export class ForeignKeyIndexes1764360000000 implements MigrationInterface {
  name = 'ForeignKeyIndexes1764360000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [name, table, column, partial] of indexes) {
      await queryRunner.query(
        `CREATE INDEX "${name}" ON "${table}" ("${column}") ${partial ? `WHERE "${column}" IS NOT NULL` : ''}`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of indexes) await queryRunner.query(`DROP INDEX "${name}"`);
  }
}
