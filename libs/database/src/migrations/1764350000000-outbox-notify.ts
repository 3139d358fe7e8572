import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Wakes the outbox relays when rows are committed, instead of each relay polling every tenth of
 * a second: a NOTIFY on channel `outbox_events`, once per statement and queue (delivered at
 * commit, so a relay never wakes for rows it cannot see yet).
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
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER outbox_events_notify ON outbox_events');
    await queryRunner.query('DROP FUNCTION notify_outbox_events()');
  }
}
