import { UserRole } from '@app/domain';
import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../auth/auth.decorators';
import type { Viewer } from '../auth/viewer';
import { PostingResolver } from '../postings/postings.resolver';
import { CapabilitiesService } from './capabilities.service';
import { CapabilityFilter } from './dto/capability-filter.input';
import { CreateCapabilityInput } from './dto/create-capability.input';
import { UpdateCapabilityInput } from './dto/update-capability.input';
import { CapabilityConnection, CapabilityModel } from './models/capability.model';
import { IdempotencyKey } from '../idempotency/idempotent-request';

@Resolver(() => CapabilityModel)
export class CapabilitiesResolver extends PostingResolver({
  model: CapabilityModel,
  connection: CapabilityConnection,
  filter: CapabilityFilter,
  typeName: 'Capability',
  authorRole: UserRole.RESEARCHER,
}) {
  constructor(protected readonly service: CapabilitiesService) {
    super();
  }

  @Roles(UserRole.RESEARCHER)
  @Mutation(() => CapabilityModel, { description: 'Creates a draft' })
  createCapability(
    @Args('input') input: CreateCapabilityInput,
    @CurrentViewer() viewer: Viewer,
    @IdempotencyKey() key?: string,
  ) {
    return this.service.create(input, viewer, key);
  }

  @Roles(UserRole.RESEARCHER)
  @Mutation(() => CapabilityModel)
  updateCapability(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateCapabilityInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.update(id, input, viewer);
  }
}
