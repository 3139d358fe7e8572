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
});
