import { PostingEntity, UserRole } from '@app/domain';
import { Type } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../auth/auth.decorators';
import type { Viewer } from '../auth/viewer';
import { pageComplexity } from '../graphql/complexity.plugin';
import { RequestLoaders, type Loaders } from '../graphql/loaders';
import { ListArgs } from '../graphql/pagination';
import { OrganizationModel } from '../organizations/models/organization.model';
import { CloseArgs } from './dto/close-reason.args';
import type { PostingFilter } from './dto/posting-filter.input';
import type { PostingModel } from './models/posting.model';
import { posterOf } from './poster';
import type { PostingsService } from './postings.service';

interface PostingResolverOptions<M> {
  model: Type<M>;
  connection: Type<unknown>;
  filter: Type<PostingFilter>;
  /** GraphQL type name, e.g. "Need": gives need, needs, publishNeed, pauseNeed, closeNeed. */
  typeName: string;
  authorRole: UserRole;
}

/** Reading and lifecycle operations, identical for needs and capabilities. */
export function PostingResolver<M extends PostingModel>(options: PostingResolverOptions<M>) {
  const { model, connection, filter, typeName, authorRole } = options;
  const singular = typeName[0]!.toLowerCase() + typeName.slice(1);
  const plural = singular.endsWith('y') ? `${singular.slice(0, -1)}ies` : `${singular}s`;

  const PostingListArgs = ListArgs(filter);
  type PostingListArgs = InstanceType<typeof PostingListArgs>;

  @Resolver(() => model, { isAbstract: true })
  abstract class BasePostingResolver {
    protected abstract readonly service: PostingsService<PostingEntity, M>;

    @Query(() => model, { name: singular })
    get(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer) {
      return this.service.get(id, viewer);
    }

    @Query(() => connection, {
      name: plural,
      complexity: pageComplexity,
      description: 'Newest first',
    })
    list(
      @Args({ type: () => PostingListArgs }) args: PostingListArgs,
      @CurrentViewer() viewer: Viewer,
    ) {
      return this.service.list(args.filter ?? {}, args, viewer);
    }

    @Roles(authorRole)
    @Mutation(() => model, {
      name: `publish${typeName}`,
      description: 'Publishes a draft, resumes a paused posting or renews an expired one',
    })
    publish(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer) {
      return this.service.publish(id, viewer);
    }

    @Roles(authorRole, UserRole.ADMIN)
    @Mutation(() => model, { name: `pause${typeName}` })
    pause(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer) {
      return this.service.pause(id, viewer);
    }

    @Roles(authorRole, UserRole.ADMIN)
    @Mutation(() => model, { name: `close${typeName}` })
    close(@Args() { id, reason }: CloseArgs, @CurrentViewer() viewer: Viewer) {
      return this.service.close(id, reason, viewer);
    }

    @ResolveField(() => OrganizationModel, {
      nullable: true,
      description: 'Null for an anonymous posting unless the viewer may know who posted it',
    })
    organization(@Parent() posting: M, @RequestLoaders() loaders: Loaders) {
      return posterOf(posting, loaders);
    }
  }
  return BasePostingResolver;
}
