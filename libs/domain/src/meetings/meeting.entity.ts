import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { MatchSide } from '../matches/match-lifecycle';
import { MatchEntity } from '../matches/match.entity';
import { UserEntity } from '../users/user.entity';

export enum MeetingStatus {
  /** One side offered up to three times; the other picks one or offers others. */
  PROPOSED = 'PROPOSED',
  /** A time was picked: both sides have a calendar invitation. */
  CONFIRMED = 'CONFIRMED',
  CANCELLED = 'CANCELLED',
  /** After the meeting a side said it took place (the match's outcome MEETING_HELD). */
  HELD = 'HELD',
  /** After the meeting a side said it did not take place. */
  NOT_HELD = 'NOT_HELD',
}

/**
 * A meeting of the two sides of an introduced match. While it is being agreed it holds the
 * times offered; once a time is picked, `starts_at` is the calendar event both sides were sent,
 * and it stays while a new time is agreed, so calendars keep the old one until then.
 * `sequence` is the event's iCalendar SEQUENCE; `revision` counts every change, for notices.
 */
@Entity('meetings')
@Index('IDX_meetings_match', ['matchId'])
@Index('UQ_meetings_open', ['matchId'], {
  unique: true,
  where: `"status" IN ('PROPOSED', 'CONFIRMED')`,
})
@Index('IDX_meetings_starts_at', ['startsAt'], { where: `"status" = 'CONFIRMED'` })
@Index('IDX_meetings_proposed_by', ['proposedBy'])
@Check(
  'CHK_meetings_status',
  `"status" IN ('PROPOSED', 'CONFIRMED', 'CANCELLED', 'HELD', 'NOT_HELD')`,
)
@Check('CHK_meetings_proposed_by_side', `"proposed_by_side" IN ('firm', 'researcher')`)
@Check('CHK_meetings_proposed_times', `cardinality("proposed_times") BETWEEN 1 AND 3`)
@Check('CHK_meetings_duration', `"duration_minutes" BETWEEN 15 AND 480`)
@Check('CHK_meetings_confirmed', `"status" <> 'CONFIRMED' OR "starts_at" IS NOT NULL`)
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'match_id', type: 'uuid' })
  matchId: string;

  @ManyToOne(() => MatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id', foreignKeyConstraintName: 'FK_meetings_match' })
  match?: MatchEntity;

  @Column({ type: 'varchar', length: 16 })
  status: MeetingStatus;

  @Column({ name: 'proposed_by_side', type: 'varchar', length: 16 })
  proposedBySide: MatchSide;

  /** Who made the latest offer; a tombstone once they erase their account. */
  @Column({ name: 'proposed_by', type: 'uuid' })
  proposedBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposed_by', foreignKeyConstraintName: 'FK_meetings_proposed_by' })
  proposer?: UserEntity;

  @Column({ name: 'proposed_times', type: 'timestamptz', array: true })
  proposedTimes: Date[];

  @Column({ name: 'duration_minutes', type: 'int' })
  durationMinutes: number;

  /** Online: `location` is the link to join; otherwise the address. */
  @Column({ type: 'boolean' })
  online: boolean;

  @Column({ type: 'varchar', length: 500 })
  location: string;

  @Column({ name: 'starts_at', type: 'timestamptz', nullable: true })
  startsAt: Date | null;

  @Column({ type: 'int', default: 0 })
  sequence: number;

  @Column({ type: 'int', default: 0 })
  revision: number;

  /** When both sides were asked how it went, after it ended. */
  @Column({ name: 'follow_up_at', type: 'timestamptz', nullable: true })
  followUpAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
