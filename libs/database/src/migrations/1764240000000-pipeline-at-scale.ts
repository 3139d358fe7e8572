import type { MigrationInterface, QueryRunner } from 'typeorm';

const tables = ['needs', 'capabilities'] as const;

/**
 * `outbox_events.available_at`: an event is relayed once it is due, so a coordinator hears of a
 * proposal only after it has lasted a settle window.
 *
 * `(created_at, id)` indexes: a list page costs the same however many rows a search hits.
 *
 * `change_xid`: the transaction that last wrote a posting. A worker catches up by reading the
 * postings written since the oldest transaction that was still running when it last looked
 * (`pg_snapshot_xmin`), so it reads each change about once instead of re-reading a minute of
 * changes in case commits landed out of `updated_at` order.
 */
export class PipelineAtScale1764240000000 implements MigrationInterface {
  name = 'PipelineAtScale1764240000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION stamp_change_xid() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.change_xid := pg_current_xact_id()::text::bigint;
        RETURN NEW;
      END $$`);
    for (const table of tables) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "change_xid" bigint NOT NULL DEFAULT 0`);
      await queryRunner.query(
        `CREATE TRIGGER "TRG_${table}_change_xid" BEFORE INSERT OR UPDATE ON "${table}" FOR EACH ROW EXECUTE FUNCTION stamp_change_xid()`,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_${table}_change_xid" ON "${table}" ("change_xid")`,
      );
      // Lists walk this in their order and stop at a page, however many rows a search hits.
      await queryRunner.query(
        `CREATE INDEX "IDX_${table}_created_id" ON "${table}" ("created_at", "id")`,
      );
    }
    await queryRunner.query(
      `ALTER TABLE "outbox_events" ADD "available_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_events" DROP COLUMN "available_at"`);
    for (const table of tables) {
      await queryRunner.query(`DROP INDEX "IDX_${table}_created_id"`);
      await queryRunner.query(`DROP TRIGGER "TRG_${table}_change_xid" ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "change_xid"`);
    }
    await queryRunner.query('DROP FUNCTION stamp_change_xid()');
  }
}
