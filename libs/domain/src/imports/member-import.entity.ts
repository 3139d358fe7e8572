import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ClusterEntity } from '../clusters/cluster.entity';
import { UserEntity } from '../users/user.entity';

/** A member spreadsheet imported into a cluster, and what it did: the cluster's record of it. */
@Entity('member_imports')
@Index('IDX_member_imports_cluster', ['clusterId', 'createdAt'])
@Index('IDX_member_imports_imported_by', ['importedBy'], { where: '"imported_by" IS NOT NULL' })
export class MemberImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId: string;

  @ManyToOne(() => ClusterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'FK_member_imports_cluster' })
  cluster?: ClusterEntity;

  @Column({ name: 'imported_by', type: 'uuid', nullable: true })
  importedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'imported_by', foreignKeyConstraintName: 'FK_member_imports_user' })
  importer?: UserEntity | null;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName: string;

  @Column({ name: 'file_sha256', type: 'varchar', length: 64 })
  fileSha256: string;

  @Column({ type: 'int' })
  rows: number;

  @Column({ name: 'organizations_created', type: 'int' })
  organizationsCreated: number;

  @Column({ name: 'organizations_updated', type: 'int' })
  organizationsUpdated: number;

  @Column({ name: 'people_invited', type: 'int' })
  peopleInvited: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
