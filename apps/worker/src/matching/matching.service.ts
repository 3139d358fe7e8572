import { Injectable } from '@nestjs/common';
import { platformTimeZone, todayIn } from '@app/domain';
import { EngineStateService } from './engine-state.service';
import { MatchReads } from './match-reads';
import { MatchWriter } from './match-writer';
import { PostingLoader } from './posting-loader';

export type JobOutcome =
  { skipped: string } | { needsRefreshed: number; proposed: number; withdrawn: number };

/** What a change of a need or a capability does to the stored matches. */
@Injectable()
export class MatchingService {
  constructor(
    private readonly state: EngineStateService,
    private readonly loader: PostingLoader,
    private readonly writer: MatchWriter,
    private readonly reads: MatchReads,
  ) {}

  async needChanged(needId: string, version: number): Promise<JobOutcome> {
    await this.state.ready();
    const need = await this.loader.need(needId);
    if (need && need.version > version) return { skipped: `need is at version ${need.version}` };
    if (need) this.state.apply('need', need);
    else this.state.engine.remove('need', needId);
    return this.refresh([needId]);
  }

  /**
   * A capability changes the match lists of the needs it was in and of those it now fits; each
   * takes the one pair in (the nightly rescoring brings the rest of each list along).
   */
  async capabilityChanged(capabilityId: string, version: number): Promise<JobOutcome> {
    await this.state.ready();
    const capability = await this.loader.capability(capabilityId);
    if (capability && capability.version > version) {
      return { skipped: `capability is at version ${capability.version}` };
    }
    if (capability) this.state.apply('capability', capability);
    else this.state.engine.remove('capability', capabilityId);
    // Needs another worker indexed since this one last looked must be candidates too.
    await this.state.catchUp();
    const needIds = await this.needsConcerning(capabilityId);
    return {
      needsRefreshed: needIds.length,
      ...(await this.writer.mergeCapability(needIds, capabilityId)),
    };
  }

  /** Its postings are read again by the catch-up (the api stamped them) and matched anew. */
  async clusterMemberAdded(organizationId: string): Promise<JobOutcome> {
    await this.state.ready();
    await this.state.catchUp();
    const { needIds, capabilityIds } = await this.reads.publishedOf(organizationId);
    const concerned = new Set(needIds);
    for (const capabilityId of capabilityIds) {
      for (const needId of await this.needsConcerning(capabilityId)) concerned.add(needId);
    }
    return this.refresh([...concerned]);
  }

  /** The needs a capability was matched to and those it now fits. */
  private async needsConcerning(capabilityId: string): Promise<string[]> {
    const { engine } = this.state;
    // Candidates by the most inclusive settings any cluster has; each need then applies its own.
    const candidates = engine.has('capability', capabilityId)
      ? engine
          .matchesForCapability(
            capabilityId,
            todayIn(platformTimeZone),
            await this.reads.mostInclusiveSettings(engine.config),
          )
          .map((pair) => pair.needId)
      : [];
    return [...new Set([...(await this.reads.needsMatchedTo(capabilityId)), ...candidates])];
  }

  async matchRequested(matchId: string): Promise<JobOutcome> {
    await this.state.ready();
    await this.state.catchUp();
    return (await this.writer.scoreRequested(matchId))
      ? { needsRefreshed: 0, proposed: 1, withdrawn: 0 }
      : { skipped: 'the match moved on or a side is not published' };
  }

  async clusterSettingsChanged(clusterId: string): Promise<JobOutcome> {
    await this.state.ready();
    return this.refresh(await this.reads.publishedNeedsOfCluster(clusterId));
  }

  /**
   * Matches every published need again. Each change rescores the lists it touches, but word
   * weights move with every posting, so lists written earlier drift from what a rebuild would
   * give; this pass brings them back, writing only the rows whose score moved.
   */
  async rescoreAll(): Promise<JobOutcome> {
    await this.state.ready();
    await this.state.catchUp();
    return this.refresh(this.state.engine.ids('need'));
  }

  private async refresh(needIds: string[]): Promise<JobOutcome> {
    let proposed = 0;
    let withdrawn = 0;
    for (const needId of needIds) {
      const outcome = await this.writer.refreshNeed(needId);
      proposed += outcome.proposed;
      withdrawn += outcome.withdrawn;
    }
    return { needsRefreshed: needIds.length, proposed, withdrawn };
  }
}
