import { type MatchSide, type MeetingStanding, MeetingStatus } from '@app/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { MatchModel } from '../../matches/models/match.model';

registerEnumType(MeetingStatus, { name: 'MeetingStatus' });

export enum MatchParty {
  FIRM = 'FIRM',
  RESEARCHER = 'RESEARCHER',
}
registerEnumType(MatchParty, { name: 'MatchParty', description: 'A side of a match' });

/** A meeting as the API reads it, with the side the viewer is on (null for coordinators). */
export interface MeetingRow {
  id: string;
  match_id: string;
  status: MeetingStatus;
  proposed_by_side: MatchSide;
  proposed_times: Date[];
  duration_minutes: number;
  online: boolean;
  location: string;
  starts_at: Date | null;
  sequence: number;
  follow_up_at: Date | null;
  created_at: Date;
  updated_at: Date;
  viewer_side: MatchSide | null;
}

/** The meeting as its rules read it, from a row of `meetings`. */
export const standingOf = (
  row: Pick<MeetingRow, 'status' | 'proposed_by_side' | 'proposed_times' | 'starts_at'>,
): MeetingStanding => ({
  status: row.status,
  proposedBySide: row.proposed_by_side,
  proposedTimes: row.proposed_times,
  startsAt: row.starts_at,
});

@ObjectType('MeetingViewerCan', {
  description: 'What the viewer can do to the meeting now, by the rules the mutations check',
})
export class MeetingViewerCanModel {
  @Field({ description: 'Pick one of the times the other side offered' })
  accept: boolean;

  @Field({ description: 'Offer other times (or first times)' })
  propose: boolean;

  @Field()
  cancel: boolean;

  @Field({ description: 'Say whether it took place, once it has begun' })
  report: boolean;
}

@ObjectType('Meeting', { description: 'A meeting the two sides of an introduced match arrange' })
export class MeetingModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  matchId: string;

  @Field(() => MeetingStatus)
  status: MeetingStatus;

  @Field(() => MatchParty, { description: 'Who made the latest offer' })
  proposedBy: MatchParty;

  @Field(() => [Date], { description: 'The latest offer, earliest first' })
  proposedTimes: Date[];

  @Field(() => Date, {
    nullable: true,
    description: 'The time picked; kept while other times are offered, until one is picked',
  })
  startsAt: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt: Date | null;

  @Field(() => Int)
  durationMinutes: number;

  @Field()
  online: boolean;

  @Field({ description: 'The address, or the link to join' })
  location: string;

  @Field(() => Int, { description: "The calendar event's SEQUENCE" })
  sequence: number;

  @Field(() => Date, { nullable: true, description: 'When both sides were asked how it went' })
  followUpAskedAt: Date | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  /** The viewer's side, for what they can do and their calendar file. */
  viewerSide: MatchSide | null;

  standing: MeetingStanding;

  /** Set when the list it came in read its match already. */
  match?: MatchModel;

  static from(row: MeetingRow): MeetingModel {
    return Object.assign(new MeetingModel(), {
      id: row.id,
      matchId: row.match_id,
      status: row.status,
      proposedBy: row.proposed_by_side === 'firm' ? MatchParty.FIRM : MatchParty.RESEARCHER,
      proposedTimes: row.proposed_times,
      startsAt: row.starts_at,
      endsAt: row.starts_at && new Date(row.starts_at.getTime() + row.duration_minutes * 60_000),
      durationMinutes: row.duration_minutes,
      online: row.online,
      location: row.location,
      sequence: row.sequence,
      followUpAskedAt: row.follow_up_at,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      viewerSide: row.viewer_side,
      standing: standingOf(row),
    });
  }
}
