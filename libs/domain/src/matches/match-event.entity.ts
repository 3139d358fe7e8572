import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { MatchEntity, type MatchStatus } from './match.entity';

export enum MatchAction {
  INTEREST_EXPRESSED = 'INTEREST_EXPRESSED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  RESPONDED = 'RESPONDED',
  OUTCOME_RECORDED = 'OUTCOME_RECORDED',
  /** By the platform, when the step's deadline passed. */
  EXPIRED = 'EXPIRED',
  /** By the engine, when a side was edited away, paused, closed or expired. */
  WITHDRAWN = 'WITHDRAWN',
  /** By the engine, when a withdrawn pair fits again. */
  PROPOSED_AGAIN = 'PROPOSED_AGAIN',
  /** A side offered times for a meeting, or other times than the other side's. */
  MEETING_PROPOSED = 'MEETING_PROPOSED',
  /** A side picked one of the times offered: both get a calendar invitation. */
  MEETING_ACCEPTED = 'MEETING_ACCEPTED',
  MEETING_CANCELLED = 'MEETING_CANCELLED',
}

/** The audit trail of a match: who did what, when and why. Rows are only ever added. */
@Entity('match_events')
@Index('IDX_match_events_match', ['matchId', 'createdAt'])
@Index('IDX_match_events_actor', ['actorId'], { where: '"actor_id" IS NOT NULL' })
@Check(
  'CHK_match_events_from_status',
  `"from_status" IN ('PROPOSED', 'WITHDRAWN', 'APPROVED', 'REJECTED', 'INTRODUCED', 'DECLINED', 'EXPIRED')`,
)
@Check(
  'CHK_match_events_to_status',
  `"to_status" IN ('PROPOSED', 'WITHDRAWN', 'APPROVED', 'REJECTED', 'INTRODUCED', 'DECLINED', 'EXPIRED')`,
)
@Check(
  'CHK_match_events_action',
  `"action" IN ('INTEREST_EXPRESSED', 'APPROVED', 'REJECTED', 'RESPONDED', 'OUTCOME_RECORDED', 'EXPIRED', 'WITHDRAWN', 'PROPOSED_AGAIN', 'MEETING_PROPOSED', 'MEETING_ACCEPTED', 'MEETING_CANCELLED')`,
)
export class MatchEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'match_id', type: 'uuid' })
  matchId: string;

  @ManyToOne(() => MatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id', foreignKeyConstraintName: 'FK_match_events_match' })
  match?: MatchEntity;

  /** Null when the platform itself acted (expiry). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'FK_match_events_actor' })
  actor?: UserEntity;

  @Column({ type: 'varchar', length: 32 })
  action: MatchAction;

  @Column({ name: 'from_status', type: 'varchar', length: 16 })
  fromStatus: MatchStatus;

  @Column({ name: 'to_status', type: 'varchar', length: 16 })
  toStatus: MatchStatus;

  @Column({ type: 'varchar', length: 32, nullable: true })
  reason: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  note: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
