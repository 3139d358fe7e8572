import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { EmailDelivery } from './email-delivery';

export type DigestFrequency = 'DAILY_DIGEST' | 'WEEKLY_DIGEST';

/**
 * One digest e-mail: the notifications gathered for a user in one period of their time zone
 * (a local date, or an ISO week). Unique per user, frequency and period, so it is made once.
 */
@Entity('email_digests')
@Unique('UQ_email_digests_period', ['userId', 'frequency', 'period'])
@Check('CHK_email_digests_frequency', `"frequency" IN ('DAILY_DIGEST', 'WEEKLY_DIGEST')`)
export class EmailDigestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_email_digests_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 16 })
  frequency: DigestFrequency;

  /** `2026-11-27` for a daily digest, `2026-W48` for a weekly one, in the user's time zone. */
  @Column({ type: 'varchar', length: 10 })
  period: string;

  @Column(() => EmailDelivery, { prefix: false })
  email: EmailDelivery;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
