import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { Language } from '../enums';
import { UserEntity } from '../users/user.entity';
import { LegalDocument } from './legal-documents';

/** A user accepted one version of a legal text, as read in one language, at one time. */
@Entity('legal_acceptances')
@Check('CHK_legal_acceptances_document', `"document" IN ('TERMS', 'PRIVACY')`)
@Check('CHK_legal_acceptances_language', `"language" IN ('pl', 'en')`)
export class LegalAcceptanceEntity {
  @PrimaryColumn({
    name: 'user_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_legal_acceptances',
  })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_legal_acceptances_user' })
  user?: UserEntity;

  @PrimaryColumn({ type: 'varchar', length: 16, primaryKeyConstraintName: 'PK_legal_acceptances' })
  document: LegalDocument;

  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'PK_legal_acceptances' })
  version: string;

  @Column({ type: 'varchar', length: 2 })
  language: Language;

  @CreateDateColumn({ name: 'accepted_at', type: 'timestamptz' })
  acceptedAt: Date;
}
