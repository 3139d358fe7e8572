import { present } from '@app/database';
import { ClusterEntity, invalidInput, notFound } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { assertManagesCluster } from '../auth/policy';
import type { ClusterStatsModel, CountByKeyModel } from './models/cluster-stats.model';

/** The coordinator's funnel, computed in SQL so it costs the same for ten matches or a million. */
@Injectable()
export class AnalyticsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async clusterStats(
    clusterId: string,
    from: Date | null | undefined,
    to: Date | null | undefined,
    viewer: Viewer,
  ): Promise<ClusterStatsModel> {
    if (!(await this.dataSource.manager.existsBy(ClusterEntity, { id: clusterId })))
      throw notFound('Cluster', clusterId);
    assertManagesCluster(
      viewer,
      clusterId,
      'Only the cluster’s coordinators and admins see its statistics',
    );
    const start = from ?? new Date(0);
    const end = to ?? new Date(8.64e15);
    if (start >= end) throw invalidInput('from', '`from` must be before `to`');
    const [funnel, rejectedByReason, unmatched] = await Promise.all([
      this.funnel(clusterId, start, end),
      this.rejectedByReason(clusterId, start, end),
      this.unmatchedNeeds(clusterId),
    ]);
    const unmatchedBy = (dimension: string): CountByKeyModel[] =>
      present(unmatched, 'key')
        .filter((row) => row.dimension === dimension)
        .map(({ key, count }) => ({ key, count }));
    const hours = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
    return {
      needsPosted: funnel.needs ?? 0,
      capabilitiesPosted: funnel.capabilities ?? 0,
      matchesProposed: funnel.proposed,
      matchesApproved: funnel.approved,
      matchesRejected: funnel.rejected,
      matchesExpired: funnel.expired,
      rejectedByReason,
      matchesIntroduced: funnel.introduced,
      agreements: funnel.agreements,
      medianHoursToDecision: hours(funnel.hours_to_decision),
      medianHoursToIntroduction: hours(funnel.hours_to_introduction),
      unmatchedNeeds: unmatchedBy('ALL')[0]?.count ?? 0,
      unmatchedBySector: unmatchedBy('SECTOR'),
      unmatchedByCity: unmatchedBy('CITY'),
      unmatchedByTrl: unmatchedBy('TRL'),
    };
  }

  /** What members posted in the period, and the matches with either side a member created in it. */
  private async funnel(clusterId: string, start: Date, end: Date) {
    const [funnel] = await this.dataSource.sql<
      {
        needs: number | null;
        capabilities: number | null;
        proposed: number;
        approved: number;
        rejected: number;
        expired: number;
        introduced: number;
        agreements: number;
        hours_to_decision: number | null;
        hours_to_introduction: number | null;
      }[]
    >`
      WITH members AS (SELECT organization_id FROM cluster_members WHERE cluster_id = ${clusterId}::uuid),
      period_matches AS (
        SELECT m.* FROM matches m
        JOIN needs n ON n.id = m.need_id JOIN capabilities c ON c.id = m.capability_id
        WHERE (n.organization_id IN (SELECT * FROM members) OR c.organization_id IN (SELECT * FROM members))
          AND m.created_at >= ${start} AND m.created_at < ${end})
      SELECT
        (SELECT count(*)::int FROM needs WHERE organization_id IN (SELECT * FROM members)
           AND published_at >= ${start} AND published_at < ${end}) AS needs,
        (SELECT count(*)::int FROM capabilities WHERE organization_id IN (SELECT * FROM members)
           AND published_at >= ${start} AND published_at < ${end}) AS capabilities,
        count(*)::int AS proposed,
        count(*) FILTER (WHERE decided_at IS NOT NULL AND status <> 'REJECTED')::int AS approved,
        count(*) FILTER (WHERE status = 'REJECTED')::int AS rejected,
        count(*) FILTER (WHERE status = 'EXPIRED')::int AS expired,
        count(*) FILTER (WHERE status = 'INTRODUCED')::int AS introduced,
        count(*) FILTER (WHERE outcome = 'AGREEMENT_SIGNED')::int AS agreements,
        (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - created_at) / 3600)
          FILTER (WHERE decided_at IS NOT NULL))::float8 AS hours_to_decision,
        (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM introduced_at - created_at) / 3600)
          FILTER (WHERE introduced_at IS NOT NULL))::float8 AS hours_to_introduction
      FROM period_matches`;
    // Aggregates without GROUP BY: always exactly one row.
    return funnel!;
  }

  private async rejectedByReason(clusterId: string, start: Date, end: Date) {
    const rows = await this.dataSource.sql<{ key: string | null; count: number }[]>`
      WITH members AS (SELECT organization_id FROM cluster_members WHERE cluster_id = ${clusterId}::uuid)
      SELECT m.reject_reason AS key, count(*)::int AS count FROM matches m
      JOIN needs n ON n.id = m.need_id JOIN capabilities c ON c.id = m.capability_id
      WHERE (n.organization_id IN (SELECT * FROM members) OR c.organization_id IN (SELECT * FROM members))
        AND m.created_at >= ${start} AND m.created_at < ${end} AND m.status = 'REJECTED'
      GROUP BY key ORDER BY count DESC, key`;
    return present(rows, 'key');
  }

  /** Published member needs that hold no live match: how many, and by sector, city and TRL. */
  private unmatchedNeeds(clusterId: string) {
    return this.dataSource.sql<{ dimension: string | null; key: string | null; count: number }[]>`
      WITH unmatched AS (
        SELECT n.sectors, n.trl_min, n.trl_max, o.city
        FROM needs n JOIN organizations o ON o.id = n.organization_id
        WHERE n.organization_id IN (SELECT organization_id FROM cluster_members WHERE cluster_id = ${clusterId}::uuid)
          AND n.status = 'PUBLISHED'
          AND NOT EXISTS (SELECT 1 FROM matches m
                          WHERE m.need_id = n.id AND m.status NOT IN ('WITHDRAWN', 'REJECTED'))),
      keyed AS (
        SELECT 'ALL' AS dimension, '' AS key FROM unmatched
        UNION ALL
        SELECT 'SECTOR', left(unnest(CASE WHEN cardinality(sectors) = 0 THEN ARRAY['?'] ELSE sectors END), 3)
        FROM unmatched
        UNION ALL SELECT 'CITY', city FROM unmatched
        UNION ALL SELECT 'TRL', trl_min || '-' || trl_max FROM unmatched)
      SELECT dimension, key, count(*)::int AS count FROM keyed
      GROUP BY dimension, key ORDER BY count DESC, key`;
  }
}
