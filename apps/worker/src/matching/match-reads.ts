import { MatchStatus, type PostingKind } from '@app/domain';
import type { ListedProposal, MatchingOverrides } from '@app/matching';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { postingTable } from '../posting-tables';

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
    const rows: (SettingsRow & { need_id: string })[] = await manager.query(
      `SELECT n.id AS need_id, MIN(c.match_threshold) AS threshold, MAX(c.match_top_k) AS top_k
       FROM needs n JOIN cluster_members cm ON cm.organization_id = n.organization_id
       JOIN clusters c ON c.id = cm.cluster_id WHERE n.id = ANY($1::uuid[]) GROUP BY n.id`,
      [needIds],
    );
    return new Map(rows.map((row) => [row.need_id, overridesOf(row)]));
  }

  /** The lowest threshold and largest top-k of the platform's defaults and every cluster. */
  async mostInclusiveSettings(
    defaults: Required<Pick<MatchingOverrides, 'threshold' | 'topK'>>,
  ): Promise<MatchingOverrides> {
    const [row]: SettingsRow[] = await this.dataSource.query(
      'SELECT MIN(match_threshold) AS threshold, MAX(match_top_k) AS top_k FROM clusters',
    );
    return {
      threshold: Math.min(defaults.threshold, row?.threshold ?? defaults.threshold),
      topK: Math.max(defaults.topK, row?.top_k ?? defaults.topK),
    };
  }

  /** The engine's proposals the needs' lists hold now (users' requests are not ranked). */
  async listedProposals(manager: EntityManager, needIds: string[]): Promise<ListedProposal[]> {
    const rows: { need_id: string; capability_id: string; score: number }[] = await manager.query(
      `SELECT need_id, capability_id, score FROM matches
       WHERE need_id = ANY($1::uuid[]) AND status = $2 AND NOT user_initiated`,
      [needIds, MatchStatus.PROPOSED],
    );
    return rows.map((row) => ({
      needId: row.need_id,
      capabilityId: row.capability_id,
      score: row.score,
    }));
  }

  async publishedNeedsOfCluster(clusterId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT n.id FROM needs n JOIN cluster_members cm ON cm.organization_id = n.organization_id
       WHERE cm.cluster_id = $1 AND n.status = 'PUBLISHED'`,
      [clusterId],
    );
    return rows.map((row) => row.id);
  }

  async publishedOf(
    organizationId: string,
  ): Promise<{ needIds: string[]; capabilityIds: string[] }> {
    const ids = async (side: PostingKind) => {
      const rows: { id: string }[] = await this.dataSource.query(
        `SELECT id FROM ${postingTable[side]} WHERE organization_id = $1 AND status = 'PUBLISHED'`,
        [organizationId],
      );
      return rows.map((row) => row.id);
    };
    return { needIds: await ids('need'), capabilityIds: await ids('capability') };
  }

  /** Needs that currently hold a proposed match with the capability. */
  async needsMatchedTo(capabilityId: string): Promise<string[]> {
    const rows: { need_id: string }[] = await this.dataSource.query(
      'SELECT need_id FROM matches WHERE capability_id = $1 AND status = $2',
      [capabilityId, MatchStatus.PROPOSED],
    );
    return rows.map((row) => row.need_id);
  }

  /** A match's pair and status, for scoring a user's request. */
  async requested(
    matchId: string,
  ): Promise<{ needId: string; capabilityId: string; status: MatchStatus } | undefined> {
    const [row]: { need_id: string; capability_id: string; status: MatchStatus }[] =
      await this.dataSource.query(
        'SELECT need_id, capability_id, status FROM matches WHERE id = $1',
        [matchId],
      );
    return row && { needId: row.need_id, capabilityId: row.capability_id, status: row.status };
  }
}
