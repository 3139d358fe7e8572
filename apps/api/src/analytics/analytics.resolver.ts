import { platformRights } from '../auth/policy';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../auth/auth.decorators';
import type { Viewer } from '../auth/viewer';
import { assertFoundId } from '../graphql/ids';
import { AnalyticsService } from './analytics.service';
import { ClusterStatsModel } from './models/cluster-stats.model';

@Resolver()
export class AnalyticsResolver {
  constructor(private readonly analytics: AnalyticsService) {}

  @Roles(...platformRights.review)
  @Query(() => ClusterStatsModel, { description: 'The matchmaking funnel of one of your clusters' })
  clusterStats(
    @Args('clusterId', { type: () => ID }) clusterId: string,
    @Args('from', { type: () => Date, nullable: true }) from: Date | null,
    @Args('to', { type: () => Date, nullable: true }) to: Date | null,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.analytics.clusterStats(assertFoundId('Cluster', clusterId), from, to, viewer);
  }
}
