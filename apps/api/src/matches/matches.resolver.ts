import { Args, ArgsType, Field, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { CurrentViewer } from '../auth/auth.decorators';
import type { Viewer } from '../auth/viewer';
import { CapabilityModel } from '../capabilities/models/capability.model';
import { pageComplexity } from '../graphql/complexity.plugin';
import { PaginationArgs } from '../graphql/pagination';
import { NeedModel } from '../needs/models/need.model';
import { MatchesService } from './matches.service';
import { MatchConnection, MatchModel } from './models/match.model';

@ArgsType()
class NeedMatchesArgs extends PaginationArgs {
  @Field(() => ID)
  @IsString()
  needId: string;
}

@ArgsType()
class CapabilityMatchesArgs extends PaginationArgs {
  @Field(() => ID)
  @IsString()
  capabilityId: string;
}

@Resolver(() => MatchModel)
export class MatchesResolver {
  constructor(private readonly matches: MatchesService) {}

  @Query(() => MatchConnection, {
    complexity: pageComplexity,
    description: "A need's proposed capabilities, best first",
  })
  matchesForNeed(@Args() args: NeedMatchesArgs, @CurrentViewer() viewer: Viewer) {
    return this.matches.forNeed(args.needId, args, viewer);
  }

  @Query(() => MatchConnection, {
    complexity: pageComplexity,
    description: "A capability's proposed needs, best first",
  })
  matchesForCapability(@Args() args: CapabilityMatchesArgs, @CurrentViewer() viewer: Viewer) {
    return this.matches.forCapability(args.capabilityId, args, viewer);
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
}
