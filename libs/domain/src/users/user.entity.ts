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
import { Language, UserRole } from '../enums';
import { OrganizationEntity } from '../organizations/organization.entity';

@Entity('users')
@Check('CHK_users_role', `"role" IN ('FIRM', 'RESEARCHER', 'COORDINATOR', 'ADMIN')`)
@Check('CHK_users_language', `"language" IN ('pl', 'en')`)
@Check('CHK_users_organization', `"role" = 'ADMIN' OR "organization_id" IS NOT NULL`)
@Index('UQ_users_email_lower', { synchronize: false })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  /** Null for someone invited who has not set a password yet: no sign-in until they do. */
  @Column({ name: 'password_hash', type: 'varchar', length: 255, nullable: true })
  passwordHash: string | null;

  @Column({ name: 'full_name', type: 'varchar', length: 120 })
  fullName: string;

  @Column({ type: 'varchar', length: 16 })
  role: UserRole;

  @Index('IDX_users_organization')
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_users_organization' })
  organization?: OrganizationEntity | null;

  @Column({ type: 'varchar', length: 2, default: 'pl' })
  language: Language;

  /** IANA name; digests go out in the morning of this zone. */
  @Column({ name: 'time_zone', type: 'varchar', length: 64, default: 'Europe/Warsaw' })
  timeZone: string;

  /** Null until the owner followed the link sent to the address; until then no sign-in. */
  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  /** Verified by signing in at ORCID, never typed; one account per iD. */
  @Index('UQ_users_orcid_id', { unique: true })
  @Column({ name: 'orcid_id', type: 'varchar', length: 19, nullable: true })
  orcidId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Set when the account was erased: the row stays, holding no personal data, for history. */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;
}
