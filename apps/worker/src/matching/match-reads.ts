import { MatchStatus } from '@app/domain';
import type { ListedProposal, MatchingOverrides } from '@app/matching';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

interface SettingsRow {
  threshold: number | null;
  top_k: number | null;
}

const overridesOf = (row: SettingsRow | undefined): MatchingOverrides => ({
  ...(row?.threshold != null ? { threshold: row.threshold } : {}),
  ...(row?.top_k != null ? { topK: row.top_k } : {}),
});

/** What the matching writer and the preview read of matches, postings and cluster settings. */
@Injectable()
export class MatchReads {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Each need's threshold and top-k: the most inclusive of its organisation's clusters. */
  async clusterSettings(
    manager: EntityManager,
    needIds: string[],
  ): Promise<Map<string, MatchingOverrides>> {
    const rows: (SettingsRow & { need_id: string })[] = await manager.sql<
      { need_id: string; threshold: number | null; top_k: number | null }[]
    >`SELECT n.id AS need_id, MIN(c.match_threshold)::float8 AS threshold, MAX(c.match_top_k)::int AS top_k
       FROM needs n JOIN cluster_members cm ON cm.organization_id = n.organization_id
       JOIN clusters c ON c.id = cm.cluster_id WHERE n.id = ANY(${needIds}::uuid[]) GROUP BY n.id`;
    return new Map(rows.map((row) => [row.need_id, overridesOf(row)]));
  }

  /** The lowest threshold and largest top-k of the platform's defaults and every cluster. */
  async mostInclusiveSettings(
    defaults: Required<Pick<MatchingOverrides, 'threshold' | 'topK'>>,
  ): Promise<MatchingOverrides> {
    const [row]: SettingsRow[] = await this.dataSource.sql<
      { threshold: number | null; top_k: number | null }[]
    >`SELECT MIN(match_threshold)::float8 AS threshold, MAX(match_top_k)::int AS top_k FROM clusters`;
    return {
      threshold: Math.min(defaults.threshold, row?.threshold ?? defaults.threshold),
      topK: Math.max(defaults.topK, row?.top_k ?? defaults.topK),
    };
  }

  /** The engine's proposals the needs' lists hold now (users' requests are not ranked). */
  async listedProposals(manager: EntityManager, needIds: string[]): Promise<ListedProposal[]> {
    const rows = await manager.sql<
      { need_id: string; capability_id: string; score: number }[]
    >`SELECT need_id, capability_id, score FROM matches
       WHERE need_id = ANY(${needIds}::uuid[]) AND status = ${MatchStatus.PROPOSED} AND NOT user_initiated`;
    return rows.map((row) => ({
      needId: row.need_id,
      capabilityId: row.capability_id,
      score: row.score,
    }));
  }

  async publishedNeedsOfCluster(clusterId: string): Promise<string[]> {
    const rows = await this.dataSource.sql<
      { id: string }[]
    >`SELECT n.id FROM needs n JOIN cluster_members cm ON cm.organization_id = n.organization_id
       WHERE cm.cluster_id = ${clusterId}::uuid AND n.status = 'PUBLISHED'`;
    return rows.map((row) => row.id);
  }

  async publishedOf(
    organizationId: string,
  ): Promise<{ needIds: string[]; capabilityIds: string[] }> {
    const needs = await this.dataSource.sql<{ id: string }[]>`SELECT id FROM needs
      WHERE organization_id = ${organizationId}::uuid AND status = 'PUBLISHED'`;
    const capabilities = await this.dataSource.sql<{ id: string }[]>`SELECT id FROM capabilities
      WHERE organization_id = ${organizationId}::uuid AND status = 'PUBLISHED'`;
    return {
      needIds: needs.map((row) => row.id),
      capabilityIds: capabilities.map((row) => row.id),
    };
  }

  /** Needs that currently hold a proposed match with the capability. */
  async needsMatchedTo(capabilityId: string): Promise<string[]> {
    const rows = await this.dataSource.sql<
      { need_id: string }[]
    >`SELECT need_id FROM matches WHERE capability_id = ${capabilityId}::uuid AND status = ${MatchStatus.PROPOSED}`;
    return rows.map((row) => row.need_id);
  }

  /** A match's pair and status, for scoring a user's request. */
  async requested(
    matchId: string,
  ): Promise<{ needId: string; capabilityId: string; status: MatchStatus } | undefined> {
    const [row] = await this.dataSource.sql<
      { need_id: string; capability_id: string; status: MatchStatus }[]
    >`SELECT need_id, capability_id, status FROM matches WHERE id = ${matchId}::uuid`;
    return row && { needId: row.need_id, capabilityId: row.capability_id, status: row.status };
  }
}
