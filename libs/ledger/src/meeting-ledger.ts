import {
  MatchAction,
  type MatchOutcome,
  type MatchSide,
  MatchStatus,
  type MeetingProposal,
  MeetingStatus,
  NotificationEvent,
} from '@app/domain';
import { notificationJob, recordOutboxJobs } from '@app/queue';
import type { EntityManager } from 'typeorm';
import { MatchLedger } from './match-ledger';

/** A meeting as its steps read it, locked for the step. */
export interface LockedMeeting {
  id: string;
  match_id: string;
  status: MeetingStatus;
  proposed_by_side: MatchSide;
  proposed_times: Date[];
  starts_at: Date | null;
}

/** Who takes a meeting's step: a person of one side. */
export interface MeetingActor {
  id: string;
  side: MatchSide;
}

type MeetingEvent =
  | NotificationEvent.MEETING_PROPOSED
  | NotificationEvent.MEETING_CONFIRMED
  | NotificationEvent.MEETING_CANCELLED
  | NotificationEvent.MEETING_FOLLOW_UP;

/**
 * The only writer of `meetings`. Each step is a step of the match too, taken through the
 * `MatchLedger` (so it is allowed by `matchTransitions` and recorded in the match's history),
 * and announces itself with the meeting's revision, in the caller's transaction. The iCalendar
 * SEQUENCE of the event both sides were sent goes up with each change of a picked time.
 */
export class MeetingLedger {
  private readonly matches: MatchLedger;

  constructor(private readonly manager: EntityManager) {
    this.matches = new MatchLedger(manager);
  }

  /** The meeting being agreed or agreed for the match, locked; undefined when there is none. */
  async openMeetingOf(matchId: string): Promise<LockedMeeting | undefined> {
    const [meeting] = await this.manager.sql<LockedMeeting[]>`
      SELECT id, match_id, status, proposed_by_side, proposed_times, starts_at FROM meetings
      WHERE match_id = ${matchId}::uuid AND status IN ('PROPOSED', 'CONFIRMED') FOR UPDATE`;
    return meeting;
  }

  async lock(meetingId: string): Promise<LockedMeeting | undefined> {
    const [meeting] = await this.manager.sql<LockedMeeting[]>`
      SELECT id, match_id, status, proposed_by_side, proposed_times, starts_at FROM meetings
      WHERE id = ${meetingId}::uuid FOR UPDATE`;
    return meeting;
  }

  /** Offers times: a new meeting, or other times for the open one (a picked time stays until then). */
  async propose(
    matchId: string,
    actor: MeetingActor,
    proposal: MeetingProposal,
    open: LockedMeeting | undefined,
  ): Promise<string> {
    await this.step(MatchAction.MEETING_PROPOSED, matchId, actor);
    const { times, durationMinutes, online, location } = proposal;
    const [written] = open
      ? await this.manager.sql<{ id: string; revision: number }[]>`
          WITH changed AS (
            UPDATE meetings SET status = ${MeetingStatus.PROPOSED}, proposed_by_side = ${actor.side},
              proposed_by = ${actor.id}::uuid, proposed_times = ${times}::timestamptz[],
              duration_minutes = ${durationMinutes}, online = ${online}, location = ${location},
              revision = revision + 1, updated_at = now()
            WHERE id = ${open.id}::uuid RETURNING id, revision)
          SELECT * FROM changed`
      : await this.manager.sql<{ id: string; revision: number }[]>`
          INSERT INTO meetings (match_id, status, proposed_by_side, proposed_by, proposed_times,
            duration_minutes, online, location)
          VALUES (${matchId}::uuid, ${MeetingStatus.PROPOSED}, ${actor.side}, ${actor.id}::uuid,
            ${times}::timestamptz[], ${durationMinutes}, ${online}, ${location})
          RETURNING id, revision`;
    await this.announce(NotificationEvent.MEETING_PROPOSED, matchId, written!, actor.side);
    return written!.id;
  }

  /** One of the offered times is picked: the calendar event is sent, or updated. */
  async accept(meeting: LockedMeeting, startsAt: Date, actor: MeetingActor): Promise<void> {
    await this.step(MatchAction.MEETING_ACCEPTED, meeting.match_id, actor);
    const [written] = await this.manager.sql<{ id: string; revision: number }[]>`
      WITH changed AS (
        UPDATE meetings SET status = ${MeetingStatus.CONFIRMED}, starts_at = ${startsAt},
          sequence = CASE WHEN starts_at IS NULL THEN 0 ELSE sequence + 1 END,
          follow_up_at = NULL, revision = revision + 1, updated_at = now()
        WHERE id = ${meeting.id}::uuid RETURNING id, revision)
      SELECT * FROM changed`;
    await this.announce(NotificationEvent.MEETING_CONFIRMED, meeting.match_id, written!);
  }

  /** A sent calendar event is cancelled with a higher SEQUENCE, as calendars expect. */
  async cancel(meeting: LockedMeeting, actor: MeetingActor): Promise<void> {
    await this.step(MatchAction.MEETING_CANCELLED, meeting.match_id, actor);
    const [written] = await this.manager.sql<{ id: string; revision: number }[]>`
      WITH changed AS (
        UPDATE meetings SET status = ${MeetingStatus.CANCELLED},
          sequence = CASE WHEN starts_at IS NULL THEN sequence ELSE sequence + 1 END,
          revision = revision + 1, updated_at = now()
        WHERE id = ${meeting.id}::uuid RETURNING id, revision)
      SELECT * FROM changed`;
    await this.announce(NotificationEvent.MEETING_CANCELLED, meeting.match_id, written!);
  }

  /**
   * Whether it took place. A meeting held is the match's outcome MEETING_HELD (recorded by the
   * match's own step) unless `outcome` is null: a later stage is already recorded.
   */
  async report(
    meeting: LockedMeeting,
    held: boolean,
    actorId: string,
    outcome: MatchOutcome | null,
  ): Promise<void> {
    await this.manager.sql`UPDATE meetings
      SET status = ${held ? MeetingStatus.HELD : MeetingStatus.NOT_HELD}, revision = revision + 1,
        updated_at = now()
      WHERE id = ${meeting.id}::uuid`;
    if (!held || !outcome) return;
    await this.matches.take({
      action: MatchAction.OUTCOME_RECORDED,
      ids: [meeting.match_id],
      to: MatchStatus.INTRODUCED,
      record: { outcome, agreement_type: null },
      actorId,
      reason: outcome,
    });
  }

  /** Both sides of each agreed meeting that has ended are asked, once, how it went. */
  async askHowItWent(asOf: Date): Promise<number> {
    const asked = await this.manager.sql<{ id: string; match_id: string; revision: number }[]>`
      WITH asked AS (
        UPDATE meetings SET follow_up_at = ${asOf}
        WHERE status = ${MeetingStatus.CONFIRMED} AND follow_up_at IS NULL
          AND starts_at <= ${asOf}
          AND starts_at + make_interval(mins => duration_minutes) <= ${asOf}
        RETURNING id, match_id, revision)
      SELECT * FROM asked`;
    await recordOutboxJobs(
      this.manager,
      asked.map((meeting) =>
        meetingNotice(NotificationEvent.MEETING_FOLLOW_UP, meeting.match_id, meeting),
      ),
    );
    return asked.length;
  }

  /**
   * Forgets where an erased person offered to meet (an address or a link may name them); the
   * meetings stay, so each side's history still reads in order.
   */
  async forgetPlacesOf(userId: string): Promise<number> {
    const forgotten = await this.manager.sql<{ id: string }[]>`
      WITH forgotten AS (
        UPDATE meetings SET location = '', updated_at = now()
        WHERE proposed_by = ${userId}::uuid AND location <> '' RETURNING id)
      SELECT id FROM forgotten`;
    return forgotten.length;
  }

  private async step(action: MatchAction, matchId: string, actor: MeetingActor) {
    await this.matches.take({
      action,
      ids: [matchId],
      to: MatchStatus.INTRODUCED,
      actorId: actor.id,
      side: actor.side,
    });
  }

  private announce(
    event: MeetingEvent,
    matchId: string,
    meeting: { id: string; revision: number },
    side?: MatchSide,
  ) {
    return recordOutboxJobs(this.manager, [meetingNotice(event, matchId, meeting, side)]);
  }
}

const meetingNotice = (
  event: MeetingEvent,
  matchId: string,
  { id, revision }: { id: string; revision: number },
  side?: MatchSide,
) =>
  notificationJob({
    name: 'match-event',
    data: { event, matchId, meeting: { id, revision }, ...(side ? { side } : {}) },
  });
