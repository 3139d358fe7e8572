import { MatchingEngine } from '../engine';
import type { CapabilityProfile, NeedProfile } from '../profiles';
import { explain } from './reasons';

const need: NeedProfile = {
  id: 'n',
  language: 'pl',
  title: 'Powłoki ograniczające zużycie frezów',
  description: 'Szukamy powłok PVD, które zmniejszą zużycie narzędzi przy obróbce tytanu.',
  trlMin: 4,
  trlMax: 7,
  collaborationTypes: ['CONTRACT_RESEARCH'],
  place: { city: 'Świdnik', region: 'lubelskie', country: 'PL' },
};
const capability: CapabilityProfile = {
  id: 'c',
  language: 'en',
  title: 'PVD coatings against tool wear',
  description: 'We develop wear-resistant coatings for cutting tools used on titanium.',
  trl: 8,
  collaborationTypes: ['CONTRACT_RESEARCH', 'CONSULTING'],
  place: { city: 'Lublin', region: 'lubelskie', country: 'PL' },
};

describe('match explanations', () => {
  const engine = new MatchingEngine();
  engine.upsertNeed(need);
  engine.upsertCapability(capability);
  const explanation = explain(engine.score('n', 'c', '2026-11-26'), need, capability);

  it('pairs the words each side used for a shared subject, Polish in its dictionary form', () => {
    expect(explanation.matchedTerms).toEqual(expect.arrayContaining(['powłoka ↔ coatings']));
  });

  it('cites shared subjects in their dictionary form, not as a title inflected them', () => {
    const inspection: NeedProfile = {
      ...need,
      id: 'n2',
      title: 'Automatyzacja inspekcji jakości spoin',
      description: 'Szukamy metody kontroli jakości spoin w produkcji ram.',
    };
    const weldLab: CapabilityProfile = {
      ...capability,
      id: 'c2',
      title: 'Weld quality inspection',
      description: 'Automated inspection of weld quality with machine vision.',
    };
    engine.upsertNeed(inspection);
    engine.upsertCapability(weldLab);
    const { reasonForResearcher, matchedTerms } = explain(
      engine.score('n2', 'c2', '2026-11-26'),
      inspection,
      weldLab,
    );
    expect(matchedTerms).toEqual(
      expect.arrayContaining(['inspekcja ↔ inspection', 'jakość ↔ quality', 'spoina ↔ weld']),
    );
    expect(reasonForResearcher.pl).not.toMatch(/inspekcji|jakości|spoin\b/);
  });

  it('tells the firm, in Polish and English, about topics, TRL, collaboration and distance', () => {
    expect(explanation.reasonForFirm.en).toMatch(
      /^Shared topics: .*coatings.*\. TRL 8 is above your range 4–7; the team offers contract research; the partner is in the same region\.$/,
    );
    expect(explanation.reasonForFirm.pl).toMatch(
      /^Wspólne tematy: .*\. TRL 8 jest powyżej zakresu 4–7, którego szukasz; zespół oferuje badania na zlecenie; partner jest w tym samym regionie\.$/,
    );
  });

  it('tells the researcher in their terms, quoting the need’s words', () => {
    expect(explanation.reasonForResearcher.en).toMatch(
      /^Shared topics: .*powłoka.*Your TRL 8 is above the firm's range 4–7; the firm wants contract research, which you offer/,
    );
    expect(explanation.reasonForResearcher.pl).toContain(
      'Twoje TRL 8 jest powyżej zakresu 4–7 wskazanego przez firmę',
    );
  });

  it('never names a city', () => {
    expect(JSON.stringify(explanation)).not.toMatch(/Świdnik|Lublin/);
  });
});

describe('an anonymous poster’s place', () => {
  const places = [
    capability.place,
    { city: 'Lublin', region: 'mazowieckie', country: 'PL' },
    { city: 'Radom', region: 'lubelskie', country: 'PL' },
    { city: 'Kraków', region: 'małopolskie', country: 'PL' },
    { city: 'Kyiv', region: 'Kyiv', country: 'UA' },
    undefined,
  ];
  /** Everything the other side could read from a match: score, factors, order, reasons. */
  const seenFor = (anonymousNeed: NeedProfile, anonymousCapability: CapabilityProfile) => {
    const engine = new MatchingEngine();
    engine.upsertNeed(anonymousNeed);
    engine.upsertCapability(anonymousCapability);
    const pair = engine.score('n', 'c', '2026-11-26');
    return JSON.stringify({ pair, explanation: explain(pair, anonymousNeed, anonymousCapability) });
  };

  it.each(['need', 'capability'] as const)(
    'of an anonymous %s shapes no score, factor or reason',
    (side) => {
      const seen = places.map((place) =>
        side === 'need'
          ? seenFor({ ...need, visibility: 'ANONYMOUS', place }, capability)
          : seenFor(need, { ...capability, visibility: 'ANONYMOUS', place }),
      );
      expect(new Set(seen).size).toBe(1);
      expect(seen[0]).not.toMatch(/geography|same (city|region|country)|abroad|tym samym|granicą/);
    },
  );

  it('still counts for postings that show their poster', () => {
    const seen = places.map((place) => seenFor({ ...need, place }, capability));
    expect(new Set(seen).size).toBeGreaterThan(1);
  });
});
