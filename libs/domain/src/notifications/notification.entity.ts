import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { MatchEntity } from '../matches/match.entity';
import { UserEntity } from '../users/user.entity';

export enum NotificationEvent {
  /** Coordinators: a match involving their cluster waits for review. */
  MATCH_TO_REVIEW = 'MATCH_TO_REVIEW',
  /** Both sides: a coordinator approved a match and asks whether they are interested. */
  MATCH_APPROVED = 'MATCH_APPROVED',
  /** One side: the other side said it is interested. */
  OTHER_SIDE_INTERESTED = 'OTHER_SIDE_INTERESTED',
  /** Both sides: both are interested; contacts are exchanged. */
  INTRODUCED = 'INTRODUCED',
}

/**
 * One in-app notification. The idempotency key names the event, the match and the recipient,
 * so processing an event twice (a retried or re-run job) cannot notify anyone twice.
 */
@Entity('notifications')
@Index('IDX_notifications_user_created', ['userId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_notifications_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 40 })
  event: NotificationEvent;

  @Column({ name: 'match_id', type: 'uuid' })
  matchId: string;

  @ManyToOne(() => MatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id', foreignKeyConstraintName: 'FK_notifications_match' })
  match?: MatchEntity;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 200, unique: true })
  idempotencyKey: string;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** When the e-mail for it was handed to the SMTP server; set once, so it is never sent twice. */
  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
