import { conceptTerms, prefixMarker } from './concepts';
import { lexiconSize } from './crosslingual/lexicon';

const keys = (text: string, language: 'pl' | 'en') =>
  new Set(
    conceptTerms(text, language)
      .filter((t) => !t.key.startsWith(prefixMarker))
      .map((t) => t.key),
  );

const shareKey = (polish: string, english: string) => {
  const english_ = keys(english, 'en');
  return [...keys(polish, 'pl')].some((key) => english_.has(key));
};

describe('cross-lingual concept keys', () => {
  it.each([
    ['symulacja', 'simulation'],
    ['symulacji', 'simulations'],
    ['konfiguracja', 'configuration'],
    ['magnetyczny', 'magnetic'],
    ['kompozytów', 'composites'],
    ['elektronika', 'electronics'],
    ['technologii', 'technology'],
    ['materiału', 'material'],
    ['optymalizacja', 'optimization'],
    ['organizacji', 'organisation'],
  ])('connects the cognates %s and %s', (polish, english) => {
    expect(shareKey(polish, english)).toBe(true);
  });

  it.each([
    ['obróbką skrawaniem', 'machining'],
    ['spawanie', 'welding'],
    ['łożyska', 'bearings'],
    ['powłoki', 'coatings'],
    ['zmęczenie', 'fatigue'],
    ['warstwy', 'layer'],
    ['płytki drukowanej', 'printed board'],
  ])('translates %s to %s through the lexicon', (polish, english) => {
    expect(shareKey(polish, english)).toBe(true);
  });

  it('gives every inflection of a Polish word the same keys', () => {
    expect(keys('obróbka', 'pl')).toEqual(keys('obróbki', 'pl'));
    expect(keys('spoina', 'pl')).toEqual(keys('spoinami', 'pl'));
  });

  it('does not connect unrelated words', () => {
    expect(shareKey('spawanie', 'painting')).toBe(false);
    expect(shareKey('korozja', 'welding')).toBe(false);
  });

  it('backs names up with a prefix key', () => {
    const polish = conceptTerms('w programie Eeschemie', 'pl').map((t) => t.key);
    const english = conceptTerms('in Eeschema', 'en').map((t) => t.key);
    expect(
      polish.filter((key) => key.startsWith(prefixMarker) && english.includes(key)),
    ).toHaveLength(1);
  });

  it('has a lexicon of several hundred Polish stems', () => {
    expect(lexiconSize()).toBeGreaterThan(500);
  });
});
