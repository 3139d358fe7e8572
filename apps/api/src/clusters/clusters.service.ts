import { isUniqueViolation } from '@app/database';
import {
  ClusterCoordinatorEntity,
  ClusterEntity,
  ClusterMemberEntity,
  conflict,
  invalidInput,
  notFound,
  OrganizationEntity,
  restampPostingsOf,
  UserEntity,
  UserRole,
} from '@app/domain';
import { matchingJob, recordOutboxJob } from '@app/queue';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isAdmin, type Viewer } from '../auth/viewer';
import { assertManagesCluster } from '../auth/policy';
import { OrganizationModel } from '../organizations/models/organization.model';
import { UserModel } from '../users/models/user.model';
import { ClusterSettingsInput } from './dto/cluster-settings.input';
import { CreateClusterInput } from './dto/create-cluster.input';
import { ClusterModel } from './models/cluster.model';
import { ThresholdImpactModel } from './models/threshold-impact.model';
import { IdempotencyService } from '../idempotency/idempotency.service';
import type { IdempotentRequest } from '../idempotency/idempotent-request';

@Injectable()
export class ClustersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
  ) {}

  async create(
    input: CreateClusterInput,
    request: IdempotentRequest | undefined,
  ): Promise<ClusterModel> {
    try {
      const id = await this.idempotency.once(request, async (manager) => {
        const cluster = manager.create(ClusterEntity, {
          name: input.name.trim(),
          description: input.description.trim(),
          regions: input.regions.map((region) => region.trim().toLowerCase()),
        });
        return (await manager.save(cluster)).id;
      });
      return ClusterModel.from(
        await this.dataSource.manager.findOneByOrFail(ClusterEntity, { id: id! }),
      );
    } catch (error) {
      if (isUniqueViolation(error, 'UQ_clusters_name')) {
        throw conflict(`A cluster named "${input.name}" already exists`);
      }
      throw error;
    }
  }

  /** Admins see every cluster, coordinators theirs, everyone else the clusters of their organisation. */
  async visibleTo(viewer: Viewer): Promise<ClusterModel[]> {
    const query = this.dataSource
      .createQueryBuilder(ClusterEntity, 'cluster')
      .orderBy('cluster.name');
    if (!isAdmin(viewer)) {
      query.where(
        `cluster.id = ANY(:coordinated) OR cluster.id IN
          (SELECT cluster_id FROM cluster_members WHERE organization_id = :organizationId)`,
        { coordinated: viewer.coordinatedClusterIds, organizationId: viewer.organizationId },
      );
    }
    return (await query.getMany()).map((cluster) => ClusterModel.from(cluster));
  }

  async byId(id: string, viewer: Viewer): Promise<ClusterModel> {
    const cluster = (await this.visibleTo(viewer)).find((candidate) => candidate.id === id);
    if (!cluster) throw notFound('Cluster', id);
    return cluster;
  }

  async appointCoordinator(
    clusterId: string,
    userId: string,
    request: IdempotentRequest | undefined,
  ): Promise<ClusterModel> {
    const cluster = await this.existing(clusterId);
    const user = await this.dataSource.manager.findOneBy(UserEntity, { id: userId });
    if (!user) throw notFound('User', userId);
    if (user.role !== UserRole.COORDINATOR) {
      throw invalidInput(
        'userId',
        `Only users with the COORDINATOR role can coordinate; this one is ${user.role}`,
      );
    }
    try {
      await this.idempotency.once(request, async (manager) => {
        await manager.insert(ClusterCoordinatorEntity, { clusterId, userId });
        return clusterId;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'PK_cluster_coordinators')) {
        throw conflict('This user already coordinates the cluster');
      }
      throw error;
    }
    return cluster;
  }

  /**
   * A new step deadline applies to steps that start from now on. A new threshold or top-k has
   * the worker match the members' needs again, in the same transaction's outbox.
   */
  async updateSettings(
    clusterId: string,
    { stepDeadlineDays, matchThreshold, matchTopK }: ClusterSettingsInput,
    viewer: Viewer,
  ): Promise<ClusterModel> {
    await this.existing(clusterId);
    this.assertManages(clusterId, viewer, 'change its settings');
    if (stepDeadlineDays === null) {
      throw invalidInput('input.stepDeadlineDays', 'Give a number of days, 3–90');
    }
    const changes = {
      ...(stepDeadlineDays !== undefined ? { stepDeadlineDays } : {}),
      ...(matchThreshold !== undefined ? { matchThreshold } : {}),
      ...(matchTopK !== undefined ? { matchTopK } : {}),
    };
    if (Object.keys(changes).length === 0) return this.existing(clusterId);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(ClusterEntity, clusterId, changes);
      if (matchThreshold !== undefined || matchTopK !== undefined) {
        await recordOutboxJob(
          manager,
          matchingJob({
            name: 'cluster-settings-changed',
            data: { clusterId, changedAt: new Date().toISOString() },
          }),
        );
      }
    });
    return this.existing(clusterId);
  }

  /**
   * What a threshold would do to the cluster's open needs, read from the matches stored now: a
   * threshold raised above a need's best score leaves it without proposals.
   */
  async thresholdImpact(
    clusterId: string,
    threshold: number,
    viewer: Viewer,
  ): Promise<ThresholdImpactModel> {
    this.assertManages(clusterId, viewer, 'weigh a threshold');
    if (!(threshold >= 0 && threshold <= 1)) {
      throw invalidInput('threshold', 'Give a threshold from 0 to 1');
    }
    const [impact] = await this.dataSource.sql<{ openNeeds: number; withoutProposal: number }[]>`
      SELECT count(*)::int AS "openNeeds",
         count(*) FILTER (WHERE NOT EXISTS (
           SELECT 1 FROM matches m
           WHERE m.need_id = n.id AND m.status <> 'WITHDRAWN' AND m.score >= ${threshold}))::int AS "withoutProposal"
       FROM needs n
       WHERE n.status = 'PUBLISHED'
         AND n.organization_id IN (SELECT organization_id FROM cluster_members WHERE cluster_id = ${clusterId}::uuid)`;
    return impact;
  }

  async addMember(
    clusterId: string,
    organizationId: string,
    viewer: Viewer,
    request: IdempotentRequest | undefined,
  ): Promise<ClusterModel> {
    const cluster = await this.existing(clusterId);
    this.assertManages(clusterId, viewer, 'add members');
    const organization = await this.dataSource.manager.findOneBy(OrganizationEntity, {
      id: organizationId,
    });
    if (!organization) throw notFound('Organization', organizationId);
    try {
      await this.idempotency.once(request, async (manager) => {
        await manager.insert(ClusterMemberEntity, { clusterId, organizationId });
        await restampPostingsOf(manager, [organizationId]);
        await recordOutboxJob(
          manager,
          matchingJob({ name: 'cluster-member-added', data: { clusterId, organizationId } }),
        );
        return clusterId;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'PK_cluster_members')) {
        throw conflict(`${organization.name} is already a member of ${cluster.name}`);
      }
      throw error;
    }
    return cluster;
  }

  async coordinators(clusterId: string): Promise<UserModel[]> {
    const users = await this.dataSource
      .createQueryBuilder(UserEntity, 'user')
      .innerJoin(
        ClusterCoordinatorEntity,
        'cc',
        'cc.user_id = user.id AND cc.cluster_id = :clusterId',
        { clusterId },
      )
      .orderBy('user.full_name')
      .getMany();
    return users.map((user) => UserModel.from(user));
  }

  async members(clusterId: string): Promise<OrganizationModel[]> {
    const organizations = await this.dataSource
      .createQueryBuilder(OrganizationEntity, 'org')
      .innerJoin(
        ClusterMemberEntity,
        'cm',
        'cm.organization_id = org.id AND cm.cluster_id = :clusterId',
        { clusterId },
      )
      .orderBy('org.name')
      .getMany();
    return organizations.map((organization) => OrganizationModel.from(organization));
  }

  private assertManages(clusterId: string, viewer: Viewer, action: string): void {
    assertManagesCluster(
      viewer,
      clusterId,
      `Only admins and the cluster’s coordinators can ${action}`,
    );
  }

  private async existing(clusterId: string): Promise<ClusterModel> {
    const cluster = await this.dataSource.manager.findOneBy(ClusterEntity, { id: clusterId });
    if (!cluster) throw notFound('Cluster', clusterId);
    return ClusterModel.from(cluster);
  }
}
