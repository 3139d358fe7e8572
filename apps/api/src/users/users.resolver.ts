import { platformRights } from '../auth/policy';
import { UserRole } from '@app/domain';
import { Args, Mutation, Query, ResolveField, Resolver, Parent } from '@nestjs/graphql';
import { AllowedBeforeLegalAcceptance, CurrentViewer, Roles } from '../auth/auth.decorators';
import type { Viewer } from '../auth/viewer';
import { organizationLoader, RequestLoaders, type Loaders } from '../graphql/loaders';
import { OrganizationModel } from '../organizations/models/organization.model';
import { UpdateProfileInput } from './dto/update-profile.input';
import { UserModel } from './models/user.model';
import { UsersService } from './users.service';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @Query(() => UserModel, { description: 'The signed-in user' })
  me(@CurrentViewer() viewer: Viewer): Promise<UserModel> {
    return this.service.byId(viewer.id);
  }

  /** Allowed before accepting the texts: the language is the one they are read in. */
  @AllowedBeforeLegalAcceptance()
  @Mutation(() => UserModel, { description: 'Your own name and language' })
  updateProfile(
    @Args('input') input: UpdateProfileInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<UserModel> {
    return this.service.updateProfile(viewer.id, input);
  }

  @Roles(...platformRights.administer)
  @Query(() => [UserModel], { description: 'Admins only: up to 100 users, newest first' })
  users(
    @Args('role', { type: () => UserRole, nullable: true }) role?: UserRole | null,
    @Args('email', {
      type: () => String,
      nullable: true,
      description: 'Part of the e-mail address',
    })
    email?: string | null,
  ): Promise<UserModel[]> {
    return this.service.search({ role, email });
  }

  @ResolveField(() => OrganizationModel, { nullable: true })
  async organization(@Parent() user: UserModel, @RequestLoaders() loaders: Loaders) {
    if (!user.organizationId) return null;
    const organization = await loaders.of(organizationLoader).load(user.organizationId);
    return organization && OrganizationModel.from(organization);
  }
}
