import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from './user.entity';

/** What an erasure removed, by kind: counts only. */
export type ErasedCounts = Record<string, number>;

/** The record that an account was erased, when and at whose request; no personal data. */
@Entity('account_erasures')
export class AccountErasureEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_account_erasures' })
  id: string;

  @Index('UQ_account_erasures_user', { unique: true })
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_account_erasures_user' })
  user?: UserEntity;

  /** The admin who erased it on request; null when the person did it themselves. */
  @Index('IDX_account_erasures_erased_by')
  @Column({ name: 'erased_by', type: 'uuid', nullable: true })
  erasedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'erased_by', foreignKeyConstraintName: 'FK_account_erasures_erased_by' })
  eraser?: UserEntity | null;

  @CreateDateColumn({ name: 'erased_at', type: 'timestamptz' })
  erasedAt: Date;

  @Column({ type: 'jsonb' })
  removed: ErasedCounts;
}
