import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openAlexWorksPage } from '../openalex/openalex-client';
import { readOrcidRecord } from '../orcid/orcid-record';
import { draftResearchProfile, openAlexAuthorOf } from './profile-draft';

const fixture = (path: string) => JSON.parse(readFileSync(join(__dirname, '..', path), 'utf8'));
const orcidId = '0000-0002-1825-0097';
const works = openAlexWorksPage(fixture('openalex/fixtures/works-page.json')).results;
const record = readOrcidRecord(fixture('orcid/fixtures/record.json'), orcidId);
const importedAt = new Date('2026-12-04T10:00:00Z');

describe('draftResearchProfile', () => {
  const draft = draftResearchProfile(orcidId, record, works, importedAt)!;
  const { fields, organization } = draft.imported;

  it('finds the OpenAlex author by the ORCID iD their works give', () => {
    expect(openAlexAuthorOf(orcidId, works)).toBe('https://openalex.org/A5000000001');
    expect(openAlexAuthorOf('0000-0001-5109-3700', works)).toBeNull();
  });

  it('takes the title and summary from the works, naming the works', () => {
    expect(draft.language).toBe('en');
    expect(fields.title!.sources[0]!.kind).toBe('WORK_TITLE');
    expect(fields.summary!.sources[0]!.ids.length).toBeGreaterThan(0);
    expect(fields.description!.value).toContain(fields.summary!.value as string);
    expect(fields.description!.value).toContain('Selected publications:');
  });

  it("puts the researcher's own ORCID keywords before the works' topics, each once", () => {
    const keywords = fields.expertiseKeywords!.value as string[];
    expect(keywords.slice(0, record.keywords.length)).toEqual(
      record.keywords.slice(0, keywords.length),
    );
    expect(new Set(keywords.map((keyword) => keyword.toLowerCase())).size).toBe(keywords.length);
    expect(fields.expertiseKeywords!.sources.map(({ kind }) => kind)).toContain('ORCID_KEYWORDS');
  });

  it('lists the DOIs of both sources once, and the employer ORCID names as the organisation', () => {
    const dois = fields.publications!.value as string[];
    expect(new Set(dois).size).toBe(dois.length);
    for (const work of record.works.filter((work) => work.doi)) expect(dois).toContain(work.doi);
    expect(organization).toEqual({
      value: { name: record.employer!.name, ror: record.employer!.ror },
      sources: [{ kind: 'ORCID_EMPLOYMENT', ids: [orcidId] }],
    });
  });

  it('falls back to the institution of the works without a record, and drafts nothing from no works', () => {
    const withoutRecord = draftResearchProfile(orcidId, null, works, importedAt)!;
    expect(withoutRecord.imported.organization!.sources[0]!.kind).toBe('INSTITUTION');
    expect(draftResearchProfile(orcidId, record, [], importedAt)).toBeNull();
    expect(draftResearchProfile('0000-0001-5109-3700', record, works, importedAt)).toBeNull();
  });
});
