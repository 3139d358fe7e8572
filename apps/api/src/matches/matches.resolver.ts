import { platformRights } from '../auth/policy';
import { UserRole } from '@app/domain';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../auth/auth.decorators';
import { type Loaders, RequestLoaders } from '../graphql/loaders';
import type { Viewer } from '../auth/viewer';
import { CapabilityModel } from '../capabilities/models/capability.model';
import { pageComplexity } from '../graphql/complexity.plugin';
import { NeedModel } from '../needs/models/need.model';
import {
  BulkRejectArgs,
  BulkReviewArgs,
  CapabilityMatchesArgs,
  ExpressInterestArgs,
  MyMatchesArgs,
  NeedMatchesArgs,
  OutcomeArgs,
  RejectArgs,
  RespondArgs,
  ReviewArgs,
} from './dto/match-actions.args';
import { ReviewQueueArgs } from './dto/review-queue.args';
import { MatchInterestService } from './match-interest.service';
import { type MatchActionOutcome, MatchReviewService } from './match-review.service';
import { MatchesService } from './matches.service';
import {
  MatchActionResultModel,
  MatchContactModel,
  MatchEventModel,
} from './models/match-review.model';
import { MatchConnection, MatchModel, MatchViewerCanModel } from './models/match.model';
import { IdempotencyKey, idempotent } from '../idempotency/idempotent-request';

@Resolver(() => MatchModel)
export class MatchesResolver {
  constructor(
    private readonly matches: MatchesService,
    private readonly review: MatchReviewService,
    private readonly interest: MatchInterestService,
  ) {}

  @Query(() => MatchConnection, {
    complexity: pageComplexity,
    description: "A need's matches, best first",
  })
  matchesForNeed(@Args() args: NeedMatchesArgs, @CurrentViewer() viewer: Viewer) {
    return this.matches.forNeed(args.needId, args, viewer);
  }

  @Query(() => MatchConnection, {
    complexity: pageComplexity,
    description: "A capability's matches, best first",
  })
  matchesForCapability(@Args() args: CapabilityMatchesArgs, @CurrentViewer() viewer: Viewer) {
    return this.matches.forCapability(args.capabilityId, args, viewer);
  }

  @Roles(UserRole.FIRM, UserRole.RESEARCHER)
  @Query(() => MatchConnection, {
    complexity: pageComplexity,
    description: "Matches of your organisation's needs and capabilities, best first",
  })
  myMatches(@Args() args: MyMatchesArgs, @CurrentViewer() viewer: Viewer) {
    return this.matches.forOwnOrganization(args, viewer);
  }

  @Query(() => MatchModel, { description: 'For its two sides, their coordinators and admins' })
  match(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer) {
    return this.matches.byId(id, viewer);
  }

  @Roles(...platformRights.review)
  @Query(() => MatchConnection, {
    complexity: pageComplexity,
    description: 'Matches involving members of your clusters, best first',
  })
  reviewQueue(@Args() args: ReviewQueueArgs, @CurrentViewer() viewer: Viewer) {
    return this.matches.reviewQueue(args, viewer);
  }

  @Roles(...platformRights.review)
  @Mutation(() => MatchModel)
  approveMatch(@Args() { id, note }: ReviewArgs, @CurrentViewer() viewer: Viewer) {
    return this.review.approve(id, note, viewer);
  }

  @Roles(...platformRights.review)
  @Mutation(() => MatchModel, { description: 'OTHER requires a note' })
  rejectMatch(@Args() { id, reason, note }: RejectArgs, @CurrentViewer() viewer: Viewer) {
    return this.review.reject(id, reason, note, viewer);
  }

  @Roles(...platformRights.review)
  @Mutation(() => [MatchActionResultModel], {
    description: 'Each id reported as done or with its error',
  })
  approveMatches(@Args() { ids, note }: BulkReviewArgs, @CurrentViewer() viewer: Viewer) {
    return this.review.approveMany(ids, note, viewer).then(results);
  }

  @Roles(...platformRights.review)
  @Mutation(() => [MatchActionResultModel], {
    description: 'Each id reported as done or with its error',
  })
  rejectMatches(@Args() { ids, reason, note }: BulkRejectArgs, @CurrentViewer() viewer: Viewer) {
    return this.review.rejectMany(ids, reason, note, viewer).then(results);
  }

  @Roles(UserRole.FIRM, UserRole.RESEARCHER)
  @Mutation(() => MatchModel, {
    description: 'When both sides are interested the match becomes INTRODUCED',
  })
  respondToMatch(
    @Args() { id, interested, reason, message }: RespondArgs,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.review.respond(id, interested, reason, message, viewer);
  }

  @Roles(UserRole.FIRM, UserRole.RESEARCHER)
  @Mutation(() => MatchModel, {
    description: 'Ask the coordinators to introduce your need or capability to a posting you found',
  })
  expressInterest(
    @Args() args: ExpressInterestArgs,
    @CurrentViewer() viewer: Viewer,
    @IdempotencyKey() key?: string,
  ) {
    return this.interest.express(args, viewer, idempotent(key, viewer, 'expressInterest', args));
  }

  @Mutation(() => MatchModel, { description: 'How an introduction turned out' })
  recordOutcome(
    @Args() { matchId, outcome, agreementType, note }: OutcomeArgs,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.review.recordOutcome(matchId, outcome, agreementType, note, viewer);
  }

  @ResolveField(() => NeedModel, {
    nullable: true,
    description: 'Null if the viewer may no longer see it',
  })
  need(@Parent() match: MatchModel) {
    return match.need;
  }

  @ResolveField(() => CapabilityModel, {
    nullable: true,
    description: 'Null if the viewer may no longer see it',
  })
  capability(@Parent() match: MatchModel) {
    return match.capability;
  }

  @ResolveField(() => [MatchEventModel], {
    nullable: true,
    description: 'Coordinators and admins only',
  })
  history(
    @Parent() match: MatchModel,
    @CurrentViewer() viewer: Viewer,
    @RequestLoaders() loaders: Loaders,
  ) {
    return this.matches.history(match, viewer, loaders);
  }

  @ResolveField(() => MatchViewerCanModel)
  viewerCan(
    @Parent() match: MatchModel,
    @CurrentViewer() viewer: Viewer,
    @RequestLoaders() loaders: Loaders,
  ) {
    return this.matches.viewerCan(match, viewer, loaders);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The note written with the latest outcome, for whoever may read the outcome',
  })
  outcomeNote(@Parent() match: MatchModel, @RequestLoaders() loaders: Loaders) {
    return this.matches.outcomeNote(match, loaders);
  }

  @ResolveField(() => MatchContactModel, { nullable: true, description: 'Once INTRODUCED' })
  async firmContact(@Parent() match: MatchModel, @RequestLoaders() loaders: Loaders) {
    return (await this.matches.contacts(match, loaders))?.firm ?? null;
  }

  @ResolveField(() => MatchContactModel, { nullable: true, description: 'Once INTRODUCED' })
  async researcherContact(@Parent() match: MatchModel, @RequestLoaders() loaders: Loaders) {
    return (await this.matches.contacts(match, loaders))?.researcher ?? null;
  }
}

const results = (outcomes: MatchActionOutcome[]) => outcomes.map(MatchActionResultModel.from);
