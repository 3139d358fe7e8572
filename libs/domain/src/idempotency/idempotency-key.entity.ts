import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** How long a key answers the retries of its request. */
export const keepIdempotencyKeysHours = 24;

/**
 * A create request's idempotency key: written in the transaction that creates, so a request
 * whose answer was lost (a dropped connection, a killed api) is answered again, not run again,
 * when its client retries with the same key. Kept a day.
 */
@Entity('idempotency_keys')
@Index('IDX_idempotency_keys_created_at', ['createdAt'])
export class IdempotencyKeyEntity {
  /** Whose key: a user's id, or `anonymous` for sign-up. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  scope: string;

  @PrimaryColumn({ type: 'varchar', length: 255 })
  key: string;

  @Column({ type: 'varchar', length: 64 })
  operation: string;

  /** SHA-256 of the operation and its input: the same key with another input is a conflict. */
  @Column({ name: 'request_hash', type: 'varchar', length: 64 })
  requestHash: string;

  /** What the request created, to answer a retry with it; null where it answers no object. */
  @Column({ name: 'result_id', type: 'uuid', nullable: true })
  resultId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
