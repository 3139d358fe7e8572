import type { ScoredPair } from './engine';

/** A proposal a need's list holds now. */
export interface ListedProposal {
  needId: string;
  capabilityId: string;
  score: number;
}

export interface CapabilityMerge {
  /** Pairs to write: the capability entered or stays in these needs' lists. */
  proposals: ScoredPair[];
  /** Pairs that fell out of their need's list: the capability itself or those it pushed out. */
  dropped: { needId: string; capabilityId: string }[];
  /** Needs whose full list the capability left: another capability may be due in its place. */
  inFull: string[];
}

/**
 * Takes one capability's new score into the top-k lists of these needs without ranking them
 * again: the pair is ranked against the proposals each list holds. `proposalFor` is the pair as
 * the engine scores it now (undefined below the threshold).
 */
export function mergeCapability(
  needIds: Iterable<string>,
  capabilityId: string,
  listed: readonly ListedProposal[],
  topKOf: (needId: string) => number,
  proposalFor: (needId: string) => ScoredPair | undefined,
): CapabilityMerge {
  const merge: CapabilityMerge = { proposals: [], dropped: [], inFull: [] };
  for (const needId of new Set(needIds)) {
    const topK = topKOf(needId);
    const list = listed.filter((row) => row.needId === needId);
    const wasListed = list.some((row) => row.capabilityId === capabilityId);
    const pair = proposalFor(needId);
    if (!pair) {
      if (wasListed && list.length >= topK) merge.inFull.push(needId);
      else if (wasListed) merge.dropped.push({ needId, capabilityId });
      continue;
    }
    const ranked = [
      ...list.filter((row) => row.capabilityId !== capabilityId),
      { needId, capabilityId, score: pair.score },
    ].sort((a, b) => b.score - a.score);
    const beyond = ranked.slice(topK).map((row) => row.capabilityId);
    if (!beyond.includes(capabilityId)) merge.proposals.push(pair);
    merge.dropped.push(...beyond.map((id) => ({ needId, capabilityId: id })));
  }
  return merge;
}
