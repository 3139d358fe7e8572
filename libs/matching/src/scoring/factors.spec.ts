import type { CapabilityProfile, NeedProfile } from '../profiles';
import { collaborationFit, feasibility, geographyFit, sectorsOverlap, trlFit } from './factors';

const need = (fields: Partial<NeedProfile> = {}): NeedProfile => ({
  id: 'n',
  language: 'en',
  title: '',
  description: '',
  ...fields,
});
const capability = (fields: Partial<CapabilityProfile> = {}): CapabilityProfile => ({
  id: 'c',
  language: 'en',
  title: '',
  description: '',
  ...fields,
});

describe('TRL fit', () => {
  const range = need({ trlMin: 4, trlMax: 6 });
  it('is full inside the range', () => {
    expect(trlFit(range, capability({ trl: 4 }))).toBe(1);
    expect(trlFit(range, capability({ trl: 6 }))).toBe(1);
  });
  it('decays outside, faster for too early a stage', () => {
    expect(trlFit(range, capability({ trl: 3 }))).toBeCloseTo(0.7);
    expect(trlFit(range, capability({ trl: 7 }))).toBeCloseTo(0.85);
    expect(trlFit(range, capability({ trl: 1 }))).toBeCloseTo(0.1);
    expect(trlFit(range, capability({ trl: 9 }))).toBeLessThan(
      trlFit(range, capability({ trl: 7 }))!,
    );
  });
  it('is neutral without a TRL on either side', () => {
    expect(trlFit(need(), capability({ trl: 5 }))).toBeUndefined();
    expect(trlFit(range, capability())).toBeUndefined();
  });
});

describe('collaboration fit', () => {
  it('is zero when nothing the firm wants is offered', () => {
    expect(
      collaborationFit(
        need({ collaborationTypes: ['LICENSING'] }),
        capability({ collaborationTypes: ['CONSULTING'] }),
      ),
    ).toBe(0);
  });
  it('grows with the share of wanted types offered', () => {
    const wanted = need({ collaborationTypes: ['CONTRACT_RESEARCH', 'RD_COOPERATION'] });
    expect(
      collaborationFit(wanted, capability({ collaborationTypes: ['CONTRACT_RESEARCH'] })),
    ).toBeCloseTo(0.8);
    expect(
      collaborationFit(
        wanted,
        capability({ collaborationTypes: ['CONTRACT_RESEARCH', 'RD_COOPERATION'] }),
      ),
    ).toBe(1);
  });
  it('is neutral when a side says nothing', () => {
    expect(
      collaborationFit(need(), capability({ collaborationTypes: ['CONSULTING'] })),
    ).toBeUndefined();
  });
});

describe('geography', () => {
  const lublin = { city: 'Lublin', region: 'lubelskie', country: 'PL' };
  it('prefers the same city, then region, then country', () => {
    const values = [
      geographyFit(need({ place: lublin }), capability({ place: { ...lublin, city: 'lublin' } })),
      geographyFit(
        need({ place: lublin }),
        capability({ place: { city: 'Świdnik', region: 'lubelskie', country: 'PL' } }),
      ),
      geographyFit(
        need({ place: lublin }),
        capability({ place: { city: 'Radom', region: 'mazowieckie', country: 'PL' } }),
      ),
      geographyFit(
        need({ place: lublin }),
        capability({ place: { city: 'Brno', region: 'Jihomoravský', country: 'CZ' } }),
      ),
    ];
    expect(values).toEqual([...values].sort((a, b) => b! - a!));
    expect(values[0]).toBe(1);
  });
});

describe('feasibility', () => {
  it('falls as the deadline nears and is zero once it passed', () => {
    const at = (deadline: string) => feasibility(need({ deadline }), capability(), '2026-11-26');
    expect(at('2027-06-01')).toBe(1);
    expect(at('2027-01-10')).toBeLessThan(1);
    expect(at('2026-12-01')).toBe(0.3);
    expect(at('2026-11-01')).toBe(0);
  });
  it('doubts budgets below what the shared collaboration usually costs', () => {
    const small = need({
      budget: { max: 5000, currency: 'PLN' },
      collaborationTypes: ['RD_COOPERATION'],
    });
    const large = need({
      budget: { max: 20000, currency: 'EUR' },
      collaborationTypes: ['RD_COOPERATION'],
    });
    const lab = capability({ collaborationTypes: ['RD_COOPERATION'] });
    expect(feasibility(small, lab, '2026-11-26')).toBeLessThan(0.5);
    expect(feasibility(large, lab, '2026-11-26')).toBe(1);
  });
  it('is neutral without deadline or budget', () => {
    expect(feasibility(need(), capability(), '2026-11-26')).toBeUndefined();
  });
});

describe('sectors', () => {
  it('accepts ancestors and codes of one division', () => {
    expect(sectorsOverlap(['C29'], ['C29.32'])).toBe(1);
    expect(sectorsOverlap(['C29.10'], ['C29.32'])).toBe(1);
    expect(sectorsOverlap(['C29.10'], ['C25.62'])).toBe(0);
    expect(sectorsOverlap([], ['C25.62'])).toBeUndefined();
  });
});
