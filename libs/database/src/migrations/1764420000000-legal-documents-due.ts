import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which texts in force a person has not accepted at their version: one rule, read by the session
 * check on every request (is the list empty?) and by the list the web app shows. A set-returning
 * SQL function the planner inlines, so each reads it with the primary-key lookups it had.
 */
export class LegalDocumentsDue1764420000000 implements MigrationInterface {
  name = 'LegalDocumentsDue1764420000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION legal_documents_due(person uuid, documents text[], versions text[])
      RETURNS TABLE (document text) LANGUAGE sql STABLE AS $$
        SELECT d.document FROM unnest(documents, versions) AS d(document, version)
        WHERE NOT EXISTS (SELECT 1 FROM legal_acceptances la
          WHERE la.user_id = person AND la.document = d.document AND la.version = d.version)
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION legal_documents_due(uuid, text[], text[])`);
  }
}
