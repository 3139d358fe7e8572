import { type ImportedFields, mergeImport } from './imported-fields';

const imported = (fields: ImportedFields['fields']): ImportedFields => ({
  importedAt: '2026-12-01T10:00:00Z',
  orcidId: '0000-0002-1825-0097',
  fields,
  organization: null,
});
const source = [{ kind: 'WORK_TITLE' as const, ids: ['https://openalex.org/W1'] }];
const current = {
  title: 'Fatigue of welded joints',
  summary: 'My own words.',
  description: '',
  expertiseKeywords: ['fatigue'],
  publications: ['10.5555/a'],
};

describe('mergeImport', () => {
  it('updates the fields unedited since the last import and reports the edited ones', () => {
    const previous = imported({
      title: { value: 'Fatigue of welded joints', sources: source },
      summary: { value: 'What the works said.', sources: source },
      publications: { value: ['10.5555/a'], sources: source },
    });
    const next = imported({
      title: { value: 'Fatigue life of welded joints', sources: source },
      summary: { value: 'What the newer works say.', sources: source },
      publications: { value: ['10.5555/b', '10.5555/a'], sources: source },
    });
    const { values, changes } = mergeImport(current, previous, next);
    expect(values).toEqual({
      title: 'Fatigue life of welded joints',
      publications: ['10.5555/b', '10.5555/a'],
    });
    expect(changes).toEqual([
      {
        field: 'title',
        before: 'Fatigue of welded joints',
        after: 'Fatigue life of welded joints',
        applied: true,
      },
      {
        field: 'summary',
        before: 'My own words.',
        after: 'What the newer works say.',
        applied: false,
      },
      {
        field: 'publications',
        before: ['10.5555/a'],
        after: ['10.5555/b', '10.5555/a'],
        applied: true,
      },
    ]);
  });

  it('reports nothing when the sources say what the capability already holds', () => {
    const same = imported({ title: { value: current.title, sources: source } });
    expect(mergeImport(current, same, same)).toEqual({ values: {}, changes: [] });
  });

  it('fills only the empty fields of a capability never imported into', () => {
    const next = imported({
      title: { value: 'Another title', sources: source },
      description: { value: 'From the works.', sources: source },
    });
    const { values, changes } = mergeImport(current, null, next);
    expect(values).toEqual({ description: 'From the works.' });
    expect(changes.map(({ field, applied }) => [field, applied])).toEqual([
      ['title', false],
      ['description', true],
    ]);
  });
});
