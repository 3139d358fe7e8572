import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { ClusterEntity } from './cluster.entity';

@Entity('cluster_coordinators')
export class ClusterCoordinatorEntity {
  @PrimaryColumn({
    name: 'cluster_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_cluster_coordinators',
  })
  clusterId: string;

  @Index('IDX_cluster_coordinators_user')
  @PrimaryColumn({
    name: 'user_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_cluster_coordinators',
  })
  userId: string;

  @ManyToOne(() => ClusterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'FK_cluster_coordinators_cluster' })
  cluster?: ClusterEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_cluster_coordinators_user' })
  user?: UserEntity;

  @CreateDateColumn({ name: 'appointed_at', type: 'timestamptz' })
  appointedAt: Date;
}
