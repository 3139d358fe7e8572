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
import { UserEntity } from './user.entity';

export enum OrcidPurpose {
  /** Sign in with a linked iD, or start signing up with a verified one. */
  SIGN_IN = 'SIGN_IN',
  /** Link the iD to the signed-in account. */
  LINK = 'LINK',
}

/** How long a trip to ORCID and back may take, and how long a verified iD waits for sign-up. */
export const orcidSignInMinutes = 10;
export const orcidSignUpTicketMinutes = 60;

/**
 * One round trip to ORCID's authorization server: the state, nonce and PKCE verifier that tie
 * the answer to the request that started it, then the iD ORCID vouched for. A sign-in for an
 * iD no account has becomes a sign-up ticket, used once.
 */
@Entity('orcid_sign_ins')
@Check('CHK_orcid_sign_ins_purpose', `"purpose" IN ('SIGN_IN', 'LINK')`)
@Index('IDX_orcid_sign_ins_expires_at', ['expiresAt'])
@Index('IDX_orcid_sign_ins_user', ['userId'], { where: '"user_id" IS NOT NULL' })
export class OrcidSignInEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('UQ_orcid_sign_ins_state', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  state: string;

  @Column({ type: 'varchar', length: 64 })
  nonce: string;

  @Column({ name: 'code_verifier', type: 'varchar', length: 128 })
  codeVerifier: string;

  @Column({ type: 'varchar', length: 8 })
  purpose: OrcidPurpose;

  /** The account to link the iD to; null for a sign-in. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_orcid_sign_ins_user' })
  user?: UserEntity;

  /** Set once ORCID answered: the iD and the name its record gives. */
  @Column({ name: 'orcid_id', type: 'varchar', length: 19, nullable: true })
  orcidId: string | null;

  @Column({ name: 'full_name', type: 'varchar', length: 120, nullable: true })
  fullName: string | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** When a sign-up took the verified iD. */
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
