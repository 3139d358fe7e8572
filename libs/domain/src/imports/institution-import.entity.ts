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
import { ClusterEntity } from '../clusters/cluster.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from '../users/user.entity';

export enum InstitutionImportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

/**
 * An institution's works read from OpenAlex (by its ROR id) or from a file, drafted in the
 * worker into one unclaimed capability draft per researcher of the institution; its progress
 * is what the coordinator follows.
 */
@Entity('institution_imports')
@Check('CHK_institution_imports_status', `"status" IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')`)
@Index('IDX_institution_imports_cluster', ['clusterId', 'createdAt'])
@Index('IDX_institution_imports_organization', ['organizationId'])
@Index('IDX_institution_imports_requested_by', ['requestedBy'], {
  where: '"requested_by" IS NOT NULL',
})
export class InstitutionImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId: string;

  @ManyToOne(() => ClusterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'FK_institution_imports_cluster' })
  cluster?: ClusterEntity;

  /** The member organisation the drafts belong to: the university the ROR id names. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'FK_institution_imports_organization',
  })
  organization?: OrganizationEntity;

  /** https://ror.org/… */
  @Column({ type: 'varchar', length: 64 })
  ror: string;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'requested_by', foreignKeyConstraintName: 'FK_institution_imports_user' })
  requester?: UserEntity | null;

  /** A file of OpenAlex works instead of asking OpenAlex. */
  @Column({ name: 'upload_id', type: 'uuid', nullable: true })
  uploadId: string | null;

  @Column({ type: 'varchar', length: 8, default: InstitutionImportStatus.QUEUED })
  status: InstitutionImportStatus;

  @Column({ name: 'works_read', type: 'integer', default: 0 })
  worksRead: number;

  @Column({ name: 'authors_found', type: 'integer', default: 0 })
  authorsFound: number;

  @Column({ name: 'drafts_made', type: 'integer', default: 0 })
  draftsMade: number;

  /** Why it failed: a source fault's code. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  failure: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
