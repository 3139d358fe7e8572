export interface StandingProposal {
  id: string;
  need_id: string;
  capability_id: string;
  need_title: string;
  capability_title: string;
  /** The organisations behind the need and the capability, whose coordinators hear of it. */
  firm: string;
  lab: string;
  score: number;
}

/** The proposals of one posting, announced together. */
export interface ProposalGroup {
  kind: 'need' | 'capability';
  postingId: string;
  title: string;
  matchIds: string[];
}

/**
 * One notice per posting instead of one per match. A run starts from one posting: a need
 * published meets many offers (grouped by that need), an offer published meets many needs
 * (grouped by that offer). Anything else (a cluster's needs scored again) is grouped per need.
 */
export function proposalGroups(proposals: StandingProposal[]): ProposalGroup[] {
  const capabilities = new Set(proposals.map((proposal) => proposal.capability_id));
  const needs = new Set(proposals.map((proposal) => proposal.need_id));
  const byCapability = capabilities.size === 1 && needs.size > 1;
  const groups = new Map<string, ProposalGroup>();
  for (const proposal of proposals) {
    const postingId = byCapability ? proposal.capability_id : proposal.need_id;
    const group = groups.get(postingId) ?? {
      kind: byCapability ? 'capability' : 'need',
      postingId,
      title: byCapability ? proposal.capability_title : proposal.need_title,
      matchIds: [],
    };
    group.matchIds.push(proposal.id);
    groups.set(postingId, group);
  }
  return [...groups.values()];
}
