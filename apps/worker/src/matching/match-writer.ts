import {
  type Bilingual,
  MatchAction,
  MatchEntity,
  MatchStatus,
  platformTimeZone,
  todayIn,
} from '@app/domain';
import { explain, type MatchingOverrides, type ScoredPair, withOverrides } from '@app/matching';
import { notificationJob, type PostingKind, recordOutboxJob } from '@app/queue';
import { ENV, type Env } from '@app/config';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { EngineStateService } from './engine-state.service';
import { postingTable } from '../posting-tables';
import { PostingLoader } from './posting-loader';

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
 * Writes needs' proposed matches: in full from the engine's current top-k, or one capability's
 * change at a time. Each need's list is written under its advisory lock, after catching up
 * inside it, so concurrent workers write in turn and the last one writes from the freshest
 * data. Matches a coordinator has acted on are never touched.
 */
@Injectable()
export class MatchWriter {
  private readonly reviewSettleMs: number;

  constructor(
    @Inject(ENV) env: Env,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly state: EngineStateService,
    private readonly loader: PostingLoader,
  ) {
    this.reviewSettleMs = env.MATCH_REVIEW_SETTLE_MS;
  }

  refreshNeed(needId: string): Promise<RefreshOutcome> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `matches-of-need:${needId}`,
      ]);
      await this.state.catchUp(manager);
      return this.refreshIn(manager, needId);
    });
  }

  /**
   * Takes one capability's change into the lists of the given needs without matching them
   * again: the pair is scored alone and ranked against the proposals each list holds, and all
   * lists are written in one transaction (their locks taken in one order). Only a need whose full
   * list the capability leaves may have another capability due in its place: it is matched in
   * full.
   */
  mergeCapability(needIds: string[], capabilityId: string): Promise<RefreshOutcome> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `SELECT pg_advisory_xact_lock(key) FROM (
           SELECT DISTINCT hashtext('matches-of-need:' || id) AS key FROM unnest($1::text[]) AS id
           ORDER BY key) AS keys`,
        [needIds],
      );
      await this.state.catchUp(manager);
      const { engine } = this.state;
      const settings = await this.clusterSettings(manager, needIds);
      const listed: { need_id: string; capability_id: string; score: number }[] =
        await manager.query(
          `SELECT need_id, capability_id, score FROM matches
           WHERE need_id = ANY($1::uuid[]) AND status = $2 AND NOT user_initiated`,
          [needIds, MatchStatus.PROPOSED],
        );
      const pairs: ScoredPair[] = [];
      const dropped: { needId: string; capabilityId: string }[] = [];
      const inFull: string[] = [];
      const today = todayIn(platformTimeZone);
      for (const needId of new Set(needIds)) {
        const overrides = settings.get(needId);
        const { topK } = withOverrides(engine.config, overrides);
        const list = listed.filter((row) => row.need_id === needId);
        const wasListed = list.some((row) => row.capability_id === capabilityId);
        const pair = engine.proposal(needId, capabilityId, today, overrides);
        if (!pair) {
          if (wasListed && list.length >= topK) inFull.push(needId);
          else if (wasListed) dropped.push({ needId, capabilityId });
          continue;
        }
        const ranked = [
          ...list.filter((row) => row.capability_id !== capabilityId),
          { capability_id: capabilityId, score: pair.score },
        ].sort((a, b) => b.score - a.score);
        const beyond = ranked.slice(topK).map((row) => row.capability_id);
        if (!beyond.includes(capabilityId)) pairs.push(pair);
        dropped.push(...beyond.map((id) => ({ needId, capabilityId: id })));
      }
      await this.upsert(manager, pairs);
      const outcome = {
        proposed: pairs.length,
        withdrawn: await this.withdrawPairs(manager, dropped),
      };
      for (const needId of inFull) {
        const refreshed = await this.refreshIn(manager, needId);
        outcome.proposed += refreshed.proposed;
        outcome.withdrawn += refreshed.withdrawn;
      }
      return outcome;
    });
  }

  private async refreshIn(manager: EntityManager, needId: string): Promise<RefreshOutcome> {
    const { engine } = this.state;
    const pairs = engine.has('need', needId)
      ? engine.matchesForNeed(
          needId,
          todayIn(platformTimeZone),
          (await this.clusterSettings(manager, [needId])).get(needId),
        )
      : [];
    await this.upsert(manager, pairs);
    const kept = pairs.map((pair) => pair.capabilityId);
    const withdrawn = await this.withdrawAllBut(manager, needId, kept);
    return { proposed: pairs.length, withdrawn };
  }

  /** Withdraws the engine's proposals of these pairs; returns how many. */
  private async withdrawPairs(
    manager: EntityManager,
    pairs: { needId: string; capabilityId: string }[],
  ): Promise<number> {
    if (pairs.length === 0) return 0;
    const [withdrawn]: [{ id: string }[]] = await manager.query(
      `UPDATE matches m SET status = $3, updated_at = now()
       FROM unnest($1::uuid[], $2::uuid[]) AS pair(need_id, capability_id)
       WHERE m.need_id = pair.need_id AND m.capability_id = pair.capability_id
         AND m.status = $4 AND NOT m.user_initiated
       RETURNING m.id`,
      [
        pairs.map((pair) => pair.needId),
        pairs.map((pair) => pair.capabilityId),
        MatchStatus.WITHDRAWN,
        MatchStatus.PROPOSED,
      ],
    );
    await recordEngineEvents(manager, withdrawn, MatchAction.WITHDRAWN);
    return withdrawn.length;
  }

  /** Withdraws the need's engine proposals of all capabilities but these; returns how many. */
  private async withdrawAllBut(
    manager: EntityManager,
    needId: string,
    capabilityIds: string[],
  ): Promise<number> {
    const [withdrawn]: [{ id: string }[]] = await manager.query(
      `UPDATE matches SET status = $2, updated_at = now()
       WHERE need_id = $1 AND status = $3 AND NOT user_initiated
         AND NOT (capability_id = ANY($4::uuid[]))
       RETURNING id`,
      [needId, MatchStatus.WITHDRAWN, MatchStatus.PROPOSED, capabilityIds],
    );
    await recordEngineEvents(manager, withdrawn, MatchAction.WITHDRAWN);
    return withdrawn.length;
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
    await this.upsert(this.dataSource.manager, [
      engine.score(match.needId, match.capabilityId, todayIn(platformTimeZone)),
    ]);
    return true;
  }

  /**
   * The threshold and top-k the clusters of each need's organisation chose; with several, the
   * most inclusive, so no cluster misses a proposal it asked for.
   */
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

  async publishedOf(
    organizationId: string,
  ): Promise<{ needIds: string[]; capabilityIds: string[] }> {
    const ids = async (side: PostingKind) =>
      (
        await this.dataSource.query(
          `SELECT id FROM ${postingTable[side]} WHERE organization_id = $1 AND status = 'PUBLISHED'`,
          [organizationId],
        )
      ).map((row: { id: string }) => row.id);
    return { needIds: await ids('need'), capabilityIds: await ids('capability') };
  }

  /** Needs that currently hold a proposed match with the capability. */
  async needsMatchedTo(capabilityId: string): Promise<string[]> {
    const rows = await this.dataSource.manager.find(MatchEntity, {
      select: { needId: true },
      where: { capabilityId, status: MatchStatus.PROPOSED },
    });
    return rows.map((row) => row.needId);
  }

  /**
   * Writes the pairs in one statement: new ones are proposed, withdrawn ones proposed again,
   * proposed ones rescored when their score or versions moved; others are left alone. Proposals
   * new to the coordinators are announced once they have lasted the settle window.
   */
  private async upsert(manager: EntityManager, pairs: ScoredPair[]): Promise<void> {
    if (pairs.length === 0) return;
    const { engine } = this.state;
    // The engine keeps no texts; the explanations quote them as they are now.
    const needs = await this.loader.byIds(
      'need',
      [...new Set(pairs.map((pair) => pair.needId))],
      manager,
    );
    const capabilities = await this.loader.byIds(
      'capability',
      pairs.map((pair) => pair.capabilityId),
      manager,
    );
    const rows = pairs.flatMap((pair) => {
      const need = needs.get(pair.needId);
      const capability = capabilities.get(pair.capabilityId);
      if (!need || !capability) return [];
      const explanation = explain(pair, need, capability);
      return [
        {
          need_id: pair.needId,
          capability_id: pair.capabilityId,
          score: Math.min(1, Math.max(0, pair.score)),
          factors: pair.factors,
          matched_terms: explanation.matchedTerms,
          reason_for_firm: explanation.reasonForFirm satisfies Bilingual,
          reason_for_researcher: explanation.reasonForResearcher satisfies Bilingual,
          need_version: engine.profile('need', pair.needId)?.version ?? 0,
          capability_version: engine.profile('capability', pair.capabilityId)?.version ?? 0,
        },
      ];
    });
    // `before` reads the rows as they were before this statement, to tell re-proposals apart.
    const written: { id: string; inserted: boolean; previous: MatchStatus | null }[] =
      await manager.query(
        `WITH incoming AS (
           SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(need_id uuid, capability_id uuid,
             score double precision, factors jsonb, matched_terms text[], reason_for_firm jsonb,
             reason_for_researcher jsonb, need_version integer, capability_version integer)),
         before AS (
           SELECT m.capability_id, m.status FROM matches m
           JOIN incoming i ON i.need_id = m.need_id AND i.capability_id = m.capability_id),
         upserted AS (
           INSERT INTO matches (need_id, capability_id, score, factors, matched_terms,
             reason_for_firm, reason_for_researcher, engine_version, status, need_version,
             capability_version)
           SELECT need_id, capability_id, score, factors, matched_terms, reason_for_firm,
             reason_for_researcher, $2, 'PROPOSED', need_version, capability_version FROM incoming
           ON CONFLICT (need_id, capability_id) DO UPDATE SET
             score = EXCLUDED.score, factors = EXCLUDED.factors,
             matched_terms = EXCLUDED.matched_terms, reason_for_firm = EXCLUDED.reason_for_firm,
             reason_for_researcher = EXCLUDED.reason_for_researcher,
             engine_version = EXCLUDED.engine_version, status = 'PROPOSED',
             need_version = EXCLUDED.need_version,
             capability_version = EXCLUDED.capability_version, updated_at = now()
           WHERE matches.status = 'WITHDRAWN' OR (matches.status = 'PROPOSED' AND
             (matches.score, matches.engine_version, matches.need_version, matches.capability_version)
             IS DISTINCT FROM
             (EXCLUDED.score, EXCLUDED.engine_version, EXCLUDED.need_version, EXCLUDED.capability_version))
           RETURNING id, capability_id, (xmax = 0) AS inserted)
         SELECT u.id, u.inserted, b.status AS previous
         FROM upserted u LEFT JOIN before b ON b.capability_id = u.capability_id`,
        [JSON.stringify(rows), engine.config.version],
      );
    const proposedAgain = written.filter((row) => row.previous === MatchStatus.WITHDRAWN);
    await recordEngineEvents(manager, proposedAgain, MatchAction.PROPOSED_AGAIN);
    const toReview = written.filter(
      (row) => row.inserted || row.previous === MatchStatus.WITHDRAWN,
    );
    if (toReview.length > 0) {
      await recordOutboxJob(manager, {
        ...notificationJob({
          name: 'matches-proposed',
          data: { matchIds: toReview.map((row) => row.id), batchId: randomUUID() },
        }),
        delayMs: this.reviewSettleMs,
      });
    }
  }
}
