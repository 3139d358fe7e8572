import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openAlexWorksPage } from '../openalex/openalex-client';
import { InstitutionAuthors } from './institution-authors';

const works = openAlexWorksPage(
  JSON.parse(readFileSync(join(__dirname, '../openalex/fixtures/works-page.json'), 'utf8')),
).results;
const ror = 'https://ror.org/02pq7ke47';
const importedAt = new Date('2026-12-04T10:00:00Z');

describe('InstitutionAuthors', () => {
  it('drafts one profile per author who gave the institution, with their ORCID iD and name', () => {
    const authors = new InstitutionAuthors(ror);
    authors.add(works.slice(0, 2));
    authors.add(works.slice(2));
    // A page read twice (a retried request) counts its works once.
    authors.add(works.slice(0, 1));
    const drafts = [...authors.drafts(importedAt)];
    // The co-author gave another institution on every work.
    expect(drafts.map((draft) => draft.openAlexAuthorId)).toEqual([
      'https://openalex.org/A5000000001',
    ]);
    const main = drafts.find(
      (draft) => draft.openAlexAuthorId === 'https://openalex.org/A5000000001',
    )!;
    expect(main.orcidId).toBe('0000-0002-1825-0097');
    expect(main.displayName.length).toBeGreaterThan(3);
    expect(main.imported.fields.title!.sources[0]!.kind).toBe('WORK_TITLE');
    expect(main.imported.organization!.sources[0]!.kind).toBe('INSTITUTION');
    expect(authors.workCount).toBe(works.length);
  });

  it('leaves out co-authors at other institutions, whatever the ROR id looks like', () => {
    const elsewhere = new InstitutionAuthors('https://ror.org/0000000000');
    elsewhere.add(works);
    expect(elsewhere.authorCount).toBe(0);
    expect([...elsewhere.drafts(importedAt)]).toEqual([]);
    const bare = new InstitutionAuthors('02PQ7KE47');
    bare.add(works);
    expect(bare.authorCount).toBeGreaterThan(0);
  });
});
