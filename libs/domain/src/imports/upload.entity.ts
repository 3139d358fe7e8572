import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../users/user.entity';

/** How long an uploaded file waits for the dry run and the import that name it. */
export const keepUploadsHours = 24;

/**
 * A file a user uploaded for an import: sent once over HTTP, then named by its id in the
 * GraphQL operations that read it (a dry run, then the import), only by the one who sent it.
 */
@Entity('uploads')
@Index('IDX_uploads_expires_at', ['expiresAt'])
@Index('IDX_uploads_user', ['userId'])
export class UploadEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_uploads_user' })
  user?: UserEntity;

  /** The name the file had on the sender's computer, for the page to show. */
  @Column({ type: 'varchar', length: 255 })
  name: string;

  @Column({ type: 'bytea' })
  content: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
