import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

@Entity('clusters')
@Unique('UQ_clusters_name', ['name'])
@Check('CHK_clusters_step_deadline_days', `"step_deadline_days" BETWEEN 3 AND 90`)
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

  /** Days each step of a match (review, then both sides' answers) may take before it expires. */
  @Column({ name: 'step_deadline_days', type: 'integer', default: 14 })
  stepDeadlineDays: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
