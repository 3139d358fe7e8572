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

/**
 * An archive of everything the platform holds about one person, asked for by them, prepared
 * by the worker and downloaded once through the link e-mailed to them; then it is dropped.
 */
@Entity('data_exports')
export class DataExportEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_data_exports' })
  id: string;

  @Index('IDX_data_exports_user')
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_data_exports_user' })
  user?: UserEntity;

  @CreateDateColumn({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  @Column({ name: 'ready_at', type: 'timestamptz', nullable: true })
  readyAt: Date | null;

  @Column({ name: 'downloaded_at', type: 'timestamptz', nullable: true })
  downloadedAt: Date | null;

  /** The archive, gzipped JSON; null until ready and again once downloaded. */
  @Column({ type: 'bytea', nullable: true, select: false })
  archive: Buffer | null;
}
