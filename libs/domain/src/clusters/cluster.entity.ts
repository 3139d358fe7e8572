import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

@Entity('clusters')
@Unique('UQ_clusters_name', ['name'])
export class ClusterEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 1000, default: '' })
  description: string;

  /** Voivodeships the cluster serves. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  regions: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
