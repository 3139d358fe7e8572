import { ENV, type Env } from '@app/config';
import { oneOf } from '@app/database';
import {
  assertCanAccept,
  assertCanReport,
  assertCanTake,
  assertOpen,
  checkArgument,
  checkMeetingProposal,
  DomainException,
  forbidden,
  isUuid,
  MatchAction,
  MatchOutcome,
  meetingSteps,
  MeetingStatus,
  notFound,
  outcomeAfterMeeting,
} from '@app/domain';
import { type LockedMeeting, type MeetingActor, MeetingLedger } from '@app/ledger';
import { invitationOf } from '@app/notifications';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { assertManagesCluster, mayActOn } from '../auth/policy';
import { isAdmin, type Viewer } from '../auth/viewer';
import { MatchesService } from '../matches/matches.service';
import type { MatchModel } from '../matches/models/match.model';
import type { ProposeMeetingInput } from './dto/meeting.args';
import {
  MeetingModel,
  type MeetingRow,
  type MeetingViewerCanModel,
  standingOf,
} from './models/meeting.model';

/** A list of meetings (a match's, or the coordinators' ahead) is this long at most. */
const listLimit = 100;

/**
 * The sides of an introduced match arrange meetings: one offers up to three times, the other
 * picks one or offers others; either cancels; afterwards either says whether it took place.
 * Each step is allowed by the match's transitions and written by the `MeetingLedger`.
 */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ENV) private readonly env: Env,
    private readonly matches: MatchesService,
  ) {}

  async propose(input: ProposeMeetingInput, viewer: Viewer): Promise<MeetingModel> {
    const proposal = checkArgument('input', () => checkMeetingProposal(input, new Date()));
    const id = await this.dataSource.transaction(async (manager) => {
      const actor = await this.actorOn(input.matchId, viewer, manager);
      const ledger = new MeetingLedger(manager);
      return ledger.propose(
        input.matchId,
        actor,
        proposal,
        await ledger.openMeetingOf(input.matchId),
      );
    });
    return this.byId(id, viewer);
  }

  accept(meetingId: string, startsAt: Date, viewer: Viewer): Promise<MeetingModel> {
    return this.step(meetingId, viewer, (ledger, meeting, actor) => {
      assertCanAccept(standingOf(meeting), actor.side, startsAt, new Date());
      return ledger.accept(meeting, startsAt, actor);
    });
  }

  cancel(meetingId: string, viewer: Viewer): Promise<MeetingModel> {
    return this.step(meetingId, viewer, (ledger, meeting, actor) => {
      assertOpen(meeting);
      return ledger.cancel(meeting, actor);
    });
  }

  report(meetingId: string, held: boolean, viewer: Viewer): Promise<MeetingModel> {
    return this.step(meetingId, viewer, async (ledger, meeting, actor, manager) => {
      assertCanReport(standingOf(meeting), new Date());
      const [match] = await manager.sql<{ outcome: string | null }[]>`
        SELECT outcome FROM matches WHERE id = ${meeting.match_id}::uuid`;
      const outcome = outcomeAfterMeeting(oneOf(MatchOutcome, match!.outcome));
      await ledger.report(meeting, held, actor.id, outcome);
    });
  }

  /** The meetings of a match the viewer may read (its sides, coordinators, admins), latest first. */
  async ofMatch(match: MatchModel, viewer: Viewer): Promise<MeetingModel[]> {
    const rows = await this.rows(viewer, { matchId: match.id });
    return rows.map((row) => Object.assign(MeetingModel.from(row), { match }));
  }

  /** Agreed meetings ahead, soonest first, of matches involving the viewer's clusters. */
  async upcoming(clusterId: string | null | undefined, viewer: Viewer): Promise<MeetingModel[]> {
    if (clusterId) assertManagesCluster(viewer, clusterId, 'You do not coordinate this cluster');
    const meetings = (
      await this.rows(viewer, {
        upcoming: true,
        clusterId: clusterId ?? null,
        organizations: isAdmin(viewer) ? null : viewer.coordinatedOrganizationIds,
      })
    ).map(MeetingModel.from);
    // Their matches in one read, not one per row of the list.
    const matchIds = [...new Set(meetings.map((meeting) => meeting.matchId))];
    const matches = new Map(
      (await this.matches.byIds(matchIds, viewer)).map((match) => [match.id, match]),
    );
    return meetings.map((meeting) =>
      Object.assign(meeting, { match: matches.get(meeting.matchId) }),
    );
  }

  /** The meeting's match, unless the list it came in read it already. */
  async matchOf(meeting: MeetingModel, viewer: Viewer): Promise<MatchModel> {
    return meeting.match ?? (await this.matches.byIds([meeting.matchId], viewer))[0]!;
  }

  viewerCan(meeting: MeetingModel): MeetingViewerCanModel {
    return meetingSteps(meeting.standing, meeting.viewerSide, new Date());
  }

  /** The viewer's own calendar file: for the two sides only, once a time was picked. */
  async invitation(meeting: MeetingModel, viewer: Viewer): Promise<string | null> {
    if (!meeting.viewerSide) return null;
    const invitation = await invitationOf(this.dataSource, meeting.id, viewer.id, {
      appUrl: this.env.APP_URL,
      sender: this.env.MAIL_FROM,
    });
    return invitation?.content ?? null;
  }

  /**
   * A step on an existing meeting: the match is locked and checked (a side of an introduced
   * match), then the meeting, which the step's own rules check.
   */
  private async step(
    meetingId: string,
    viewer: Viewer,
    take: (
      ledger: MeetingLedger,
      meeting: LockedMeeting,
      actor: MeetingActor,
      manager: EntityManager,
    ) => Promise<void>,
  ): Promise<MeetingModel> {
    if (!isUuid(meetingId)) throw notFound('Meeting', meetingId);
    await this.dataSource.transaction(async (manager) => {
      const [found] = await manager.sql<{ match_id: string }[]>`
        SELECT match_id FROM meetings WHERE id = ${meetingId}::uuid`;
      if (!found) throw notFound('Meeting', meetingId);
      const actor = await this.actorOn(found.match_id, viewer, manager);
      const ledger = new MeetingLedger(manager);
      await take(ledger, (await ledger.lock(meetingId))!, actor, manager);
    });
    return this.byId(meetingId, viewer);
  }

  /** Locks the match; the viewer must be of one of its sides, and the match introduced. */
  private async actorOn(
    matchId: string,
    viewer: Viewer,
    manager: EntityManager,
  ): Promise<MeetingActor> {
    const standing = (await this.matches.standings([matchId], viewer, manager)).get(matchId)!;
    if (standing instanceof DomainException) throw standing;
    if (!mayActOn(viewer, 'meet', standing)) {
      throw forbidden('Only the firm and the research team of the match arrange its meetings');
    }
    assertCanTake(MatchAction.MEETING_PROPOSED, standing.status);
    return { id: viewer.id, side: standing.side! };
  }

  private async byId(id: string, viewer: Viewer): Promise<MeetingModel> {
    const [row] = await this.rows(viewer, { meetingId: id });
    return MeetingModel.from(row!);
  }

  private rows(
    viewer: Viewer,
    filter: {
      meetingId?: string;
      matchId?: string;
      upcoming?: boolean;
      clusterId?: string | null;
      organizations?: string[] | null;
    },
  ): Promise<MeetingRow[]> {
    const { meetingId = null, matchId = null, upcoming = false, clusterId = null } = filter;
    const organizations = filter.organizations ?? null;
    return this.dataSource.sql<MeetingRow[]>`
      SELECT mt.id, mt.match_id, mt.status, mt.proposed_by_side, mt.proposed_times,
        mt.duration_minutes, mt.online, mt.location, mt.starts_at, mt.sequence, mt.follow_up_at,
        mt.created_at, mt.updated_at,
        CASE ${viewer.organizationId}::uuid WHEN n.organization_id THEN 'firm'
          WHEN c.organization_id THEN 'researcher' END AS viewer_side
      FROM meetings mt JOIN matches m ON m.id = mt.match_id
        JOIN needs n ON n.id = m.need_id JOIN capabilities c ON c.id = m.capability_id
      WHERE (${meetingId}::uuid IS NULL OR mt.id = ${meetingId}::uuid)
        AND (${matchId}::uuid IS NULL OR mt.match_id = ${matchId}::uuid)
        AND (NOT ${upcoming} OR (mt.status = ${MeetingStatus.CONFIRMED} AND mt.starts_at >= now()))
        AND (${organizations}::uuid[] IS NULL
             OR n.organization_id = ANY(${organizations}::uuid[])
             OR c.organization_id = ANY(${organizations}::uuid[]))
        AND (${clusterId}::uuid IS NULL OR EXISTS (
          SELECT 1 FROM cluster_members cm WHERE cm.cluster_id = ${clusterId}::uuid
            AND cm.organization_id IN (n.organization_id, c.organization_id)))
      ORDER BY CASE WHEN ${upcoming} THEN mt.starts_at END, mt.created_at DESC
      LIMIT ${listLimit}`;
  }
}
