import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** How long each step of a match may take in a cluster that did not choose. */
export const defaultStepDeadlineDays = 14;

@Entity('clusters')
@Unique('UQ_clusters_name', ['name'])
@Check('CHK_clusters_step_deadline_days', `"step_deadline_days" BETWEEN 3 AND 90`)
@Check('CHK_clusters_match_threshold', `"match_threshold" BETWEEN 0 AND 1`)
@Check('CHK_clusters_match_top_k', `"match_top_k" BETWEEN 1 AND 100`)
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
  @Column({ name: 'step_deadline_days', type: 'integer', default: defaultStepDeadlineDays })
  stepDeadlineDays: number;

  /** Proposals below this score are not made for the members' needs; null: the platform's. */
  @Column({ name: 'match_threshold', type: 'double precision', nullable: true })
  matchThreshold: number | null;

  /** At most this many proposals per need of the members; null: the platform's. */
  @Column({ name: 'match_top_k', type: 'integer', nullable: true })
  matchTopK: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
