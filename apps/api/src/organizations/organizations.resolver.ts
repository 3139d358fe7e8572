import { Args, ArgsType, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/auth.decorators';
import type { Viewer } from '../auth/viewer';
import { pageComplexity } from '../graphql/complexity.plugin';
import { ListArgs } from '../graphql/pagination';
import { assertFoundId } from '../graphql/ids';
import { OrganizationFilter } from './dto/organization-filter.input';
import { OrganizationConnection } from './models/organization-connection.model';
import { OrganizationModel } from './models/organization.model';
import { OrganizationsService } from './organizations.service';

@ArgsType()
class OrganizationListArgs extends ListArgs(OrganizationFilter) {}

@Resolver(() => OrganizationModel)
export class OrganizationsResolver {
  constructor(private readonly service: OrganizationsService) {}

  @Query(() => OrganizationConnection, {
    complexity: pageComplexity,
    description: 'Sorted by name',
  })
  organizations(@Args() args: OrganizationListArgs) {
    return this.service.list(args.filter ?? {}, args);
  }

  @Query(() => OrganizationModel)
  organization(@Args('id', { type: () => ID }) id: string) {
    return this.service.byId(assertFoundId('Organization', id));
  }

  @ResolveField(() => String, { nullable: true, description: "Members' own organisation only" })
  inviteCode(
    @Parent() organization: OrganizationModel,
    @CurrentViewer() viewer: Viewer | undefined,
  ) {
    return this.service.inviteCodeFor(organization, viewer);
  }
}
