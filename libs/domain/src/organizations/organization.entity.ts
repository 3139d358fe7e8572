import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CompanySize, OrganizationKind } from '../enums';

@Entity('organizations')
@Check(
  'CHK_organizations_kind',
  `"kind" IN ('COMPANY', 'UNIVERSITY', 'RESEARCH_INSTITUTE', 'CLUSTER_BODY', 'PUBLIC_BODY')`,
)
@Check(
  'CHK_organizations_size',
  `"size" IS NULL OR ("kind" = 'COMPANY' AND "size" IN ('SME_UP_TO_10', 'SME_11_49', 'SME_50_249', 'LARGE'))`,
)
@Index('UQ_organizations_name_city', { synchronize: false })
@Index('UQ_organizations_nip', ['nip'], { unique: true, where: '"nip" IS NOT NULL' })
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 32 })
  kind: OrganizationKind;

  @Column({ type: 'varchar', length: 32, nullable: true })
  size: CompanySize | null;

  @Column({ type: 'varchar', length: 100 })
  city: string;

  @Column({ type: 'varchar', length: 100 })
  region: string;

  @Column({ type: 'char', length: 2, default: 'PL' })
  country: string;

  /** Polish tax id, ten digits, checksum-validated; one organisation per NIP. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  nip: string | null;

  /** Polish statistical id, 9 or 14 digits, checksum-validated. */
  @Column({ type: 'varchar', length: 14, nullable: true })
  regon: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  website: string | null;

  /** Shared by the organisation's members so colleagues can join it at sign-up. */
  @Column({ name: 'invite_code', type: 'varchar', length: 64, unique: true })
  inviteCode: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Set when an admin erased it: the row stays, named by a note, for the histories. */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;
}
