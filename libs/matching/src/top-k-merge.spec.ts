import type { ScoredPair } from './engine';
import { type ListedProposal, mergeCapability } from './top-k-merge';

const pair = (needId: string, capabilityId: string, score: number): ScoredPair => ({
  needId,
  capabilityId,
  score,
  factors: [],
  sharedTerms: [],
});
const listed = (needId: string, ...scores: [string, number][]): ListedProposal[] =>
  scores.map(([capabilityId, score]) => ({ needId, capabilityId, score }));

describe('mergeCapability', () => {
  it('adds a capability to a list with room, dropping nothing', () => {
    const merge = mergeCapability(
      ['n1'],
      'c9',
      listed('n1', ['c1', 0.9]),
      () => 3,
      () => pair('n1', 'c9', 0.5),
    );
    expect(merge).toEqual({ proposals: [pair('n1', 'c9', 0.5)], dropped: [], inFull: [] });
  });

  it('pushes the weakest proposal out of a full list', () => {
    const merge = mergeCapability(
      ['n1'],
      'c9',
      listed('n1', ['c1', 0.9], ['c2', 0.4]),
      () => 2,
      () => pair('n1', 'c9', 0.6),
    );
    expect(merge.proposals.map((p) => p.capabilityId)).toEqual(['c9']);
    expect(merge.dropped).toEqual([{ needId: 'n1', capabilityId: 'c2' }]);
  });

  it('leaves a full list alone when the capability ranks below all of it', () => {
    const merge = mergeCapability(
      ['n1'],
      'c9',
      listed('n1', ['c1', 0.9], ['c2', 0.8]),
      () => 2,
      () => pair('n1', 'c9', 0.5),
    );
    expect(merge).toEqual({
      proposals: [],
      dropped: [{ needId: 'n1', capabilityId: 'c9' }],
      inFull: [],
    });
  });

  it('rescores a listed capability in place', () => {
    const merge = mergeCapability(
      ['n1'],
      'c1',
      listed('n1', ['c1', 0.9], ['c2', 0.8]),
      () => 2,
      () => pair('n1', 'c1', 0.7),
    );
    expect(merge).toEqual({ proposals: [pair('n1', 'c1', 0.7)], dropped: [], inFull: [] });
  });

  it('drops a capability that fell below the threshold from a list with room', () => {
    const merge = mergeCapability(
      ['n1'],
      'c1',
      listed('n1', ['c1', 0.9]),
      () => 3,
      () => undefined,
    );
    expect(merge).toEqual({
      proposals: [],
      dropped: [{ needId: 'n1', capabilityId: 'c1' }],
      inFull: [],
    });
  });

  it('asks for a full refresh where the capability leaves a full list', () => {
    const merge = mergeCapability(
      ['n1'],
      'c1',
      listed('n1', ['c1', 0.9], ['c2', 0.8]),
      () => 2,
      () => undefined,
    );
    expect(merge).toEqual({ proposals: [], dropped: [], inFull: ['n1'] });
  });

  it('ignores needs that never listed a capability below their threshold', () => {
    expect(
      mergeCapability(
        ['n1', 'n1'],
        'c1',
        [],
        () => 2,
        () => undefined,
      ),
    ).toEqual({
      proposals: [],
      dropped: [],
      inFull: [],
    });
  });

  it('keeps each need to its own list and top-k', () => {
    const merge = mergeCapability(
      ['n1', 'n2'],
      'c9',
      [...listed('n1', ['c1', 0.9]), ...listed('n2', ['c1', 0.9])],
      (needId) => (needId === 'n1' ? 1 : 2),
      (needId) => pair(needId, 'c9', 0.5),
    );
    expect(merge.proposals.map((p) => p.needId)).toEqual(['n2']);
    expect(merge.dropped).toEqual([{ needId: 'n1', capabilityId: 'c9' }]);
  });
});
