import {
  assertCanTake,
  assertLeadsTo,
  type DeclineReason,
  MatchAction,
  type MatchOutcome,
  type MatchResponse,
  type MatchSide,
  MatchStatus,
  matchReminderDays,
  matchStepStatuses,
  matchTransitions,
  NotificationEvent,
  notificationFor,
} from '@app/domain';
import { matchingJob, notificationJob, type QueuedJob, recordOutboxJobs } from '@app/queue';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/** What a person's step records beside the status. */
export interface MatchRecord {
  reject_reason?: DeclineReason;
  firm_response?: MatchResponse;
  researcher_response?: MatchResponse;
  outcome?: MatchOutcome;
  agreement_type?: string | null;
}

export interface MatchStepTaken {
  action: MatchAction;
  ids: readonly string[];
  to: MatchStatus;
  /** Null for the platform's own steps (engine, clock). */
  actorId: string | null;
  record?: MatchRecord;
  reason?: string | null;
  note?: string | null;
  /** The side that acted, for announcements that concern only the other side. */
  side?: MatchSide | null;
}

/** A match a step moved: its status and step deadline before. */
export interface MovedMatch {
  id: string;
  from: MatchStatus;
  due_at: Date | null;
}

/** One pair the engine proposes, with its scores and explanations. */
export interface ProposalRow {
  need_id: string;
  capability_id: string;
  score: number;
  factors: unknown;
  matched_terms: string[];
  reason_for_firm: unknown;
  reason_for_researcher: unknown;
  need_version: number;
  capability_version: number;
}

export interface InterestExpressed {
  needId: string;
  capabilityId: string;
  needVersion: number;
  capabilityVersion: number;
  message: string | null;
  actorId: string;
}

const stamps: Partial<Record<MatchStatus, 'decided_at' | 'introduced_at'>> = {
  [MatchStatus.APPROVED]: 'decided_at',
  [MatchStatus.REJECTED]: 'decided_at',
  [MatchStatus.INTRODUCED]: 'introduced_at',
};

/**
 * The only writer of `matches` and `match_events`, for the api and the worker alike. Every step
 * is set-based whatever the number of matches: one guarded UPDATE (`status = ANY(from)` of the
 * step in `matchTransitions`) returning what it moved, one INSERT of their events and one of the
 * outbox rows the step announces, all in the caller's transaction. The step deadline (`due_at`)
 * is set by the `match_step_started` trigger, whose statuses are tested against the same table.
 */
/** The statuses the engine withdraws from. */
const withdrawable = matchTransitions[MatchAction.WITHDRAWN].from;

export class MatchLedger {
  constructor(private readonly manager: EntityManager) {}

  /** Moves the matches that can take the step; those that cannot are left as they are. */
  async take(step: MatchStepTaken): Promise<MovedMatch[]> {
    assertLeadsTo(step.action, step.to);
    const stamp = stamps[step.to];
    const record = step.record ?? {};
    const recorded = (column: keyof MatchRecord) => Object.hasOwn(record, column);
    // Each column a step may record is written only when the step records it.
    const moved = await this.manager.sql<{ id: string; from: MatchStatus; due_at: Date | null }[]>`
      WITH target AS (
        SELECT id, status, due_at FROM matches
        WHERE id = ANY(${step.ids}::uuid[])
          AND status = ANY(${matchTransitions[step.action].from}::text[]) FOR UPDATE),
      moved AS (
        UPDATE matches m SET status = ${step.to}, updated_at = now(),
          reject_reason = CASE WHEN ${recorded('reject_reason')} THEN ${record.reject_reason ?? null}
                          ELSE m.reject_reason END,
          firm_response = CASE WHEN ${recorded('firm_response')} THEN ${record.firm_response ?? null}
                          ELSE m.firm_response END,
          researcher_response = CASE WHEN ${recorded('researcher_response')}
                                THEN ${record.researcher_response ?? null} ELSE m.researcher_response END,
          outcome = CASE WHEN ${recorded('outcome')} THEN ${record.outcome ?? null} ELSE m.outcome END,
          agreement_type = CASE WHEN ${recorded('agreement_type')} THEN ${record.agreement_type ?? null}
                           ELSE m.agreement_type END,
          decided_at = CASE WHEN ${stamp === 'decided_at'} THEN now() ELSE m.decided_at END,
          introduced_at = CASE WHEN ${stamp === 'introduced_at'} THEN now() ELSE m.introduced_at END
        FROM target WHERE m.id = target.id
        RETURNING m.id, target.status AS "from", target.due_at)
      SELECT * FROM moved`;
    await this.recorded(step, moved);
    return moved;
  }

  /** The clock ends the steps whose deadline passed; a match another sweep holds is skipped. */
  async expireDue(asOf: Date): Promise<MovedMatch[]> {
    const { from } = matchTransitions[MatchAction.EXPIRED];
    const moved = await this.manager.sql<
      { id: string; from: MatchStatus; due_at: Date | null }[]
    >`WITH due AS (
         SELECT id, status, due_at FROM matches
         WHERE status = ANY(${from}::text[]) AND due_at <= ${asOf}
         FOR UPDATE SKIP LOCKED),
       moved AS (
         UPDATE matches m SET status = ${MatchStatus.EXPIRED}, updated_at = now() FROM due WHERE m.id = due.id
         RETURNING m.id, due.status AS "from", due.due_at)
       SELECT * FROM moved`;
    await this.recorded(
      { action: MatchAction.EXPIRED, ids: [], to: MatchStatus.EXPIRED, actorId: null },
      moved,
    );
    return moved;
  }

  /** Those asked to act hear once, `matchReminderDays` before their step ends. */
  async remindDue(asOf: Date): Promise<number> {
    const reminded = await this.manager.sql<
      { id: string; from: MatchStatus; due_at: Date | null }[]
    >`WITH changed AS (UPDATE matches SET reminded_at = ${asOf}
       WHERE status = ANY(${matchStepStatuses}::text[]) AND reminded_at IS NULL
         AND due_at > ${asOf} AND due_at <= ${asOf}::timestamptz + make_interval(days => ${matchReminderDays})
       RETURNING id, status AS "from", due_at) SELECT * FROM changed`;
    await recordOutboxJobs(
      this.manager,
      reminded.map((match) => stepNotice(NotificationEvent.MATCH_REMINDER, match)),
    );
    return reminded.length;
  }

  /** The engine withdraws its proposals of these pairs (never a user's request). */
  async withdrawPairs(pairs: { needId: string; capabilityId: string }[]): Promise<number> {
    if (pairs.length === 0) return 0;
    const withdrawn = await this.manager.sql<{ id: string; due_at: Date | null }[]>`
      WITH withdrawn AS (
        UPDATE matches m SET status = ${MatchStatus.WITHDRAWN}, updated_at = now()
        FROM unnest(${pairs.map((pair) => pair.needId)}::uuid[],
                    ${pairs.map((pair) => pair.capabilityId)}::uuid[]) AS pair(need_id, capability_id)
        WHERE m.need_id = pair.need_id AND m.capability_id = pair.capability_id
          AND m.status = ANY(${withdrawable}::text[]) AND NOT m.user_initiated
        RETURNING m.id, m.due_at)
      SELECT id, due_at FROM withdrawn`;
    return this.withdrew(withdrawn);
  }

  /** The engine withdraws a need's proposals of every capability but these. */
  async withdrawAllBut(needId: string, capabilityIds: string[]): Promise<number> {
    const withdrawn = await this.manager.sql<{ id: string; due_at: Date | null }[]>`
      WITH withdrawn AS (
        UPDATE matches m SET status = ${MatchStatus.WITHDRAWN}, updated_at = now()
        WHERE m.need_id = ${needId}::uuid AND NOT (m.capability_id = ANY(${capabilityIds}::uuid[]))
          AND m.status = ANY(${withdrawable}::text[]) AND NOT m.user_initiated
        RETURNING m.id, m.due_at)
      SELECT id, due_at FROM withdrawn`;
    return this.withdrew(withdrawn);
  }

  /**
   * Writes the engine's pairs in one statement: new ones are proposed, withdrawn ones proposed
   * again, proposed ones rescored when their score or versions moved; others are left alone.
   * Proposals new to the coordinators are announced once they have lasted `settleMs`.
   */
  async propose(rows: ProposalRow[], engineVersion: string, settleMs: number): Promise<void> {
    if (rows.length === 0) return;
    // `before` reads the rows as they were before this statement, to tell re-proposals apart.
    const written = await this.manager.sql<
      { id: string; inserted: boolean | null; previous: MatchStatus }[]
    >`WITH incoming AS (
           SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(need_id uuid, capability_id uuid,
             score double precision, factors jsonb, matched_terms text[], reason_for_firm jsonb,
             reason_for_researcher jsonb, need_version integer, capability_version integer)),
         before AS (
           SELECT m.need_id, m.capability_id, m.status FROM matches m
           JOIN incoming i ON i.need_id = m.need_id AND i.capability_id = m.capability_id),
         upserted AS (
           INSERT INTO matches (need_id, capability_id, score, factors, matched_terms,
             reason_for_firm, reason_for_researcher, engine_version, status, need_version,
             capability_version)
           SELECT need_id, capability_id, score, factors, matched_terms, reason_for_firm,
             reason_for_researcher, ${engineVersion}, 'PROPOSED', need_version, capability_version FROM incoming
           ON CONFLICT (need_id, capability_id) DO UPDATE SET
             score = EXCLUDED.score, factors = EXCLUDED.factors,
             matched_terms = EXCLUDED.matched_terms, reason_for_firm = EXCLUDED.reason_for_firm,
             reason_for_researcher = EXCLUDED.reason_for_researcher,
             engine_version = EXCLUDED.engine_version, status = 'PROPOSED',
             need_version = EXCLUDED.need_version,
             capability_version = EXCLUDED.capability_version, updated_at = now()
           WHERE matches.status = 'WITHDRAWN' OR (matches.status = 'PROPOSED' AND
             (matches.score, matches.engine_version, matches.need_version, matches.capability_version)
             IS DISTINCT FROM
             (EXCLUDED.score, EXCLUDED.engine_version, EXCLUDED.need_version, EXCLUDED.capability_version))
           RETURNING id, need_id, capability_id, (xmax = 0) AS inserted)
         SELECT u.id, u.inserted, b.status AS previous
         FROM upserted u
         LEFT JOIN before b ON b.need_id = u.need_id AND b.capability_id = u.capability_id`;
    const proposedAgain = written.filter((row) => row.previous === MatchStatus.WITHDRAWN);
    await this.recordEvents(
      { action: MatchAction.PROPOSED_AGAIN, to: MatchStatus.PROPOSED, actorId: null },
      proposedAgain.map((row) => ({ id: row.id, from: MatchStatus.WITHDRAWN, due_at: null })),
    );
    const toReview = written.filter(
      (row) => row.inserted || row.previous === MatchStatus.WITHDRAWN,
    );
    if (toReview.length > 0) {
      await recordOutboxJobs(this.manager, [
        {
          ...notificationJob({
            name: 'matches-proposed',
            data: { matchIds: toReview.map((row) => row.id), batchId: randomUUID() },
          }),
          delayMs: settleMs,
        },
      ]);
    }
  }

  /**
   * A side asks for a pair the engine did not propose (or withdrew): it becomes a user's
   * PROPOSED request, scored by the engine and sent to the coordinators. Returns its id.
   */
  async expressInterest(interest: InterestExpressed): Promise<string> {
    const { needId, capabilityId, message } = interest;
    const [existing] = await this.manager.sql<
      { id: string; status: MatchStatus }[]
    >`SELECT id, status FROM matches WHERE need_id = ${needId}::uuid AND capability_id = ${capabilityId}::uuid FOR UPDATE`;
    if (existing) assertCanTake(MatchAction.INTEREST_EXPRESSED, existing.status);
    const [written] = existing
      ? await this.manager.sql<{ id: string }[]>`WITH changed AS (
           UPDATE matches SET status = ${MatchStatus.PROPOSED}, user_initiated = true,
             interest_message = ${message}, updated_at = now()
           WHERE id = ${existing.id}::uuid RETURNING id)
         SELECT * FROM changed`
      : await this.manager.sql<
          { id: string }[]
        >`INSERT INTO matches (need_id, capability_id, score, factors, matched_terms,
           reason_for_firm, reason_for_researcher, engine_version, status, need_version,
           capability_version, user_initiated, interest_message)
         VALUES (${needId}::uuid, ${capabilityId}::uuid, 0, '[]', '{}', '{"pl": "", "en": ""}',
           '{"pl": "", "en": ""}', 'pending', ${MatchStatus.PROPOSED}, ${interest.needVersion},
           ${interest.capabilityVersion}, true, ${message})
         RETURNING id`;
    const id = written!.id;
    await this.recordEvents(
      {
        action: MatchAction.INTEREST_EXPRESSED,
        to: MatchStatus.PROPOSED,
        actorId: interest.actorId,
        note: message,
      },
      [{ id, from: existing?.status ?? MatchStatus.PROPOSED, due_at: null }],
    );
    await recordOutboxJobs(this.manager, [
      matchingJob({ name: 'match-requested', data: { matchId: id } }),
      ...this.announcements(MatchAction.INTEREST_EXPRESSED, MatchStatus.PROPOSED, [id], null),
    ]);
    return id;
  }

  /**
   * Forgets what an erased person wrote: the notes of their steps and the message of the
   * requests they made. The steps stay, so each history still reads in order.
   */
  async forgetWordsOf(actorId: string): Promise<number> {
    const [counts] = await this.manager.sql<{ notes: number | null; messages: number | null }[]>`
      WITH notes AS (
        UPDATE match_events SET note = NULL
        WHERE actor_id = ${actorId}::uuid AND note IS NOT NULL RETURNING 1),
      messages AS (
        UPDATE matches m SET interest_message = NULL
        WHERE m.interest_message IS NOT NULL
          AND (SELECT e.actor_id FROM match_events e
               WHERE e.match_id = m.id AND e.action = ${MatchAction.INTEREST_EXPRESSED}
               ORDER BY e.created_at DESC LIMIT 1) = ${actorId}::uuid
        RETURNING 1)
      SELECT (SELECT count(*) FROM notes)::int AS notes,
        (SELECT count(*) FROM messages)::int AS messages`;
    return (counts!.notes ?? 0) + (counts!.messages ?? 0);
  }

  /** Records the engine's withdrawals: only proposals are withdrawn. */
  private async withdrew(withdrawn: { id: string; due_at: Date | null }[]): Promise<number> {
    await this.recordEvents(
      { action: MatchAction.WITHDRAWN, to: MatchStatus.WITHDRAWN, actorId: null },
      withdrawn.map((match) => ({ ...match, from: MatchStatus.PROPOSED })),
    );
    return withdrawn.length;
  }

  /** The step's events and announcements for the matches it moved. */
  private async recorded(step: MatchStepTaken, moved: MovedMatch[]): Promise<void> {
    await this.recordEvents(step, moved);
    const jobs =
      step.action === MatchAction.EXPIRED
        ? moved.map((match) => stepNotice(NotificationEvent.MATCH_EXPIRED, match))
        : this.announcements(
            step.action,
            step.to,
            moved.map((match) => match.id),
            step.side ?? null,
          );
    await recordOutboxJobs(this.manager, jobs);
  }

  private announcements(
    action: MatchAction,
    to: MatchStatus,
    ids: string[],
    side: MatchSide | null,
  ): QueuedJob[] {
    const event = notificationFor(action, to);
    if (!event) return [];
    return ids.map((matchId) =>
      notificationJob({
        name: 'match-event',
        data: { event, matchId, ...(side ? { side } : {}) },
      }),
    );
  }

  /** The audit trail in one statement; the platform's own steps have no actor and no note. */
  private async recordEvents(
    step: Pick<MatchStepTaken, 'action' | 'to' | 'actorId' | 'reason' | 'note'>,
    moved: MovedMatch[],
  ): Promise<void> {
    if (moved.length === 0) return;
    await this.manager
      .sql`INSERT INTO match_events (match_id, actor_id, action, from_status, to_status, reason, note)
       SELECT id, ${step.actorId}::uuid, ${step.action}, from_status, ${step.to}, ${step.reason ?? null}, ${step.note?.trim() || null}
       FROM unnest(${moved.map((match) => match.id)}::uuid[], ${moved.map((match) => match.from)}::text[]) AS e(id, from_status)`;
  }
}

/** Reminders and expiries name the step they concern: a match can go through a step twice. */
const stepNotice = (
  event: NotificationEvent.MATCH_REMINDER | NotificationEvent.MATCH_EXPIRED,
  { id, from, due_at }: MovedMatch,
) =>
  notificationJob({
    name: 'match-event',
    data: {
      event,
      matchId: id,
      step: { status: from as 'PROPOSED' | 'APPROVED', dueAt: due_at!.toISOString() },
    },
  });
