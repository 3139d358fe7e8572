import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `idempotency_keys`: a create mutation sent with an `Idempotency-Key` header records its key
 * in the transaction that creates, so a retry answers with what the first request created.
 */
export class IdempotencyKeys1764260000000 implements MigrationInterface {
  name = 'IdempotencyKeys1764260000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idempotency_keys" ("scope" character varying(64) NOT NULL, "key" character varying(255) NOT NULL, "operation" character varying(64) NOT NULL, "request_hash" character varying(64) NOT NULL, "result_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_15de2f76fa9f27ad8f330983607" PRIMARY KEY ("scope", "key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_idempotency_keys_created_at" ON "idempotency_keys" ("created_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_idempotency_keys_created_at"`);
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
  }
}
