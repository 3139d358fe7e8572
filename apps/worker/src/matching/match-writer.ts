import {
  type Bilingual,
  MatchAction,
  MatchEntity,
  MatchStatus,
  NotificationEvent,
  platformTimeZone,
  todayIn,
} from '@app/domain';
import {
  type CapabilityProfile,
  explain,
  type MatchingOverrides,
  type NeedProfile,
  type ScoredPair,
} from '@app/matching';
import { notificationJob, recordOutboxJob } from '@app/queue';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { EngineStateService } from './engine-state.service';

interface SettingsRow {
  threshold: number | null;
  top_k: number | null;
}

const overridesOf = (row: SettingsRow | undefined): MatchingOverrides => ({
  ...(row?.threshold != null ? { threshold: row.threshold } : {}),
  ...(row?.top_k != null ? { topK: row.top_k } : {}),
});

/** The audit trail of what the engine did by itself: no actor, no note. */
async function recordEngineEvents(
  manager: EntityManager,
  matches: { id: string }[],
  action: MatchAction.WITHDRAWN | MatchAction.PROPOSED_AGAIN,
): Promise<void> {
  if (matches.length === 0) return;
  const [fromStatus, toStatus] =
    action === MatchAction.WITHDRAWN
      ? [MatchStatus.PROPOSED, MatchStatus.WITHDRAWN]
      : [MatchStatus.WITHDRAWN, MatchStatus.PROPOSED];
  await manager.query(
    `INSERT INTO match_events (match_id, actor_id, action, from_status, to_status)
     SELECT id, NULL, $2, $3, $4 FROM unnest($1::uuid[]) AS id`,
    [matches.map((match) => match.id), action, fromStatus, toStatus],
  );
}

export interface RefreshOutcome {
  proposed: number;
  withdrawn: number;
}

/**
 * Replaces one need's proposed matches with the engine's current top-k. Runs under a per-need
 * advisory lock, after catching up inside it, so concurrent workers write in turn and the last
 * one writes from the freshest data. Matches a coordinator has acted on are never touched.
 */
@Injectable()
export class MatchWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly state: EngineStateService,
  ) {}

  refreshNeed(needId: string): Promise<RefreshOutcome> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `matches-of-need:${needId}`,
      ]);
      await this.state.catchUp(manager);
      const { engine } = this.state;
      const pairs = engine.has('need', needId)
        ? engine.matchesForNeed(
            needId,
            todayIn(platformTimeZone),
            await this.clusterSettings(manager, needId),
          )
        : [];
      for (const pair of pairs) await this.upsert(manager, pair);
      const [withdrawn]: [{ id: string }[]] = await manager.query(
        `UPDATE matches SET status = $2, updated_at = now()
         WHERE need_id = $1 AND status = $3 AND NOT user_initiated
           AND NOT (capability_id = ANY($4::uuid[]))
         RETURNING id`,
        [
          needId,
          MatchStatus.WITHDRAWN,
          MatchStatus.PROPOSED,
          pairs.map((pair) => pair.capabilityId),
        ],
      );
      await recordEngineEvents(manager, withdrawn, MatchAction.WITHDRAWN);
      return { proposed: pairs.length, withdrawn: withdrawn.length };
    });
  }

  /** Scores a pair a user asked for, without threshold; false if it moved on meanwhile. */
  async scoreRequested(matchId: string): Promise<boolean> {
    const match = await this.dataSource.manager.findOneBy(MatchEntity, { id: matchId });
    const { engine } = this.state;
    if (
      !match ||
      match.status !== MatchStatus.PROPOSED ||
      !engine.has('need', match.needId) ||
      !engine.has('capability', match.capabilityId)
    ) {
      return false;
    }
    await this.upsert(
      this.dataSource.manager,
      engine.score(match.needId, match.capabilityId, todayIn(platformTimeZone)),
    );
    return true;
  }

  /**
   * The threshold and top-k the clusters of the need's organisation chose; with several, the
   * most inclusive, so no cluster misses a proposal it asked for.
   */
  private async clusterSettings(manager: EntityManager, needId: string) {
    const [row]: SettingsRow[] = await manager.query(
      `SELECT MIN(c.match_threshold) AS threshold, MAX(c.match_top_k) AS top_k
       FROM needs n JOIN cluster_members cm ON cm.organization_id = n.organization_id
       JOIN clusters c ON c.id = cm.cluster_id WHERE n.id = $1`,
      [needId],
    );
    return overridesOf(row);
  }

  /** The lowest threshold and largest top-k of the platform and every cluster. */
  async mostInclusiveSettings(): Promise<MatchingOverrides> {
    const [row]: SettingsRow[] = await this.dataSource.query(
      'SELECT MIN(match_threshold) AS threshold, MAX(match_top_k) AS top_k FROM clusters',
    );
    const { threshold, topK } = this.state.engine.config;
    return {
      threshold: Math.min(threshold, row?.threshold ?? threshold),
      topK: Math.max(topK, row?.top_k ?? topK),
    };
  }

  async publishedNeedsOfCluster(clusterId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT n.id FROM needs n JOIN cluster_members cm ON cm.organization_id = n.organization_id
       WHERE cm.cluster_id = $1 AND n.status = 'PUBLISHED'`,
      [clusterId],
    );
    return rows.map((row) => row.id);
  }

  /** Needs that currently hold a proposed match with the capability. */
  async needsMatchedTo(capabilityId: string): Promise<string[]> {
    const rows = await this.dataSource.manager.find(MatchEntity, {
      select: { needId: true },
      where: { capabilityId, status: MatchStatus.PROPOSED },
    });
    return rows.map((row) => row.needId);
  }

  private async upsert(manager: EntityManager, pair: ScoredPair): Promise<void> {
    const need = this.state.engine.profile('need', pair.needId) as NeedProfile;
    const capability = this.state.engine.profile(
      'capability',
      pair.capabilityId,
    ) as CapabilityProfile;
    const explanation = explain(pair, need, capability);
    // The CTE reads the row as it was before this statement, to tell a re-proposal apart.
    const rows: { id: string; inserted: boolean; previous: MatchStatus | null }[] =
      await manager.query(
        `WITH before AS (SELECT status FROM matches WHERE need_id = $1 AND capability_id = $2)
       INSERT INTO matches (need_id, capability_id, score, factors, matched_terms, reason_for_firm,
         reason_for_researcher, engine_version, status, need_version, capability_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'PROPOSED', $9, $10)
       ON CONFLICT (need_id, capability_id) DO UPDATE SET
         score = EXCLUDED.score, factors = EXCLUDED.factors, matched_terms = EXCLUDED.matched_terms,
         reason_for_firm = EXCLUDED.reason_for_firm, reason_for_researcher = EXCLUDED.reason_for_researcher,
         engine_version = EXCLUDED.engine_version, status = 'PROPOSED', need_version = EXCLUDED.need_version,
         capability_version = EXCLUDED.capability_version, updated_at = now()
       WHERE matches.status IN ('PROPOSED', 'WITHDRAWN')
       RETURNING id, (xmax = 0) AS inserted, (SELECT status FROM before) AS previous`,
        [
          pair.needId,
          pair.capabilityId,
          Math.min(1, Math.max(0, pair.score)),
          JSON.stringify(pair.factors),
          explanation.matchedTerms,
          JSON.stringify(explanation.reasonForFirm satisfies Bilingual),
          JSON.stringify(explanation.reasonForResearcher satisfies Bilingual),
          this.state.engine.config.version,
          need.version ?? 0,
          capability.version ?? 0,
        ],
      );
    await recordEngineEvents(
      manager,
      rows.filter((row) => row.previous === MatchStatus.WITHDRAWN),
      MatchAction.PROPOSED_AGAIN,
    );
    const created = rows.find((row) => row.inserted);
    if (created) {
      await recordOutboxJob(
        manager,
        notificationJob({
          name: 'match-event',
          data: { event: NotificationEvent.MATCH_TO_REVIEW, matchId: created.id },
        }),
      );
    }
  }
}
