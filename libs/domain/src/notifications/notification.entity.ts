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
import { CapabilityEntity } from '../capabilities/capability.entity';
import { MatchEntity } from '../matches/match.entity';
import { MeetingEntity } from '../meetings/meeting.entity';
import { NeedEntity } from '../needs/need.entity';
import { UserEntity } from '../users/user.entity';
import { EmailDelivery } from './email-delivery';
import { EmailDigestEntity } from './email-digest.entity';
import { EmailFrequency, NotificationEvent } from './notification-kinds';

/**
 * One in-app notification about a match or about the recipient's own posting. The idempotency
 * key names the event, the subject and the recipient, so processing an event twice (a retried
 * or re-run job) cannot notify anyone twice.
 */
@Entity('notifications')
@Index('IDX_notifications_user_created', ['userId', 'createdAt'])
// What the hourly digest run and the admins' list of failed e-mails look for, among millions.
@Index('IDX_notifications_digest_pending', ['userId'], {
  where: `"digest_id" IS NULL AND "emailed_at" IS NULL AND "email_frequency" IN ('DAILY_DIGEST', 'WEEKLY_DIGEST')`,
})
@Index('IDX_notifications_email_failed', { synchronize: false })
@Index('IDX_notifications_match', ['matchId'], { where: '"match_id" IS NOT NULL' })
@Index('IDX_notifications_need', ['needId'], { where: '"need_id" IS NOT NULL' })
@Index('IDX_notifications_capability', ['capabilityId'], { where: '"capability_id" IS NOT NULL' })
@Index('IDX_notifications_meeting', ['meetingId'], { where: '"meeting_id" IS NOT NULL' })
@Index('IDX_notifications_digest', ['digestId'], { where: '"digest_id" IS NOT NULL' })
@Check(
  'CHK_notifications_event',
  `"event" IN ('MATCH_TO_REVIEW', 'MATCH_APPROVED', 'OTHER_SIDE_INTERESTED', 'INTRODUCED', 'MATCH_REMINDER', 'MATCH_EXPIRED', 'MEETING_PROPOSED', 'MEETING_CONFIRMED', 'MEETING_CANCELLED', 'MEETING_FOLLOW_UP', 'POSTING_EXPIRING')`,
)
@Check('CHK_notifications_subject', `num_nonnulls("match_id", "need_id", "capability_id") = 1`)
@Check(
  'CHK_notifications_email_frequency',
  `"email_frequency" IN ('INSTANT', 'DAILY_DIGEST', 'WEEKLY_DIGEST', 'OFF')`,
)
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

  @Column({ name: 'match_id', type: 'uuid', nullable: true })
  matchId: string | null;

  @ManyToOne(() => MatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id', foreignKeyConstraintName: 'FK_notifications_match' })
  match?: MatchEntity;

  @Column({ name: 'need_id', type: 'uuid', nullable: true })
  needId: string | null;

  @ManyToOne(() => NeedEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'FK_notifications_need' })
  need?: NeedEntity;

  @Column({ name: 'capability_id', type: 'uuid', nullable: true })
  capabilityId: string | null;

  @ManyToOne(() => CapabilityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'capability_id', foreignKeyConstraintName: 'FK_notifications_capability' })
  capability?: CapabilityEntity;

  /** Meetings: the meeting of the match it is about, whose calendar file its e-mail carries. */
  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId: string | null;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'FK_notifications_meeting' })
  meeting?: MeetingEntity;

  /** Proposals: how many a matching run made for the posting it names. */
  @Column({ name: 'match_count', type: 'int', nullable: true })
  matchCount: number | null;

  /** Proposals: the posting's title when they were made, so the notice and its e-mail name it. */
  @Column({ name: 'subject_title', type: 'varchar', length: 200, nullable: true })
  subjectTitle: string | null;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 200, unique: true })
  idempotencyKey: string;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Column(() => EmailDelivery, { prefix: false })
  email: EmailDelivery;

  /** The recipient's preference when it was created: sent at once, in a digest, or not at all. */
  @Column({ name: 'email_frequency', type: 'varchar', length: 16, default: EmailFrequency.INSTANT })
  emailFrequency: EmailFrequency;

  @Column({ name: 'digest_id', type: 'uuid', nullable: true })
  digestId: string | null;

  @ManyToOne(() => EmailDigestEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'digest_id', foreignKeyConstraintName: 'FK_notifications_digest' })
  digest?: EmailDigestEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
