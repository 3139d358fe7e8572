import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Currency } from '../enums';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PostingEntity } from '../postings/posting.entity';
import { UserEntity } from '../users/user.entity';

@Entity('needs')
@Index('IDX_needs_organization', ['organizationId'])
@Index('IDX_needs_author', ['authorId'])
@Index('IDX_needs_status_created', ['status', 'createdAt'])
@Index('IDX_needs_search', { synchronize: false })
@Index('IDX_needs_updated', ['updatedAt'])
@Index('IDX_needs_change_xid', ['changeXid'])
@Index('IDX_needs_created_id', ['createdAt', 'id'])
@Index('IDX_needs_published_expiry', ['expiresAt'], { where: `"status" = 'PUBLISHED'` })
@Check(
  'CHK_needs_trl',
  `"trl_min" BETWEEN 1 AND 9 AND "trl_max" BETWEEN 1 AND 9 AND "trl_min" <= "trl_max"`,
)
@Check(
  'CHK_needs_budget',
  `("budget_min" IS NULL OR "budget_min" >= 0) AND ("budget_max" IS NULL OR "budget_max" >= COALESCE("budget_min", 0)) AND (("budget_min" IS NULL AND "budget_max" IS NULL) = ("currency" IS NULL))`,
)
@Check('CHK_needs_status', `"status" IN ('DRAFT', 'PUBLISHED', 'PAUSED', 'CLOSED', 'EXPIRED')`)
@Check('CHK_needs_visibility', `"visibility" IN ('PUBLIC', 'CLUSTER', 'ANONYMOUS')`)
@Check('CHK_needs_language', `"language" IN ('pl', 'en')`)
@Check(
  'CHK_needs_keywords',
  `cardinality("technology_keywords") <= 5 AND cardinality("market_keywords") <= 5 AND cardinality("sectors") <= 5`,
)
export class NeedEntity extends PostingEntity {
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_needs_organization' })
  organization?: OrganizationEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'FK_needs_author' })
  author?: UserEntity;

  @Column({ name: 'technology_keywords', type: 'text', array: true, default: () => "'{}'" })
  technologyKeywords: string[];

  @Column({ name: 'market_keywords', type: 'text', array: true, default: () => "'{}'" })
  marketKeywords: string[];

  @Column({ name: 'trl_min', type: 'smallint' })
  trlMin: number;

  @Column({ name: 'trl_max', type: 'smallint' })
  trlMax: number;

  @Column({ name: 'budget_min', type: 'integer', nullable: true })
  budgetMin: number | null;

  @Column({ name: 'budget_max', type: 'integer', nullable: true })
  budgetMax: number | null;

  @Column({ type: 'char', length: 3, nullable: true })
  currency: Currency | null;

  @Column({ type: 'date', nullable: true })
  deadline: string | null;
}
