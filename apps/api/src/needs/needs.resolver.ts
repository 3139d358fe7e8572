import { UserRole } from '@app/domain';
import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../auth/auth.decorators';
import type { Viewer } from '../auth/viewer';
import { PostingResolver } from '../postings/postings.resolver';
import { CreateNeedInput } from './dto/create-need.input';
import { NeedFilter } from './dto/need-filter.input';
import { UpdateNeedInput } from './dto/update-need.input';
import { NeedConnection, NeedModel } from './models/need.model';
import { NeedsService } from './needs.service';
import { IdempotencyKey } from '../idempotency/idempotent-request';

@Resolver(() => NeedModel)
export class NeedsResolver extends PostingResolver({
  model: NeedModel,
  connection: NeedConnection,
  filter: NeedFilter,
  typeName: 'Need',
  authorRole: UserRole.FIRM,
}) {
  constructor(protected readonly service: NeedsService) {
    super();
  }

  @Roles(UserRole.FIRM)
  @Mutation(() => NeedModel, { description: 'Creates a draft' })
  createNeed(
    @Args('input') input: CreateNeedInput,
    @CurrentViewer() viewer: Viewer,
    @IdempotencyKey() key?: string,
  ) {
    return this.service.create(input, viewer, key);
  }

  @Roles(UserRole.FIRM)
  @Mutation(() => NeedModel)
  updateNeed(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateNeedInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.update(id, input, viewer);
  }
}
