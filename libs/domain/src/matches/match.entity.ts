import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { CapabilityEntity } from '../capabilities/capability.entity';
import { NeedEntity } from '../needs/need.entity';

export enum MatchStatus {
  PROPOSED = 'PROPOSED',
  /** The engine no longer proposes it: a side was edited away, paused or closed. */
  WITHDRAWN = 'WITHDRAWN',
}

export interface StoredMatchFactor {
  name: string;
  value: number;
  weight: number;
  contribution: number;
}

export type Bilingual = { pl: string; en: string };

/** One need paired with one capability, as the matching engine last scored it. */
@Entity('matches')
@Unique('UQ_matches_need_capability', ['needId', 'capabilityId'])
@Index('IDX_matches_need_score', ['needId', 'score'])
@Index('IDX_matches_capability_score', ['capabilityId', 'score'])
@Check('CHK_matches_score', `"score" >= 0 AND "score" <= 1`)
@Check('CHK_matches_status', `"status" IN ('PROPOSED', 'WITHDRAWN')`)
export class MatchEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'need_id', type: 'uuid' })
  needId: string;

  @ManyToOne(() => NeedEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'FK_matches_need' })
  need?: NeedEntity;

  @Column({ name: 'capability_id', type: 'uuid' })
  capabilityId: string;

  @ManyToOne(() => CapabilityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'capability_id', foreignKeyConstraintName: 'FK_matches_capability' })
  capability?: CapabilityEntity;

  @Column({ type: 'double precision' })
  score: number;

  @Column({ type: 'jsonb' })
  factors: StoredMatchFactor[];

  @Column({ name: 'matched_terms', type: 'text', array: true, default: () => "'{}'" })
  matchedTerms: string[];

  @Column({ name: 'reason_for_firm', type: 'jsonb' })
  reasonForFirm: Bilingual;

  @Column({ name: 'reason_for_researcher', type: 'jsonb' })
  reasonForResearcher: Bilingual;

  @Column({ name: 'engine_version', type: 'varchar', length: 32 })
  engineVersion: string;

  @Column({ type: 'varchar', length: 16, default: MatchStatus.PROPOSED })
  status: MatchStatus;

  /** Versions of both postings the score was computed from. */
  @Column({ name: 'need_version', type: 'integer' })
  needVersion: number;

  @Column({ name: 'capability_version', type: 'integer' })
  capabilityVersion: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
