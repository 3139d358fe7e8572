import { ClusterEntity, invalidInput, notFound } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { assertManagesCluster } from '../auth/policy';
import type { ClusterStatsModel, CountByKeyModel } from './models/cluster-stats.model';

const members = 'SELECT organization_id FROM cluster_members WHERE cluster_id = $1';
/** Matches with either side in the cluster, created in the period. */
const clusterMatches = `
  SELECT m.* FROM matches m
  JOIN needs n ON n.id = m.need_id JOIN capabilities c ON c.id = m.capability_id
  WHERE (n.organization_id IN (${members}) OR c.organization_id IN (${members}))
    AND m.created_at >= $2 AND m.created_at < $3`;
/** Published member needs that hold no live match. */
const unmatchedNeeds = `
  SELECT n.*, o.city FROM needs n JOIN organizations o ON o.id = n.organization_id
  WHERE n.organization_id IN (${members}) AND n.status = 'PUBLISHED'
    AND NOT EXISTS (SELECT 1 FROM matches m WHERE m.need_id = n.id AND m.status NOT IN ('WITHDRAWN', 'REJECTED'))`;

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
    const period = [clusterId, start, end];

    const [[posted], [funnel], rejectedByReason, [gaps], bySector, byCity, byTrl] =
      await Promise.all([
        this.dataSource.query(
          `SELECT
           (SELECT count(*)::int FROM needs WHERE organization_id IN (${members}) AND published_at >= $2 AND published_at < $3) AS needs,
           (SELECT count(*)::int FROM capabilities WHERE organization_id IN (${members}) AND published_at >= $2 AND published_at < $3) AS capabilities`,
          period,
        ),
        this.dataSource.query(
          `SELECT count(*)::int AS proposed,
           count(*) FILTER (WHERE decided_at IS NOT NULL AND status <> 'REJECTED')::int AS approved,
           count(*) FILTER (WHERE status = 'REJECTED')::int AS rejected,
           count(*) FILTER (WHERE status = 'EXPIRED')::int AS expired,
           count(*) FILTER (WHERE status = 'INTRODUCED')::int AS introduced,
           count(*) FILTER (WHERE outcome = 'AGREEMENT_SIGNED')::int AS agreements,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - created_at) / 3600)
             FILTER (WHERE decided_at IS NOT NULL) AS hours_to_decision,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM introduced_at - created_at) / 3600)
             FILTER (WHERE introduced_at IS NOT NULL) AS hours_to_introduction
         FROM (${clusterMatches}) m`,
          period,
        ),
        this.counts(
          `SELECT reject_reason AS key FROM (${clusterMatches}) m WHERE status = 'REJECTED'`,
          period,
        ),
        this.dataSource.query(`SELECT count(*)::int AS count FROM (${unmatchedNeeds}) n`, [
          clusterId,
        ]),
        this.counts(
          `SELECT left(unnest(CASE WHEN cardinality(sectors) = 0 THEN ARRAY['?'] ELSE sectors END), 3) AS key FROM (${unmatchedNeeds}) n`,
          [clusterId],
        ),
        this.counts(`SELECT city AS key FROM (${unmatchedNeeds}) n`, [clusterId]),
        this.counts(`SELECT trl_min || '-' || trl_max AS key FROM (${unmatchedNeeds}) n`, [
          clusterId,
        ]),
      ]);
    const hours = (value: string | number | null) =>
      value === null ? null : Math.round(Number(value) * 10) / 10;
    return {
      needsPosted: posted.needs,
      capabilitiesPosted: posted.capabilities,
      matchesProposed: funnel.proposed,
      matchesApproved: funnel.approved,
      matchesRejected: funnel.rejected,
      matchesExpired: funnel.expired,
      rejectedByReason,
      matchesIntroduced: funnel.introduced,
      agreements: funnel.agreements,
      medianHoursToDecision: hours(funnel.hours_to_decision),
      medianHoursToIntroduction: hours(funnel.hours_to_introduction),
      unmatchedNeeds: gaps.count,
      unmatchedBySector: bySector,
      unmatchedByCity: byCity,
      unmatchedByTrl: byTrl,
    };
  }

  private counts(keys: string, parameters: unknown[]): Promise<CountByKeyModel[]> {
    return this.dataSource.query(
      `SELECT key, count(*)::int AS count FROM (${keys}) k GROUP BY key ORDER BY count DESC, key`,
      parameters,
    );
  }
}
