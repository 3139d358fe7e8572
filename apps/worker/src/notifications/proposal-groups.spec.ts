import { proposalGroups, type StandingProposal } from './proposal-groups';

const proposal = (id: string, need: string, capability: string): StandingProposal => ({
  id,
  need_id: need,
  capability_id: capability,
  need_title: `need ${need}`,
  capability_title: `offer ${capability}`,
  firm: `firm of ${need}`,
  lab: `lab of ${capability}`,
  score: 0.5,
});

describe('proposal notices', () => {
  it('announce a published need’s proposals once, naming the need and the count', () => {
    expect(
      proposalGroups([
        proposal('m1', 'n1', 'c1'),
        proposal('m2', 'n1', 'c2'),
        proposal('m3', 'n1', 'c3'),
      ]),
    ).toEqual([{ kind: 'need', postingId: 'n1', title: 'need n1', matchIds: ['m1', 'm2', 'm3'] }]);
  });

  it('announce a published offer’s proposals once, naming the offer', () => {
    expect(proposalGroups([proposal('m1', 'n1', 'c1'), proposal('m2', 'n2', 'c1')])).toEqual([
      { kind: 'capability', postingId: 'c1', title: 'offer c1', matchIds: ['m1', 'm2'] },
    ]);
  });

  it('group a mixed run per need, and a single proposal by its need', () => {
    expect(
      proposalGroups([
        proposal('m1', 'n1', 'c1'),
        proposal('m2', 'n2', 'c2'),
        proposal('m3', 'n1', 'c2'),
      ]).map((group) => [group.postingId, group.matchIds]),
    ).toEqual([
      ['n1', ['m1', 'm3']],
      ['n2', ['m2']],
    ]);
    expect(proposalGroups([proposal('m1', 'n1', 'c1')])).toMatchObject([
      { kind: 'need', postingId: 'n1' },
    ]);
    expect(proposalGroups([])).toEqual([]);
  });
});
