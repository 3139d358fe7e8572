import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { EmailFrequency, type NotificationEvent } from './notification-kinds';

/** A user's choice for one event; events without a row are not e-mailed (`frequencyWithoutConsent`). */
@Entity('notification_preferences')
@Check(
  'CHK_notification_preferences_frequency',
  `"frequency" IN ('INSTANT', 'DAILY_DIGEST', 'WEEKLY_DIGEST', 'OFF')`,
)
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_notification_preferences_user' })
  user?: UserEntity;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  event: NotificationEvent;

  @Column({ type: 'varchar', length: 16 })
  frequency: EmailFrequency;

  /** When the user opted in to this event's e-mail; null while it is OFF. */
  @Column({ name: 'consented_at', type: 'timestamptz', nullable: true })
  consentedAt: Date | null;
}
