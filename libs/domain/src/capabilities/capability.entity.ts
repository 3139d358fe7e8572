import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { IprStatus } from '../enums';
import { OrganizationEntity } from '../organizations/organization.entity';
import type { ImportedFields } from './imported-fields';
import { PostingEntity } from '../postings/posting.entity';
import { UserEntity } from '../users/user.entity';

@Entity('capabilities')
@Index('IDX_capabilities_organization', ['organizationId'])
@Index('IDX_capabilities_author', ['authorId'])
@Index('IDX_capabilities_status_created', ['status', 'createdAt'])
@Index('IDX_capabilities_search', { synchronize: false })
@Index('IDX_capabilities_updated', ['updatedAt'])
@Index('IDX_capabilities_change_xid', ['changeXid'])
@Index('IDX_capabilities_created_id', ['createdAt', 'id'])
@Index('IDX_capabilities_published_expiry', ['expiresAt'], { where: `"status" = 'PUBLISHED'` })
@Check('CHK_capabilities_trl', `"trl" BETWEEN 1 AND 9`)
@Check(
  'CHK_capabilities_ipr',
  `"ipr_status" IN ('NO_IPR_APPLIED', 'SECRET_KNOW_HOW', 'IPR_APPLIED_NOT_GRANTED', 'IPR_GRANTED')`,
)
@Check(
  'CHK_capabilities_status',
  `"status" IN ('DRAFT', 'PUBLISHED', 'PAUSED', 'CLOSED', 'EXPIRED')`,
)
@Check('CHK_capabilities_visibility', `"visibility" IN ('PUBLIC', 'CLUSTER', 'ANONYMOUS')`)
@Check('CHK_capabilities_language', `"language" IN ('pl', 'en')`)
@Check(
  'CHK_capabilities_keywords',
  `cardinality("expertise_keywords") <= 5 AND cardinality("sectors") <= 5`,
)
export class CapabilityEntity extends PostingEntity {
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_capabilities_organization' })
  organization?: OrganizationEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'FK_capabilities_author' })
  author?: UserEntity;

  @Column({ name: 'expertise_keywords', type: 'text', array: true, default: () => "'{}'" })
  expertiseKeywords: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  methods: string[];

  /** Equipment and laboratories. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  equipment: string[];

  @Column({ type: 'smallint' })
  trl: number;

  @Column({ name: 'ipr_status', type: 'varchar', length: 32 })
  iprStatus: IprStatus;

  @Column({ type: 'varchar', length: 1000, default: '' })
  team: string;

  /** DOIs. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  publications: string[];

  /** What the last import from the researcher's works proposed, field by field, with sources. */
  @Column({ name: 'imported_fields', type: 'jsonb', nullable: true })
  importedFields: ImportedFields | null;
}
