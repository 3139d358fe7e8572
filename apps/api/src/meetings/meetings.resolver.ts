import { UserRole } from '@app/domain';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../auth/auth.decorators';
import { platformRights } from '../auth/policy';
import type { Viewer } from '../auth/viewer';
import { MatchModel } from '../matches/models/match.model';
import {
  AcceptMeetingArgs,
  MeetingArgs,
  ProposeMeetingInput,
  ReportMeetingArgs,
  UpcomingMeetingsArgs,
} from './dto/meeting.args';
import { MeetingsService } from './meetings.service';
import { MeetingModel, MeetingViewerCanModel } from './models/meeting.model';

@Resolver(() => MeetingModel)
export class MeetingsResolver {
  constructor(private readonly meetings: MeetingsService) {}

  @Roles(UserRole.FIRM, UserRole.RESEARCHER)
  @Mutation(() => MeetingModel, {
    description:
      'Offer up to three times for a meeting of an introduced match; while one is being agreed or agreed, offers other times',
  })
  proposeMeeting(@Args('input') input: ProposeMeetingInput, @CurrentViewer() viewer: Viewer) {
    return this.meetings.propose(input, viewer);
  }

  @Roles(UserRole.FIRM, UserRole.RESEARCHER)
  @Mutation(() => MeetingModel, {
    description: 'Pick one of the times the other side offered: both get a calendar invitation',
  })
  acceptMeetingTime(
    @Args() { meetingId, startsAt }: AcceptMeetingArgs,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.meetings.accept(meetingId, startsAt, viewer);
  }

  @Roles(UserRole.FIRM, UserRole.RESEARCHER)
  @Mutation(() => MeetingModel, { description: 'Both sides get the calendar cancellation' })
  cancelMeeting(@Args() { meetingId }: MeetingArgs, @CurrentViewer() viewer: Viewer) {
    return this.meetings.cancel(meetingId, viewer);
  }

  @Roles(UserRole.FIRM, UserRole.RESEARCHER)
  @Mutation(() => MeetingModel, {
    description: "Whether it took place; held records the match's outcome MEETING_HELD",
  })
  reportMeeting(@Args() { meetingId, held }: ReportMeetingArgs, @CurrentViewer() viewer: Viewer) {
    return this.meetings.report(meetingId, held, viewer);
  }

  @Roles(...platformRights.review)
  @Query(() => [MeetingModel], {
    description: 'Agreed meetings ahead, soonest first, of matches involving your clusters',
  })
  upcomingMeetings(@Args() { clusterId }: UpcomingMeetingsArgs, @CurrentViewer() viewer: Viewer) {
    return this.meetings.upcoming(clusterId, viewer);
  }

  @ResolveField(() => MeetingViewerCanModel)
  viewerCan(@Parent() meeting: MeetingModel) {
    return this.meetings.viewerCan(meeting);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      "The viewer's iCalendar file (.ics) of the event as it stands, once a time was picked; the two sides only",
  })
  invitation(@Parent() meeting: MeetingModel, @CurrentViewer() viewer: Viewer) {
    return this.meetings.invitation(meeting, viewer);
  }

  @ResolveField(() => MatchModel)
  match(@Parent() meeting: MeetingModel, @CurrentViewer() viewer: Viewer) {
    return this.meetings.matchOf(meeting, viewer);
  }
}

@Resolver(() => MatchModel)
export class MatchMeetingsResolver {
  constructor(private readonly service: MeetingsService) {}

  @ResolveField(() => [MeetingModel], { description: 'Latest first' })
  meetings(@Parent() match: MatchModel, @CurrentViewer() viewer: Viewer) {
    return this.service.ofMatch(match, viewer);
  }
}
