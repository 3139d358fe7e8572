import {
  Column,
  CreateDateColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { CloseReason, CollaborationType, Language, PostingStatus, Visibility } from '../enums';

/** Columns shared by technology needs and capabilities (both are "postings" with one lifecycle). */
export abstract class PostingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Column({ type: 'varchar', length: 256 })
  title: string;

  @Column({ type: 'varchar', length: 500 })
  summary: string;

  @Column({ type: 'varchar', length: 4000 })
  description: string;

  /** NACE Rev. 2 codes. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sectors: string[];

  @Column({ name: 'collaboration_types', type: 'text', array: true })
  collaborationTypes: CollaborationType[];

  @Column({ type: 'varchar', length: 2 })
  language: Language;

  @Column({ type: 'varchar', length: 16 })
  visibility: Visibility;

  @Column({ type: 'varchar', length: 16, default: PostingStatus.DRAFT })
  status: PostingStatus;

  @Column({ name: 'close_reason', type: 'varchar', length: 16, nullable: true })
  closeReason: CloseReason | null;

  /** Stemmed text in both languages, written by the application (PostgreSQL has no Polish stemmer). */
  @Column({ name: 'search_document', type: 'tsvector', select: false })
  searchDocument?: string;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  /** The expiry date its author was last warned about; renewing the posting warns again. */
  @Column({ name: 'expiry_notice_for', type: 'timestamptz', nullable: true })
  expiryNoticeFor: Date | null;

  /** Bumped on every change; matching jobs carry it so a job for an outdated version exits early. */
  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** The transaction that last wrote the posting, stamped by a trigger; workers catch up by it. */
  @Column({
    name: 'change_xid',
    type: 'bigint',
    default: 0,
    select: false,
    insert: false,
    update: false,
  })
  changeXid?: string;
}
