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
import { EmailDelivery } from '../notifications/email-delivery';
import { UserEntity } from './user.entity';

export enum AccountEmailKind {
  /** A link that proves the address belongs to whoever signed up with it. */
  VERIFY_EMAIL = 'VERIFY_EMAIL',
  /** A single-use link to set a new password. */
  RESET_PASSWORD = 'RESET_PASSWORD',
  /** Someone signed up with an address that has an account: tell its owner, not the caller. */
  ACCOUNT_EXISTS = 'ACCOUNT_EXISTS',
  /** A coordinator imported the person: a link to set a first password, which proves the address. */
  INVITATION = 'INVITATION',
  /**
   * A capability drafted from the person's publications waits for them to claim: for someone
   * without a password yet, its link sets one, as an invitation's does.
   */
  DRAFT_TO_CLAIM = 'DRAFT_TO_CLAIM',
  /** The archive of the person's data they asked for: a single-use link to download it. */
  DATA_EXPORT_READY = 'DATA_EXPORT_READY',
}

const passwordLinks = [
  AccountEmailKind.RESET_PASSWORD,
  AccountEmailKind.ACCOUNT_EXISTS,
  AccountEmailKind.INVITATION,
  AccountEmailKind.DRAFT_TO_CLAIM,
];

/**
 * The kinds whose links do the same thing (both password e-mails link to setting a new one):
 * each is accepted where the others are, and a newer one ends the older ones.
 */
export const sameLinkKinds: Record<AccountEmailKind, AccountEmailKind[]> = {
  [AccountEmailKind.VERIFY_EMAIL]: [AccountEmailKind.VERIFY_EMAIL],
  [AccountEmailKind.RESET_PASSWORD]: passwordLinks,
  [AccountEmailKind.ACCOUNT_EXISTS]: passwordLinks,
  [AccountEmailKind.INVITATION]: passwordLinks,
  [AccountEmailKind.DRAFT_TO_CLAIM]: passwordLinks,
  [AccountEmailKind.DATA_EXPORT_READY]: [AccountEmailKind.DATA_EXPORT_READY],
};

/**
 * An e-mail about the account itself. The worker makes the link's token when it sends the
 * e-mail and keeps only its hash here, so no secret travels through the outbox or Redis.
 */
@Entity('account_emails')
@Check(
  'CHK_account_emails_kind',
  `"kind" IN ('VERIFY_EMAIL', 'RESET_PASSWORD', 'ACCOUNT_EXISTS', 'INVITATION', 'DRAFT_TO_CLAIM', 'DATA_EXPORT_READY')`,
)
@Index('IDX_account_emails_user_kind', ['userId', 'kind', 'createdAt'])
export class AccountEmailEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_account_emails_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 20 })
  kind: AccountEmailKind;

  /** SHA-256 of the link's token, once the worker has made one. */
  @Index('UQ_account_emails_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64, nullable: true })
  tokenHash: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  /** When the link was followed; a link works once. */
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column(() => EmailDelivery, { prefix: false })
  email: EmailDelivery;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
