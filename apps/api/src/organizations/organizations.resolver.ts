import {
  Args,
  ArgsType,
  Context,
  ID,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { type AuthenticatedRequest, CurrentViewer, Public } from '../auth/auth.decorators';
import { clientAddress } from '../auth/client-address';
import type { Viewer } from '../auth/viewer';
import { pageComplexity } from '../graphql/complexity.plugin';
import { ListArgs } from '../graphql/pagination';
import { assertFoundId } from '../graphql/ids';
import { OrganizationFilter } from './dto/organization-filter.input';
import { OrganizationConnection } from './models/organization-connection.model';
import { OrganizationModel } from './models/organization.model';
import { OrganizationsService } from './organizations.service';
import { RegistryLookupModel } from './models/registry-lookup.model';
import { RegistryLookupService } from './registry-lookup.service';

@ArgsType()
class OrganizationListArgs extends ListArgs(OrganizationFilter) {}

@Resolver(() => OrganizationModel)
export class OrganizationsResolver {
  constructor(
    private readonly service: OrganizationsService,
    private readonly registry: RegistryLookupService,
  ) {}

  @Public()
  @Query(() => RegistryLookupModel, {
    description:
      "A firm's name, REGON, KRS and address from the VAT taxpayer register by its NIP, to propose on a sign-up or a new member; open to anyone, a few times an hour per address",
  })
  registeredOrganization(@Args('nip') nip: string, @Context('req') request: AuthenticatedRequest) {
    return this.registry.byNip(nip, clientAddress(request));
  }

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
