import type { MigrationInterface, QueryRunner } from 'typeorm';

const list = (values: string[]) => values.map((value) => `'${value}'`).join(', ');
const matchStatuses = list([
  'PROPOSED',
  'WITHDRAWN',
  'APPROVED',
  'REJECTED',
  'INTRODUCED',
  'DECLINED',
  'EXPIRED',
]);

/**
 * The last text columns that hold one of the code's enums get the CHECK the others have, so
 * the typed SQL lint may read them as that enum (test/column-enums.e2e-spec.ts holds each list
 * equal to its enum). Added NOT VALID and then validated: the check of existing rows does not
 * block writes to these busy tables.
 */
const checks: [table: string, name: string, condition: string][] = [
  ['match_events', 'CHK_match_events_from_status', `"from_status" IN (${matchStatuses})`],
  ['match_events', 'CHK_match_events_to_status', `"to_status" IN (${matchStatuses})`],
  [
    'match_events',
    'CHK_match_events_action',
    `"action" IN (${list([
      'INTEREST_EXPRESSED',
      'APPROVED',
      'REJECTED',
      'RESPONDED',
      'OUTCOME_RECORDED',
      'EXPIRED',
      'WITHDRAWN',
      'PROPOSED_AGAIN',
    ])})`,
  ],
  [
    'notifications',
    'CHK_notifications_event',
    `"event" IN (${list([
      'MATCH_TO_REVIEW',
      'MATCH_APPROVED',
      'OTHER_SIDE_INTERESTED',
      'INTRODUCED',
      'MATCH_REMINDER',
      'MATCH_EXPIRED',
      'POSTING_EXPIRING',
    ])})`,
  ],
  [
    'outbox_events',
    'CHK_outbox_events_queue',
    `"queue" IN (${list(['matching', 'notifications', 'schedules', 'previews', 'imports'])})`,
  ],
];

export class EnumChecks1764340000000 implements MigrationInterface {
  name = 'EnumChecks1764340000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, name, condition] of checks) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${name}" CHECK (${condition}) NOT VALID`,
      );
      await queryRunner.query(`ALTER TABLE "${table}" VALIDATE CONSTRAINT "${name}"`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, name] of checks) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${name}"`);
    }
  }
}
