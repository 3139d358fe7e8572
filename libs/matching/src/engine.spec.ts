import { deserialize, serialize } from 'node:v8';
import { analysedText, ForeignVocabulary, PostingAnalyser } from './analysed-pages';
import { MatchingEngine, type SnapshotFrame, type SnapshotHeader } from './engine';
import { defaultMatchingConfig } from './scoring/config';
import { type CapabilityProfile, type NeedProfile, withoutTexts } from './profiles';

const today = '2026-11-26';

const coatingsNeed: NeedProfile = {
  id: 'need-coatings',
  language: 'pl',
  title: 'Zwiększenie trwałości frezów przy obróbce stopów tytanu',
  summary: 'Szukamy partnera do badań powłok PVD i zużycia narzędzi.',
  description:
    'Frezy węglikowe zużywają się szybko przy obróbce Ti6Al4V. Chcemy przetestować nowe powłoki i chłodzenie.',
  keywords: ['powłoki PVD', 'zużycie narzędzi', 'stopy tytanu'],
  sectors: ['C25.62'],
  trlMin: 4,
  trlMax: 7,
  collaborationTypes: ['CONTRACT_RESEARCH', 'TESTING_AND_LAB_SERVICES'],
  place: { city: 'Świdnik', region: 'lubelskie', country: 'PL' },
  organizationId: 'firm',
  budget: { min: 40000, max: 120000, currency: 'PLN' },
  deadline: '2027-04-30',
};

const capability = (fields: Partial<CapabilityProfile> & { id: string }): CapabilityProfile => ({
  language: 'en',
  title: '',
  description: '',
  organizationId: `lab-${fields.id}`,
  ...fields,
});

const coatingsLab = capability({
  id: 'coatings-lab',
  title: 'Wear-resistant PVD coatings for cutting tools',
  summary: 'Deposition and tribological testing of nitride coatings that extend tool life.',
  description:
    'We design AlTiN and CrN coatings and test tool wear in milling trials of titanium alloys.',
  keywords: ['PVD coatings', 'tool wear', 'tribology'],
  sectors: ['C25.73'],
  trl: 6,
  collaborationTypes: ['CONTRACT_RESEARCH', 'TESTING_AND_LAB_SERVICES'],
  place: { city: 'Radom', region: 'mazowieckie', country: 'PL' },
});

const weldingLab = capability({
  id: 'welding-lab',
  title: 'Fatigue analysis of welded joints',
  summary: 'Finite element fatigue assessment and bench tests of welded steel structures.',
  description:
    'Hot-spot stress analysis, strain gauge measurements and fatigue tests of welded frames.',
  keywords: ['fatigue', 'welded joints'],
  trl: 5,
  collaborationTypes: ['RD_COOPERATION'],
  place: { city: 'Lublin', region: 'lubelskie', country: 'PL' },
});

const batteriesLab = capability({
  id: 'batteries-lab',
  language: 'pl',
  title: 'Diagnostyka akumulatorów litowo-jonowych',
  description: 'Badamy starzenie ogniw i systemy zarządzania baterią w pojazdach elektrycznych.',
  trl: 4,
  collaborationTypes: ['CONTRACT_RESEARCH'],
});

function engineWith(...capabilities: CapabilityProfile[]): MatchingEngine {
  const engine = new MatchingEngine();
  capabilities.forEach((c) => engine.upsertCapability(c));
  engine.upsertNeed(coatingsNeed);
  return engine;
}

/** Through `v8.serialize`, as a snapshot file holds it. */
function roundTrip<T>(value: T): T {
  return deserialize(serialize(value)) as T;
}

function restoreInto(engine: MatchingEngine, original: MatchingEngine): MatchingEngine {
  for (const frame of original.snapshotFrames(2)) engine.restoreFrame(roundTrip(frame));
  engine.restoreVocabulary(roundTrip(original.snapshotVocabulary()));
  return engine;
}

describe('matching engine', () => {
  it('finds the English capability on the subject of a Polish need first', () => {
    const matches = engineWith(weldingLab, batteriesLab, coatingsLab).matchesForNeed(
      coatingsNeed.id,
      today,
    );
    expect(matches[0]?.capabilityId).toBe('coatings-lab');
    expect(matches.map((m) => m.capabilityId)).not.toContain('batteries-lab');
  });

  it('explains each score with factors whose contributions sum to it', () => {
    const [best] = engineWith(coatingsLab).matchesForNeed(coatingsNeed.id, today);
    const sum = best!.factors.reduce((total, factor) => total + factor.contribution, 0);
    expect(best!.score).toBeCloseTo(sum, 10);
    expect(best!.factors.map((f) => f.name)).toEqual([
      'topic',
      'keywords',
      'trl',
      'collaboration',
      'geography',
      'feasibility',
    ]);
    expect(best!.factors.reduce((total, factor) => total + factor.weight, 0)).toBeCloseTo(1, 10);
    expect(best!.score).toBeGreaterThan(0.5);
    expect(best!.score).toBeLessThanOrEqual(1);
  });

  it('leaves factors without data out and rescales the rest', () => {
    const engine = new MatchingEngine();
    engine.upsertNeed({
      id: 'n',
      language: 'en',
      title: 'PVD coatings for tools',
      description: 'tool wear of coatings',
    });
    engine.upsertCapability({
      id: 'c',
      language: 'en',
      title: 'PVD coatings',
      description: 'coatings against tool wear',
    });
    const pair = engine.score('n', 'c', today);
    expect(pair.factors.map((f) => f.name)).toEqual(['topic']);
    expect(pair.factors[0]!.weight).toBe(1);
  });

  it('scores a pair the same from either side', () => {
    const engine = engineWith(coatingsLab, weldingLab);
    const fromNeed = engine
      .matchesForNeed(coatingsNeed.id, today)
      .find((m) => m.capabilityId === 'coatings-lab')!;
    const fromCapability = engine
      .matchesForCapability('coatings-lab', today)
      .find((m) => m.needId === coatingsNeed.id)!;
    expect(fromCapability.score).toBeCloseTo(fromNeed.score, 10);
  });

  it('needs both sides to fit: a capability that covers a sliver of the need scores lower', () => {
    const broad = capability({
      ...coatingsLab,
      id: 'broad',
      title: 'Materials engineering services',
      description: `${coatingsLab.description} ${'We also study polymers, ceramics, glass, wood, concrete, textiles and food packaging. '.repeat(5)}`,
    });
    const engine = engineWith(coatingsLab, broad);
    const score = (id: string) =>
      engine.score(coatingsNeed.id, id, today).factors.find((f) => f.name === 'topic')!.value;
    expect(score('coatings-lab')).toBeGreaterThan(score('broad'));
  });

  it('prefers a capability whose TRL is inside the range and which offers the wanted collaboration', () => {
    const early = capability({
      ...coatingsLab,
      id: 'early',
      trl: 2,
      collaborationTypes: ['STUDENT_PROJECTS'],
    });
    const engine = engineWith(coatingsLab, early);
    expect(engine.score(coatingsNeed.id, 'coatings-lab', today).score).toBeGreaterThan(
      engine.score(coatingsNeed.id, 'early', today).score,
    );
  });

  it('matches a CLUSTER posting only within its clusters', () => {
    const clusterOnly = { ...coatingsNeed, visibility: 'CLUSTER' as const, clusterIds: ['wmm'] };
    const outside = capability({ ...coatingsLab, id: 'outside', clusterIds: ['other'] });
    const inside = capability({ ...coatingsLab, id: 'inside', clusterIds: ['wmm'] });
    const engine = new MatchingEngine();
    engine.upsertCapability(outside);
    engine.upsertCapability(inside);
    engine.upsertNeed(clusterOnly);
    expect(engine.matchesForNeed(clusterOnly.id, today).map((m) => m.capabilityId)).toEqual([
      'inside',
    ]);
  });

  it('follows updates and removals without a rebuild', () => {
    const engine = engineWith(coatingsLab, weldingLab);
    engine.upsertCapability({
      ...coatingsLab,
      title: 'Battery cell ageing',
      summary: '',
      description: 'Lithium-ion battery ageing tests',
      keywords: [],
    });
    expect(engine.matchesForNeed(coatingsNeed.id, today).map((m) => m.capabilityId)).not.toContain(
      'coatings-lab',
    );
    engine.upsertCapability(coatingsLab);
    expect(engine.matchesForNeed(coatingsNeed.id, today)[0]?.capabilityId).toBe('coatings-lab');
    engine.remove('capability', 'coatings-lab');
    expect(engine.matchesForNeed(coatingsNeed.id, today).map((m) => m.capabilityId)).not.toContain(
      'coatings-lab',
    );
    expect(engine.size.capability).toBe(1);
  });

  it('keeps at most top-k matches above the threshold', () => {
    const topics = [
      'battery ageing',
      'railway noise',
      'food packaging',
      'road asphalt',
      'textile dyes',
      'beer brewing',
    ];
    const unrelated = Array.from({ length: 30 }, (_, i) =>
      capability({
        id: `other-${i}`,
        title: topics[i % topics.length]!,
        description: `${topics[i % topics.length]} studies ${i}`,
      }),
    );
    const labs = Array.from({ length: 8 }, (_, i) =>
      capability({ ...coatingsLab, id: `lab-${i}` }),
    );
    const engine = engineWith(...unrelated, ...labs);
    expect(engine.matchesForNeed(coatingsNeed.id, today, { topK: 5 })).toHaveLength(5);
    expect(engine.matchesForNeed(coatingsNeed.id, today, { threshold: 1.01 })).toHaveLength(0);
  });

  it('keeps what scoring reads of a posting, and none of its texts', () => {
    const kept = engineWith(coatingsLab).profile('need', coatingsNeed.id);
    expect(kept).toEqual({
      id: coatingsNeed.id,
      language: 'pl',
      sectors: ['C25.62'],
      trlMin: 4,
      trlMax: 7,
      collaborationTypes: coatingsNeed.collaborationTypes,
      place: coatingsNeed.place,
      organizationId: 'firm',
      budget: coatingsNeed.budget,
      deadline: '2027-04-30',
    });
    expect(engineWith(coatingsLab).profile('capability', 'coatings-lab')).not.toHaveProperty(
      'description',
    );
  });

  it('restores from a snapshot an engine that scores and grows as the original does', () => {
    const original = engineWith(coatingsLab, weldingLab, batteriesLab);
    const restored = restoreInto(MatchingEngine.restoring(original.snapshotHeader())!, original);
    expect(restored.size).toEqual(original.size);
    expect(restored.matchesForNeed(coatingsNeed.id, today)).toEqual(
      original.matchesForNeed(coatingsNeed.id, today),
    );
    restored.trimToSize();
    const another = capability({ ...coatingsLab, id: 'another-lab', title: 'PVD coatings' });
    original.upsertCapability(another);
    restored.upsertCapability(another);
    expect(restored.matchesForCapability('another-lab', today)).toEqual(
      original.matchesForCapability('another-lab', today),
    );
  });

  it('takes a snapshot whose frames each hold the engine as it was when it was taken', () => {
    const original = engineWith(coatingsLab, weldingLab, batteriesLab);
    const frames: SnapshotFrame[] = [];
    for (const frame of original.snapshotFrames(1)) {
      // Copies, not views of the index's storage: a view would be serialised with all of it.
      expect(serialize(frame).length).toBeLessThan(2000);
      frames.push(roundTrip(frame));
      // A posting changes while the snapshot is written: later frames hold it as it is then.
      if (frames.length === 1) {
        original.upsertCapability({ ...batteriesLab, title: 'Ogniwa litowo-jonowe i recykling' });
      }
    }
    const restored = MatchingEngine.restoring(original.snapshotHeader())!;
    frames.forEach((frame) => restored.restoreFrame(frame));
    restored.restoreVocabulary(roundTrip(original.snapshotVocabulary()));
    expect(restored.matchesForNeed(coatingsNeed.id, today)).toEqual(
      original.matchesForNeed(coatingsNeed.id, today),
    );
    expect(
      frames.flatMap((frame) => frame.postings.map((posting) => posting.profile.id)).sort(),
    ).toEqual(['batteries-lab', 'coatings-lab', 'need-coatings', 'welding-lab']);
  });

  it('leaves out of a snapshot the words only a removed posting had, and restores to the same scores', () => {
    const engine = engineWith(weldingLab, batteriesLab, coatingsLab);
    const before = new Set(engine.snapshotVocabulary());
    engine.upsertCapability({
      ...weldingLab,
      id: 'erased-lab',
      description: 'Zespół: dr Grzegorz Brzęczyszczykiewicz, tel. 600 700 800, Chrząszczyżewoszyce',
    });
    const added = engine.snapshotVocabulary().filter((key) => !before.has(key));
    expect(added.length).toBeGreaterThan(0);

    engine.remove('capability', 'erased-lab');
    const vocabulary = engine.snapshotVocabulary();
    expect(vocabulary.filter((key) => added.includes(key))).toEqual([]);
    expect(vocabulary.length).toBe(new Set(vocabulary).size);
    const restored = restoreInto(MatchingEngine.restoring(engine.snapshotHeader())!, engine);
    expect(restored.matchesForNeed(coatingsNeed.id, today)).toEqual(
      engine.matchesForNeed(coatingsNeed.id, today),
    );
    // A word the erased posting had comes back with the next posting that uses it.
    restored.upsertCapability({
      ...weldingLab,
      id: 'next-lab',
      description: 'Chrząszczyżewoszyce',
    });
    expect(restored.matchesForNeed(coatingsNeed.id, today).length).toBeGreaterThan(0);
  });

  it('scores the same after many updates have left holes in its storage and it compacted them', () => {
    const churned = engineWith(coatingsLab, weldingLab);
    for (let round = 0; round < 3000; round++) {
      churned.upsertCapability({
        ...batteriesLab,
        id: `lab-${round % 50}`,
        title: `Ogniwa ${round}`,
      });
      if (round % 7 === 0) churned.remove('capability', `lab-${round % 50}`);
    }
    for (let i = 0; i < 50; i++) churned.remove('capability', `lab-${i}`);
    const fresh = engineWith(coatingsLab, weldingLab);
    const scores = (engine: MatchingEngine) =>
      engine.matchesForNeed(coatingsNeed.id, today).map((pair) => pair.capabilityId);
    expect(scores(churned)).toEqual(scores(fresh));
    expect(churned.score(coatingsNeed.id, 'coatings-lab', today).factors).toEqual(
      fresh.score(coatingsNeed.id, 'coatings-lab', today).factors,
    );
  });

  it('indexes postings analysed elsewhere, page by page, exactly as it indexes them itself', () => {
    const itself = engineWith(coatingsLab, weldingLab, batteriesLab);
    const fromAnalysers = new MatchingEngine();
    const analysers = [new PostingAnalyser(), new PostingAnalyser()];
    const vocabularies = analysers.map(() => new ForeignVocabulary());
    const pages = [
      { side: 'capability', postings: [coatingsLab] },
      { side: 'capability', postings: [weldingLab, batteriesLab] },
      { side: 'need', postings: [coatingsNeed] },
    ] as const;
    pages.forEach(({ side, postings }, i) => {
      const page = roundTrip(analysers[i % 2]!.analyse(postings.map(analysedText)));
      fromAnalysers.addAnalysed(side, postings.map(withoutTexts), page, vocabularies[i % 2]!);
    });
    expect(fromAnalysers.snapshotVocabulary()).toEqual(itself.snapshotVocabulary());
    expect(fromAnalysers.matchesForNeed(coatingsNeed.id, today)).toEqual(
      itself.matchesForNeed(coatingsNeed.id, today),
    );
    expect(fromAnalysers.profile('capability', 'coatings-lab')).not.toHaveProperty('title');
  });

  it('restores no snapshot another engine version took', () => {
    const header: SnapshotHeader = engineWith(coatingsLab).snapshotHeader();
    expect(
      MatchingEngine.restoring(header, { ...defaultMatchingConfig, version: 'another' }),
    ).toBeUndefined();
    expect(MatchingEngine.restoring({ ...header, format: 1 as 2 })).toBeUndefined();
  });

  it("proposes a single pair only as the need's list would take it", () => {
    const engine = engineWith(coatingsLab, weldingLab);
    const listed = engine.matchesForNeed(coatingsNeed.id, today);
    expect(engine.proposal(coatingsNeed.id, 'coatings-lab', today)).toEqual(listed[0]);
    expect(listed.map((pair) => pair.capabilityId)).not.toContain('welding-lab');
    expect(engine.proposal(coatingsNeed.id, 'welding-lab', today)).toBeUndefined();
    expect(engine.proposal(coatingsNeed.id, 'no-such-lab', today)).toBeUndefined();
  });

  it('ranks candidates retrieved outside it from its retrieval terms as its own retrieval does', () => {
    const labs = [coatingsLab, weldingLab, batteriesLab];
    const rivals = Array.from({ length: 6 }, (_, i) =>
      capability({
        ...coatingsLab,
        id: `rival-${i}`,
        keywords: coatingsLab.keywords!.slice(i % 3),
      }),
    );
    const engine = engineWith(...labs, ...rivals);
    const terms = engine.retrievalTerms('need', coatingsNeed.id);
    expect(terms.length).toBeGreaterThan(3);
    expect(terms.length).toBeLessThanOrEqual(defaultMatchingConfig.maxQueryTerms);
    expect(terms.map((term) => term.weight)).toEqual(
      [...terms.map((term) => term.weight)].sort((a, b) => b - a),
    );

    // What a retrieval held elsewhere computes from the capabilities' snapshot vectors.
    const vocabulary = engine.snapshotVocabulary();
    const weightOf = new Map(terms.map(({ key, weight }) => [key, weight]));
    const retrieved = [...engine.snapshotFrames()]
      .filter((frame) => frame.side === 'capability')
      .flatMap((frame) => frame.postings)
      .map(({ document: { id, vector } }) => {
        let score = 0;
        vector.terms.forEach((term, i) => {
          const tf = vector.weights[i]!;
          score += ((weightOf.get(vocabulary[term]!) ?? 0) * tf) / (defaultMatchingConfig.k1 + tf);
        });
        return { id, score };
      })
      .filter(({ score }) => score > 0)
      .sort((a, b) => b.score - a.score)
      .map(({ id }) => id);
    expect(retrieved).not.toContain('batteries-lab');

    const own = engine.matchesForNeed(coatingsNeed.id, today);
    expect(own.length).toBeGreaterThan(3);
    expect(engine.matchesAmong('need', coatingsNeed.id, retrieved, today)).toEqual(own);
    const [best, ...rest] = own.map((pair) => pair.capabilityId);
    const withoutBest = ['no-such-lab', ...retrieved.filter((id) => id !== best)];
    expect(
      engine.matchesAmong('need', coatingsNeed.id, withoutBest, today).map((p) => p.capabilityId),
    ).toEqual(rest);
  });

  it('names the shared terms', () => {
    const pair = engineWith(coatingsLab).score(coatingsNeed.id, 'coatings-lab', today);
    expect(pair.sharedTerms.length).toBeGreaterThan(2);
  });
});

describe('a pair whose subjects do not fit', () => {
  const place = { city: 'Radom', region: 'mazowieckie', country: 'PL' };
  // Alike in everything but the subject: both say "badania", "analiza", "elementach".
  const weldInspection: NeedProfile = {
    id: 'weld-need',
    language: 'pl',
    title: 'Kontrola jakości spoin w elementach ram',
    summary: 'Szukamy metody badania spoin w elementach stalowych ram maszyn.',
    description:
      'Badania nieniszczące spoin MAG w elementach ram; analiza wad spawalniczych i automatyczna kontrola na linii.',
    keywords: ['spoiny', 'badania nieniszczące'],
    trlMin: 4,
    trlMax: 7,
    collaborationTypes: ['CONTRACT_RESEARCH'],
    place,
  };
  const millingChatter: CapabilityProfile = {
    id: 'chatter-capability',
    language: 'pl',
    title: 'Drgania samowzbudne przy frezowaniu',
    summary: 'Badania drgań i analiza stabilności frezowania elementów cienkościennych.',
    description:
      'Prowadzimy badania drgań typu chatter przy frezowaniu; analiza modalna elementach obrabiarek i dobór parametrów skrawania.',
    keywords: ['frezowanie', 'drgania'],
    trl: 5,
    collaborationTypes: ['CONTRACT_RESEARCH'],
    place,
  };
  const engine = new MatchingEngine();
  engine.upsertNeed(weldInspection);
  engine.upsertCapability(millingChatter);
  for (let index = 0; index < 30; index++) {
    engine.upsertCapability({
      id: `recycling-${index}`,
      language: 'pl',
      title: `Recykling tworzyw ${index}`,
      description: 'Sortowanie folii i przetwarzanie odpadów tworzyw sztucznych.',
      place,
    });
  }
  const pair = engine.score('weld-need', 'chatter-capability', '2026-12-03');
  const factor = (name: string) => pair.factors.find((item) => item.name === name)!;

  it('is not proposed however well TRL, collaboration and place fit', () => {
    expect(factor('trl').value).toBe(1);
    expect(factor('collaboration').value).toBe(1);
    expect(factor('geography').value).toBe(1);
    expect(engine.proposal('weld-need', 'chatter-capability', '2026-12-03')).toBeUndefined();
    expect(pair.score).toBeLessThan(defaultMatchingConfig.threshold / 2);
  });

  it('shares no generic word of research as a subject', () => {
    expect(factor('topic').value).toBeLessThan(defaultMatchingConfig.minimumTopic);
    const shared = pair.sharedTerms.join(' ');
    expect(shared).not.toMatch(/research|analisi|compon|element/);
  });

  it('lets the structured factors count only as far as the subjects fit', () => {
    const relevance = Math.min(1, factor('topic').value / defaultMatchingConfig.relevantTopic);
    expect(factor('trl').contribution).toBeCloseTo(factor('trl').weight * relevance, 10);
    expect(pair.factors.reduce((sum, item) => sum + item.contribution, 0)).toBeCloseTo(
      pair.score,
      10,
    );
  });
});
