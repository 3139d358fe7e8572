import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A job announced by a committed change. Written in the same transaction as the change and
 * relayed to BullMQ after commit, so a rolled-back change announces nothing and a committed
 * one is never lost.
 */
@Entity('outbox_events')
@Index('IDX_outbox_events_due', { synchronize: false })
@Check(
  'CHK_outbox_events_queue',
  `"queue" IN ('matching', 'notifications', 'schedules', 'previews', 'imports')`,
)
@Index('IDX_outbox_events_unsettled', { synchronize: false })
export class OutboxEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  queue: string;

  @Column({ name: 'job_name', type: 'varchar', length: 64 })
  jobName: string;

  /** Deterministic BullMQ job id, so relaying the same event twice adds one job. */
  @Column({ name: 'job_id', type: 'varchar', length: 200 })
  jobId: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Not relayed before this time: events that should wait a settle window first. */
  @Column({ name: 'available_at', type: 'timestamptz', default: () => 'now()' })
  availableAt: Date;

  @Column({ name: 'relayed_at', type: 'timestamptz', nullable: true })
  relayedAt: Date | null;

  /** When its job was seen finished in Redis; until then the relay checks it is still there. */
  @Column({ name: 'settled_at', type: 'timestamptz', nullable: true })
  settledAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;
}
