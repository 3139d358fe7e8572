import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftCapabilityFromWorks } from './capability-draft';
import {
  abstractText,
  bareDoi,
  bareOrcid,
  type OpenAlexPage,
  type OpenAlexWork,
} from './openalex-work';

/** A works page as the API returns it, of invented researchers (fixtures/works-page.json). */
const page: OpenAlexPage<OpenAlexWork> = JSON.parse(
  readFileSync(join(__dirname, 'fixtures/works-page.json'), 'utf8'),
);
const author = 'https://openalex.org/A5000000001';

describe('OpenAlex works', () => {
  it('puts an inverted abstract back in order, leaving out positions no word claims', () => {
    expect(abstractText({ fatigue: [1], The: [0], life: [2, 4], of: [3] })).toBe(
      'The fatigue life of life',
    );
    expect(abstractText({ a: [0], c: [2] })).toBe('a c');
    expect(abstractText(null)).toBe('');
    expect(abstractText({ bad: [-1, 1.5, 10_000_000] })).toBe('');
  });

  it('reads DOIs and ORCID iDs from their URLs', () => {
    expect(bareDoi('https://doi.org/10.5555/EXAMPLE.2024.1')).toBe('10.5555/example.2024.1');
    expect(bareDoi('not a doi')).toBeNull();
    expect(bareOrcid('https://orcid.org/0000-0002-1825-009x')).toBe('0000-0002-1825-009X');
    expect(bareOrcid(null)).toBeNull();
  });
});

describe('a capability drafted from a researcher’s works', () => {
  const draft = draftCapabilityFromWorks(author, page.results)!;

  it('is in the language most of the works are in', () => {
    expect(draft.language).toBe('en');
  });

  it('takes the title of the work that shares most subjects with the others', () => {
    expect(draft.title.value).toBe(
      'Residual stresses and fatigue cracks at the weld toe of high-strength steel joints',
    );
    expect(draft.title.source).toEqual({
      kind: 'WORK_TITLE',
      ids: ['https://openalex.org/W9000000002'],
    });
  });

  it('summarises with the author’s own sentences, one per work, within the summary limit', () => {
    const { value, source } = draft.summary;
    expect(value.length).toBeLessThanOrEqual(500);
    expect(source.ids.length).toBeGreaterThanOrEqual(2);
    expect(new Set(source.ids).size).toBe(source.ids.length);
    const abstracts = page.results.map((work) => abstractText(work.abstract_inverted_index));
    for (const sentence of value.match(/[^.]+\./g)!) {
      expect(abstracts.some((abstract) => abstract.includes(sentence.trim()))).toBe(true);
    }
    expect(value).toMatch(/fatigue life/);
    // The Polish work's sentences stay out of an English draft.
    expect(value).not.toMatch(/połączeń/);
  });

  it('proposes expertise from the topics and keywords scored highest across the works', () => {
    expect(draft.expertiseKeywords.value[0]).toBe('Fatigue of welded structures');
    expect(draft.expertiseKeywords.value).toContain('Digital image correlation');
    expect(draft.expertiseKeywords.value).toHaveLength(5);
    // "Digital image correlation" is both a topic and a keyword: named once.
    expect(new Set(draft.expertiseKeywords.value.map((name) => name.toLowerCase())).size).toBe(5);
  });

  it('lists the DOIs newest first and names the institution the author gave most', () => {
    expect(draft.publications.value).toEqual([
      '10.5555/example.2024.1',
      '10.5555/example.2023.2',
      '10.5555/example.2022.3',
    ]);
    expect(draft.organization).toEqual({
      value: {
        name: 'Politechnika Przykładowa',
        ror: 'https://ror.org/02pq7ke47',
        countryCode: 'PL',
      },
      source: { kind: 'INSTITUTION', ids: ['https://openalex.org/I4000000001'] },
    });
  });

  it('drafts in Polish from a researcher who writes mostly in Polish, and nothing from none', () => {
    const polish = page.results.map((work) => ({ ...work, language: 'pl' }));
    expect(draftCapabilityFromWorks(author, polish)!.language).toBe('pl');
    expect(draftCapabilityFromWorks(author, [])).toBeNull();
    expect(
      draftCapabilityFromWorks(
        author,
        page.results.map((work) => ({ ...work, language: 'de' })),
      ),
    ).toBeNull();
  });
});
