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
  /** Found by the engine (or asked for by a user), waiting for a coordinator. */
  PROPOSED = 'PROPOSED',
  /** The engine no longer proposes it: a side was edited away, paused or closed. */
  WITHDRAWN = 'WITHDRAWN',
  /** A coordinator approved it; both sides are asked whether they are interested. */
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  /** Both sides said yes: contacts are exchanged and anonymity ends. */
  INTRODUCED = 'INTRODUCED',
  /** One side said no. */
  DECLINED = 'DECLINED',
  /** Nobody acted on it before the deadline of its step (review, or both sides' answers). */
  EXPIRED = 'EXPIRED',
}

/** Why a coordinator rejects or a side declines (after Inpart's feedback types). */
export enum DeclineReason {
  TOO_EARLY_STAGE = 'TOO_EARLY_STAGE',
  TOO_LATE_STAGE = 'TOO_LATE_STAGE',
  NOT_RELEVANT = 'NOT_RELEVANT',
  BENEFIT_UNCLEAR = 'BENEFIT_UNCLEAR',
  COMMERCIAL_ROUTE_UNCLEAR = 'COMMERCIAL_ROUTE_UNCLEAR',
  DESCRIPTION_UNCLEAR = 'DESCRIPTION_UNCLEAR',
  NO_CAPACITY = 'NO_CAPACITY',
  BUDGET_MISMATCH = 'BUDGET_MISMATCH',
  OTHER = 'OTHER',
}

export enum MatchOutcome {
  MEETING_HELD = 'MEETING_HELD',
  NDA_SIGNED = 'NDA_SIGNED',
  AGREEMENT_SIGNED = 'AGREEMENT_SIGNED',
  NO_DEAL = 'NO_DEAL',
}

export enum MatchResponse {
  INTERESTED = 'INTERESTED',
  NOT_INTERESTED = 'NOT_INTERESTED',
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
@Index('IDX_matches_due', ['dueAt'], { where: `"due_at" IS NOT NULL` })
@Check('CHK_matches_score', `"score" >= 0 AND "score" <= 1`)
@Check(
  'CHK_matches_status',
  `"status" IN ('PROPOSED', 'WITHDRAWN', 'APPROVED', 'REJECTED', 'INTRODUCED', 'DECLINED', 'EXPIRED')`,
)
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

  /** Asked for by a firm or a researcher rather than found by the engine, which then leaves it be. */
  @Column({ name: 'user_initiated', type: 'boolean', default: false })
  userInitiated: boolean;

  @Column({ name: 'interest_message', type: 'varchar', length: 2000, nullable: true })
  interestMessage: string | null;

  @Column({ name: 'reject_reason', type: 'varchar', length: 32, nullable: true })
  rejectReason: DeclineReason | null;

  @Column({ name: 'firm_response', type: 'varchar', length: 16, nullable: true })
  firmResponse: MatchResponse | null;

  @Column({ name: 'researcher_response', type: 'varchar', length: 16, nullable: true })
  researcherResponse: MatchResponse | null;

  /**
   * When the current step (review while PROPOSED, answers while APPROVED) expires. A database
   * trigger sets it whenever the status changes, from the longest step deadline among the
   * clusters the match involves, so the api and the worker cannot disagree about it.
   */
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  /** When whoever must act was reminded of the current step's deadline; cleared with each step. */
  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'introduced_at', type: 'timestamptz', nullable: true })
  introducedAt: Date | null;

  /** The latest outcome either side or a coordinator recorded after the introduction. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  outcome: MatchOutcome | null;

  @Column({ name: 'agreement_type', type: 'varchar', length: 40, nullable: true })
  agreementType: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
