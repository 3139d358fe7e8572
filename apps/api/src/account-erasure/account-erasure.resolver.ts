import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import {
  AllowedBeforeLegalAcceptance,
  type AuthenticatedRequest,
  CurrentViewer,
  Roles,
} from '../auth/auth.decorators';
import { platformRights } from '../auth/policy';
import { RefreshCookie } from '../auth/refresh-cookie';
import type { Viewer } from '../auth/viewer';
import { AccountErasureService } from './account-erasure.service';
import { EraseMyAccountInput } from './dto/erase-my-account.input';
import { AccountErasureModel } from './models/account-erasure.model';
import { OrganizationErasureModel } from './models/organization-erasure.model';
import { OrganizationErasureService } from './organization-erasure.service';

/** The right to erasure: one's own account, or an admin on a person's request. */
@Resolver()
export class AccountErasureResolver {
  constructor(
    private readonly service: AccountErasureService,
    private readonly organizations: OrganizationErasureService,
    private readonly cookie: RefreshCookie,
  ) {}

  /** Allowed before accepting new texts: refusing them and leaving is a choice to offer. */
  @AllowedBeforeLegalAcceptance()
  @Mutation(() => AccountErasureModel, {
    description:
      'Erase your account and the personal data the platform holds about you; it cannot be undone',
  })
  async eraseMyAccount(
    @Args('input') input: EraseMyAccountInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<AccountErasureModel> {
    const erasure = await this.service.eraseOwn(viewer, input.email);
    this.cookie.clear(request);
    return AccountErasureModel.from(erasure);
  }

  @Roles(...platformRights.administer)
  @Mutation(() => AccountErasureModel, {
    description: 'Admins only: erase a user’s account on their request',
  })
  async eraseUser(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AccountErasureModel> {
    return AccountErasureModel.from(await this.service.eraseOnRequest(id, viewer));
  }

  @Roles(...platformRights.administer)
  @Mutation(() => OrganizationErasureModel, {
    description:
      'Admins only: erase an organisation with its people and postings; a dry run (the default) lists what would go and changes nothing',
  })
  eraseOrganization(
    @Args('id', { type: () => ID }) id: string,
    @Args('dryRun', { type: () => Boolean, defaultValue: true }) dryRun: boolean,
    @CurrentViewer() viewer: Viewer,
  ): Promise<OrganizationErasureModel> {
    return this.organizations.erase(id, dryRun, viewer);
  }
}
