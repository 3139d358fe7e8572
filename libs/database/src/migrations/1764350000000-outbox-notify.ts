import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Wakes the outbox relays when rows are committed, instead of each relay polling every tenth of
 * a second: a NOTIFY on channel `outbox_events`, once per statement and queue (delivered at
 * commit, so a relay never wakes for rows it cannot see yet). A relay reads its own queue's due
 * rows and the time its next delayed one is due: the pending rows are indexed by queue and due
 * time, not by id alone (every queue's delayed notices were scanned to find one job).
 */
export class OutboxNotify1764350000000 implements MigrationInterface {
  name = 'OutboxNotify1764350000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION notify_outbox_events() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('outbox_events', queue) FROM (SELECT DISTINCT queue FROM inserted) AS queues;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER outbox_events_notify AFTER INSERT ON outbox_events
      REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION notify_outbox_events()`);
    await queryRunner.query(
      `CREATE INDEX "IDX_outbox_events_due" ON "outbox_events" ("queue", "available_at") WHERE "relayed_at" IS NULL`,
    );
    await queryRunner.query(`DROP INDEX "IDX_outbox_events_pending"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_outbox_events_pending" ON "outbox_events" ("id") WHERE "relayed_at" IS NULL`,
    );
    await queryRunner.query(`DROP INDEX "IDX_outbox_events_due"`);
    await queryRunner.query('DROP TRIGGER outbox_events_notify ON outbox_events');
    await queryRunner.query('DROP FUNCTION notify_outbox_events()');
  }
}
