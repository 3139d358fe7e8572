import { type Bilingual, MatchStatus, platformTimeZone, todayIn } from '@app/domain';
import { MatchLedger, type ProposalRow } from '@app/ledger';
import { explain, mergeCapability, type ScoredPair, withOverrides } from '@app/matching';
import { ENV, type Env } from '@app/config';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { EngineStateService } from './engine-state.service';
import { MatchReads } from './match-reads';
import { PostingLoader } from './posting-loader';

export interface RefreshOutcome {
  proposed: number;
  withdrawn: number;
}

/**
 * Writes needs' proposed matches through the ledger: in full from the engine's current top-k,
 * or one capability's change at a time. Each need's list is written under its advisory lock,
 * after catching up inside it, so concurrent workers write in turn and the last one writes from
 * the freshest data. Matches a coordinator has acted on are never touched.
 */
@Injectable()
export class MatchWriter {
  private readonly reviewSettleMs: number;

  constructor(
    @Inject(ENV) env: Env,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly state: EngineStateService,
    private readonly loader: PostingLoader,
    private readonly reads: MatchReads,
  ) {
    this.reviewSettleMs = env.MATCH_REVIEW_SETTLE_MS;
  }

  refreshNeed(needId: string): Promise<RefreshOutcome> {
    return this.dataSource.transaction(async (manager) => {
      await manager.sql<
        { pg_advisory_xact_lock: void | null }[]
      >`SELECT pg_advisory_xact_lock(hashtext(${`matches-of-need:${needId}`}))`;
      await this.state.catchUp(manager);
      return this.refreshIn(manager, needId);
    });
  }

  /**
   * Takes one capability's change into the lists of the given needs without matching them
   * again (`mergeCapability`), all lists in one transaction (their locks taken in one order).
   * A need whose full list the capability leaves is matched in full.
   */
  mergeCapability(needIds: string[], capabilityId: string): Promise<RefreshOutcome> {
    return this.dataSource.transaction(async (manager) => {
      await manager.sql<
        { pg_advisory_xact_lock: void | null }[]
      >`SELECT pg_advisory_xact_lock(key) FROM (
           SELECT DISTINCT hashtext('matches-of-need:' || id) AS key FROM unnest(${needIds}::text[]) AS id
           ORDER BY key) AS keys`;
      await this.state.catchUp(manager);
      const { engine } = this.state;
      const settings = await this.reads.clusterSettings(manager, needIds);
      const today = todayIn(platformTimeZone);
      const merge = mergeCapability(
        needIds,
        capabilityId,
        await this.reads.listedProposals(manager, needIds),
        (needId) => withOverrides(engine.config, settings.get(needId)).topK,
        (needId) => engine.proposal(needId, capabilityId, today, settings.get(needId)),
      );
      const ledger = new MatchLedger(manager);
      await this.propose(manager, merge.proposals);
      const outcome = {
        proposed: merge.proposals.length,
        withdrawn: await ledger.withdrawPairs(merge.dropped),
      };
      for (const needId of merge.inFull) {
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
          (await this.reads.clusterSettings(manager, [needId])).get(needId),
        )
      : [];
    await this.propose(manager, pairs);
    const kept = pairs.map((pair) => pair.capabilityId);
    const withdrawn = await new MatchLedger(manager).withdrawAllBut(needId, kept);
    return { proposed: pairs.length, withdrawn };
  }

  /** Scores a pair a user asked for, without threshold; false if it moved on meanwhile. */
  async scoreRequested(matchId: string): Promise<boolean> {
    const match = await this.reads.requested(matchId);
    const { engine } = this.state;
    if (
      !match ||
      match.status !== MatchStatus.PROPOSED ||
      !engine.has('need', match.needId) ||
      !engine.has('capability', match.capabilityId)
    ) {
      return false;
    }
    await this.propose(this.dataSource.manager, [
      engine.score(match.needId, match.capabilityId, todayIn(platformTimeZone)),
    ]);
    return true;
  }

  /** The pairs with their explanations, quoting the postings as the engine scored them. */
  private async propose(manager: EntityManager, pairs: ScoredPair[]): Promise<void> {
    if (pairs.length === 0) return;
    const { engine } = this.state;
    const unique = (ids: string[]) => [...new Set(ids)];
    const needs = await this.loader.withTexts(
      'need',
      unique(pairs.map((pair) => pair.needId)).flatMap((id) => engine.profile('need', id) ?? []),
      manager,
    );
    const capabilities = await this.loader.withTexts(
      'capability',
      unique(pairs.map((pair) => pair.capabilityId)).flatMap(
        (id) => engine.profile('capability', id) ?? [],
      ),
      manager,
    );
    const rows = pairs.flatMap((pair): ProposalRow[] => {
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
    await new MatchLedger(manager).propose(rows, engine.config.version, this.reviewSettleMs);
  }
}
