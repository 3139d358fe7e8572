import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';
import { ClusterEntity } from './cluster.entity';

@Entity('cluster_members')
export class ClusterMemberEntity {
  @PrimaryColumn({
    name: 'cluster_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_cluster_members',
  })
  clusterId: string;

  @Index('IDX_cluster_members_organization')
  @PrimaryColumn({
    name: 'organization_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_cluster_members',
  })
  organizationId: string;

  @ManyToOne(() => ClusterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'FK_cluster_members_cluster' })
  cluster?: ClusterEntity;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'FK_cluster_members_organization',
  })
  organization?: OrganizationEntity;

  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' })
  addedAt: Date;
}
