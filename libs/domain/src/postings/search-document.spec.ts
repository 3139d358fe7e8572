import { buildSearchDocument, buildSearchQuery } from './search-document';

describe('search documents', () => {
  it('weights each field and merges positions of repeated stems', () => {
    const document = buildSearchDocument(
      [
        { text: 'Obróbka skrawaniem', weight: 'A' },
        { text: 'obróbki stopów tytanu', weight: 'D' },
      ],
      'pl',
    );
    expect(document).toMatch(/'obrobk':1A,3D/);
    expect(document).toMatch(/'tytan':5D/);
  });

  it('builds a query that accepts either language stem of each word', () => {
    expect(buildSearchQuery('powłoki coatings')).toMatch(
      /^\('.+'( \| '.+')?\) & \('.+'( \| '.+')?\)$/,
    );
    expect(buildSearchQuery('  the i  ')).toBeNull();
  });

  /** What PostgreSQL's `@@` answers for these two literals: every word group meets the document. */
  const finds = (query: string, text: string, language: 'pl' | 'en') => {
    const lexemes = new Set(
      [...buildSearchDocument([{ text, weight: 'A' }], language).matchAll(/'([^']+)'/g)].map(
        (match) => match[1],
      ),
    );
    return buildSearchQuery(query)!
      .split(' & ')
      .every((group) => [...group.matchAll(/'([^']+)'/g)].some((match) => lexemes.has(match[1]!)));
  };

  it.each([
    ['odlewanie aluminium', 'Aluminium die casting with low porosity', 'en'],
    ['aluminium casting', 'Odlewanie ciśnieniowe aluminium', 'pl'],
    ['porosity', 'Porowatość odlewów aluminiowych', 'pl'],
    ['milling', 'Frezowanie stopów tytanu', 'pl'],
    ['titanium', 'Frezowanie stopów tytanu', 'pl'],
    ['frezowanie', 'High-speed milling of hardened steel', 'en'],
    ['powłoki', 'PVD coatings against tool wear', 'en'],
  ] as const)('finds %p in “%s” (%s)', (query, text, language) => {
    expect(finds(query, text, language)).toBe(true);
  });

  it('keeps unrelated subjects apart across languages', () => {
    expect(finds('kompozyty', 'High-speed milling of hardened steel', 'en')).toBe(false);
    expect(finds('welding', 'Frezowanie stopów tytanu', 'pl')).toBe(false);
  });
});
