import { platformRights } from '../auth/policy';
import { ENV, type Env } from '@app/config';
import { defaultStepDeadlineDays } from '@app/domain';
import { defaultMatchingConfig } from '@app/matching';
import { Inject } from '@nestjs/common';
import { Args, Float, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../auth/auth.decorators';
import type { Viewer } from '../auth/viewer';
import { assertFoundId } from '../graphql/ids';
import { OrganizationModel } from '../organizations/models/organization.model';
import { UserModel } from '../users/models/user.model';
import { ClustersService } from './clusters.service';
import { ClusterSettingsInput } from './dto/cluster-settings.input';
import { CreateClusterInput } from './dto/create-cluster.input';
import { ClusterModel } from './models/cluster.model';
import { PlatformDefaultsModel } from './models/platform-defaults.model';
import { ThresholdImpactModel } from './models/threshold-impact.model';
import { IdempotencyKey, idempotent } from '../idempotency/idempotent-request';

@Resolver(() => ClusterModel)
export class ClustersResolver {
  private readonly defaults: PlatformDefaultsModel;

  constructor(
    private readonly service: ClustersService,
    @Inject(ENV) env: Env,
  ) {
    this.defaults = {
      matchThreshold: env.MATCH_THRESHOLD ?? defaultMatchingConfig.threshold,
      matchTopK: env.MATCH_TOP_K ?? defaultMatchingConfig.topK,
      stepDeadlineDays: defaultStepDeadlineDays,
    };
  }

  @ResolveField(() => PlatformDefaultsModel)
  platformDefaults(): PlatformDefaultsModel {
    return this.defaults;
  }

  @ResolveField(() => ThresholdImpactModel, {
    description: "For admins and the cluster's coordinators, before they change the threshold",
  })
  thresholdImpact(
    @Parent() cluster: ClusterModel,
    @Args('threshold', { type: () => Float, description: '0–1' }) threshold: number,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.thresholdImpact(cluster.id, threshold, viewer);
  }

  @Query(() => [ClusterModel], {
    description: 'All for admins; coordinated or joined ones for others',
  })
  clusters(@CurrentViewer() viewer: Viewer) {
    return this.service.visibleTo(viewer);
  }

  @Query(() => ClusterModel)
  cluster(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer) {
    return this.service.byId(assertFoundId('Cluster', id), viewer);
  }

  @Roles(...platformRights.administer)
  @Mutation(() => ClusterModel)
  createCluster(
    @Args('input') input: CreateClusterInput,
    @CurrentViewer() viewer: Viewer,
    @IdempotencyKey() key?: string,
  ) {
    return this.service.create(input, idempotent(key, viewer, 'createCluster', input));
  }

  @Roles(...platformRights.administer)
  @Mutation(() => ClusterModel)
  appointCoordinator(
    @Args('clusterId', { type: () => ID }) clusterId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @CurrentViewer() viewer: Viewer,
    @IdempotencyKey() key?: string,
  ) {
    return this.service.appointCoordinator(
      assertFoundId('Cluster', clusterId),
      assertFoundId('User', userId),
      idempotent(key, viewer, 'appointCoordinator', { clusterId, userId }),
    );
  }

  @Roles(...platformRights.review)
  @Mutation(() => ClusterModel, { description: "Admins, or the cluster's coordinators" })
  addClusterMember(
    @Args('clusterId', { type: () => ID }) clusterId: string,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentViewer() viewer: Viewer,
    @IdempotencyKey() key?: string,
  ) {
    return this.service.addMember(
      assertFoundId('Cluster', clusterId),
      assertFoundId('Organization', organizationId),
      viewer,
      idempotent(key, viewer, 'addClusterMember', { clusterId, organizationId }),
    );
  }

  @Roles(...platformRights.review)
  @Mutation(() => ClusterModel, { description: "Admins, or the cluster's coordinators" })
  updateClusterSettings(
    @Args('clusterId', { type: () => ID }) clusterId: string,
    @Args('input') input: ClusterSettingsInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.updateSettings(assertFoundId('Cluster', clusterId), input, viewer);
  }

  @ResolveField(() => [UserModel])
  coordinators(@Parent() cluster: ClusterModel) {
    return this.service.coordinators(cluster.id);
  }

  @ResolveField(() => [OrganizationModel])
  members(@Parent() cluster: ClusterModel) {
    return this.service.members(cluster.id);
  }
}
