import { MatchStatus, platformTimeZone, todayIn } from '@app/domain';
import { explain, withOverrides } from '@app/matching';
import type { PreviewedMatch } from '@app/queue';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { EngineStateService } from './engine-state.service';
import { MatchReads } from './match-reads';
import { PostingLoader } from './posting-loader';

/** At most this many needs are shown; a researcher reads the first few. */
const previewSize = 20;

/**
 * The open needs a capability would be proposed for if it were published now, by the same
 * engine, thresholds and top-k lists as a real publish, and explained the same way (so an
 * anonymous need's place stays as hidden). Nothing is stored and no one is notified: the
 * capability is indexed under a name of its own only for the synchronous moment of the query.
 */
@Injectable()
export class MatchPreviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly state: EngineStateService,
    private readonly loader: PostingLoader,
    private readonly reads: MatchReads,
  ) {}

  async previewCapability(capabilityId: string): Promise<PreviewedMatch[]> {
    const loaded = await this.loader.capability(capabilityId);
    if (!loaded) return [];
    await this.state.ready();
    await this.state.catchUp();
    const { engine } = this.state;
    const today = todayIn(platformTimeZone);
    const inclusive = await this.reads.mostInclusiveSettings(engine.config);
    const profile = { ...loaded.profile, id: `preview:${randomUUID()}` };
    engine.upsertCapability(profile);
    let candidates;
    try {
      candidates = engine.matchesForCapability(profile.id, today, {
        ...inclusive,
        topK: previewSize * 5,
      });
    } finally {
      engine.remove('capability', profile.id);
    }
    if (candidates.length === 0) return [];
    const needIds = candidates.map((pair) => pair.needId);
    const [settings, listed, needs] = await Promise.all([
      this.reads.clusterSettings(this.dataSource.manager, needIds),
      this.listedScores(needIds),
      this.loader.byIds('need', needIds),
    ]);
    return candidates
      .filter((pair) => {
        const config = withOverrides(engine.config, settings.get(pair.needId));
        if (pair.score < config.threshold) return false;
        // A full list takes the capability only in place of a weaker proposal.
        const scores = listed.get(pair.needId) ?? [];
        return scores.length < config.topK || pair.score > Math.min(...scores);
      })
      .slice(0, previewSize)
      .flatMap((pair) => {
        const need = needs.get(pair.needId);
        if (!need) return [];
        const { matchedTerms, reasonForResearcher } = explain(pair, need, loaded.profile);
        return [{ needId: pair.needId, score: pair.score, matchedTerms, reasonForResearcher }];
      });
  }

  private async listedScores(needIds: string[]): Promise<Map<string, number[]>> {
    const rows = await this.dataSource.sql<
      { need_id: string; score: number }[]
    >`SELECT need_id, score FROM matches
       WHERE need_id = ANY(${needIds}::uuid[]) AND status = ${MatchStatus.PROPOSED} AND NOT user_initiated`;
    const scores = new Map<string, number[]>();
    for (const row of rows)
      scores.set(row.need_id, [...(scores.get(row.need_id) ?? []), row.score]);
    return scores;
  }
}
