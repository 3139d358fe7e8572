import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { ImportedFields } from '../capabilities/imported-fields';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from '../users/user.entity';
import { InstitutionImportEntity } from './institution-import.entity';

/**
 * A capability drafted for a researcher of an imported institution, waiting to be claimed by
 * them: by signing in with its ORCID iD, or by the e-mail address a coordinator gave. Kept apart
 * from capabilities, so an unclaimed draft is never matched, listed or shown to a firm; claiming
 * it makes the researcher's own draft capability.
 */
@Entity('research_drafts')
@Index('UQ_research_drafts_author', ['organizationId', 'openAlexAuthorId'], { unique: true })
@Index('IDX_research_drafts_orcid', ['orcidId'])
@Index('IDX_research_drafts_import', ['institutionImportId'])
@Index('IDX_research_drafts_assigned_user', ['assignedUserId'], {
  where: '"assigned_user_id" IS NOT NULL',
})
export class ResearchDraftEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'institution_import_id', type: 'uuid' })
  institutionImportId: string;

  @ManyToOne(() => InstitutionImportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'institution_import_id',
    foreignKeyConstraintName: 'FK_research_drafts_import',
  })
  institutionImport?: InstitutionImportEntity;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'FK_research_drafts_organization',
  })
  organization?: OrganizationEntity;

  @Column({ name: 'openalex_author_id', type: 'varchar', length: 64 })
  openAlexAuthorId: string;

  @Column({ name: 'orcid_id', type: 'varchar', length: 19, nullable: true })
  orcidId: string | null;

  /** The name OpenAlex gives the author. */
  @Column({ name: 'display_name', type: 'varchar', length: 120 })
  displayName: string;

  @Column({ type: 'varchar', length: 2 })
  language: string;

  @Column({ name: 'imported_fields', type: 'jsonb' })
  importedFields: ImportedFields;

  /** Whom a coordinator invited to claim it by e-mail. */
  @Column({ name: 'assigned_user_id', type: 'uuid', nullable: true })
  assignedUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assigned_user_id', foreignKeyConstraintName: 'FK_research_drafts_assigned' })
  assignedUser?: UserEntity | null;

  /** The capability its claim made; null while it waits. */
  @Column({ name: 'capability_id', type: 'uuid', nullable: true })
  capabilityId: string | null;

  @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
