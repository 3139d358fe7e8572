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
export class MatchLedger {
  constructor(private readonly manager: EntityManager) {}

  /** Moves the matches that can take the step; those that cannot are left as they are. */
  async take(step: MatchStepTaken): Promise<MovedMatch[]> {
    assertLeadsTo(step.action, step.to);
    const stamp = stamps[step.to];
    const record = Object.entries(step.record ?? {});
    const params: unknown[] = [step.ids, matchTransitions[step.action].from, step.to];
    const assignments = record.map(([column, value]) => {
      params.push(value);
      return `${column} = $${params.length}`;
    });
    if (stamp) assignments.push(`${stamp} = now()`);
    const [moved]: [MovedMatch[]] = await this.manager.query(
      `WITH target AS (
         SELECT id, status, due_at FROM matches
         WHERE id = ANY($1::uuid[]) AND status = ANY($2::text[]) FOR UPDATE)
       UPDATE matches m SET status = $3, updated_at = now()${assignments.map((set) => `, ${set}`).join('')}
       FROM target WHERE m.id = target.id
       RETURNING m.id, target.status AS "from", target.due_at`,
      params,
    );
    await this.recorded(step, moved);
    return moved;
  }

  /** The clock ends the steps whose deadline passed; a match another sweep holds is skipped. */
  async expireDue(asOf: Date): Promise<MovedMatch[]> {
    const { from } = matchTransitions[MatchAction.EXPIRED];
    const [moved]: [MovedMatch[]] = await this.manager.query(
      `WITH due AS (
         SELECT id, status, due_at FROM matches
         WHERE status = ANY($2::text[]) AND due_at <= $1
         FOR UPDATE SKIP LOCKED)
       UPDATE matches m SET status = $3, updated_at = now() FROM due WHERE m.id = due.id
       RETURNING m.id, due.status AS "from", due.due_at`,
      [asOf, from, MatchStatus.EXPIRED],
    );
    await this.recorded(
      { action: MatchAction.EXPIRED, ids: [], to: MatchStatus.EXPIRED, actorId: null },
      moved,
    );
    return moved;
  }

  /** Those asked to act hear once, `matchReminderDays` before their step ends. */
  async remindDue(asOf: Date): Promise<number> {
    const [reminded]: [MovedMatch[]] = await this.manager.query(
      `UPDATE matches SET reminded_at = $1
       WHERE status = ANY($3::text[]) AND reminded_at IS NULL
         AND due_at > $1 AND due_at <= $1 + make_interval(days => $2)
       RETURNING id, status AS "from", due_at`,
      [asOf, matchReminderDays, matchStepStatuses],
    );
    await recordOutboxJobs(
      this.manager,
      reminded.map((match) => stepNotice(NotificationEvent.MATCH_REMINDER, match)),
    );
    return reminded.length;
  }

  /** The engine withdraws its proposals of these pairs (never a user's request). */
  async withdrawPairs(pairs: { needId: string; capabilityId: string }[]): Promise<number> {
    if (pairs.length === 0) return 0;
    return this.withdrawWhere(
      `FROM unnest($3::uuid[], $4::uuid[]) AS pair(need_id, capability_id)
       WHERE m.need_id = pair.need_id AND m.capability_id = pair.capability_id AND`,
      [pairs.map((pair) => pair.needId), pairs.map((pair) => pair.capabilityId)],
    );
  }

  /** The engine withdraws a need's proposals of every capability but these. */
  withdrawAllBut(needId: string, capabilityIds: string[]): Promise<number> {
    return this.withdrawWhere(
      'WHERE m.need_id = $3 AND NOT (m.capability_id = ANY($4::uuid[])) AND',
      [needId, capabilityIds],
    );
  }

  /**
   * Writes the engine's pairs in one statement: new ones are proposed, withdrawn ones proposed
   * again, proposed ones rescored when their score or versions moved; others are left alone.
   * Proposals new to the coordinators are announced once they have lasted `settleMs`.
   */
  async propose(rows: ProposalRow[], engineVersion: string, settleMs: number): Promise<void> {
    if (rows.length === 0) return;
    // `before` reads the rows as they were before this statement, to tell re-proposals apart.
    const written: { id: string; inserted: boolean; previous: MatchStatus | null }[] =
      await this.manager.query(
        `WITH incoming AS (
           SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(need_id uuid, capability_id uuid,
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
             reason_for_researcher, $2, 'PROPOSED', need_version, capability_version FROM incoming
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
         LEFT JOIN before b ON b.need_id = u.need_id AND b.capability_id = u.capability_id`,
        [JSON.stringify(rows), engineVersion],
      );
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
    const [existing]: { id: string; status: MatchStatus }[] = await this.manager.query(
      'SELECT id, status FROM matches WHERE need_id = $1 AND capability_id = $2 FOR UPDATE',
      [needId, capabilityId],
    );
    if (existing) assertCanTake(MatchAction.INTEREST_EXPRESSED, existing.status);
    const [written]: [{ id: string }[]] = existing
      ? await this.manager.query(
          `UPDATE matches SET status = $2, user_initiated = true, interest_message = $3,
             updated_at = now() WHERE id = $1 RETURNING id`,
          [existing.id, MatchStatus.PROPOSED, message],
        )
      : [
          await this.manager.query(
            `INSERT INTO matches (need_id, capability_id, score, factors, matched_terms,
               reason_for_firm, reason_for_researcher, engine_version, status, need_version,
               capability_version, user_initiated, interest_message)
             VALUES ($1, $2, 0, '[]', '{}', $3, $3, 'pending', $4, $5, $6, true, $7) RETURNING id`,
            [
              needId,
              capabilityId,
              { pl: '', en: '' },
              MatchStatus.PROPOSED,
              interest.needVersion,
              interest.capabilityVersion,
              message,
            ],
          ),
        ];
    const id = written[0]!.id;
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

  private async withdrawWhere(condition: string, params: unknown[]): Promise<number> {
    const [withdrawn]: [MovedMatch[]] = await this.manager.query(
      `UPDATE matches m SET status = $1, updated_at = now() ${condition}
         m.status = ANY($2::text[]) AND NOT m.user_initiated
       RETURNING m.id, 'PROPOSED' AS "from", m.due_at`,
      [MatchStatus.WITHDRAWN, matchTransitions[MatchAction.WITHDRAWN].from, ...params],
    );
    await this.recordEvents(
      { action: MatchAction.WITHDRAWN, to: MatchStatus.WITHDRAWN, actorId: null },
      withdrawn,
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
    await this.manager.query(
      `INSERT INTO match_events (match_id, actor_id, action, from_status, to_status, reason, note)
       SELECT id, $3, $4, from_status, $5, $6, $7
       FROM unnest($1::uuid[], $2::text[]) AS e(id, from_status)`,
      [
        moved.map((match) => match.id),
        moved.map((match) => match.from),
        step.actorId,
        step.action,
        step.to,
        step.reason ?? null,
        step.note?.trim() || null,
      ],
    );
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
