/** Where an imported value came from: a kind of source and the ids of the records it read. */
export interface ImportSource {
  kind:
    | 'WORK_TITLE'
    | 'WORK_ABSTRACTS'
    | 'WORK_TOPICS_AND_KEYWORDS'
    | 'WORK_DOIS'
    | 'INSTITUTION'
    | 'ORCID_KEYWORDS'
    | 'ORCID_WORKS'
    | 'ORCID_EMPLOYMENT';
  ids: string[];
}

export const importableFields = [
  'title',
  'summary',
  'description',
  'expertiseKeywords',
  'publications',
] as const;
export type ImportableField = (typeof importableFields)[number];

export interface ImportedValue<T = string | string[]> {
  value: T;
  sources: ImportSource[];
}

/**
 * A capability's last import: each field as it was proposed (so a later import can tell the
 * fields the researcher edited since, which it leaves alone) and the organisation the sources
 * name, shown beside the researcher's own.
 */
export interface ImportedFields {
  importedAt: string;
  orcidId: string | null;
  fields: Partial<Record<ImportableField, ImportedValue>>;
  organization: ImportedValue<{ name: string; ror: string | null }> | null;
}

const same = (a: string | string[], b: string | string[]) =>
  JSON.stringify(a) === JSON.stringify(b);

export interface FieldChange {
  field: ImportableField;
  before: string | string[];
  after: string | string[];
  /** False when the researcher edited the field since the last import: it is left as it is. */
  applied: boolean;
}

/**
 * What a new import does to a capability: each field the researcher has not edited since the
 * last import (it still holds what that import proposed) takes the new proposal; the others
 * stay, and are reported so the researcher can take the proposal by hand. A capability typed
 * by hand, never imported into, only has its empty fields filled.
 */
export function mergeImport(
  current: Record<ImportableField, string | string[]>,
  previous: ImportedFields | null,
  proposed: ImportedFields,
): { values: Partial<Record<ImportableField, string | string[]>>; changes: FieldChange[] } {
  const values: Partial<Record<ImportableField, string | string[]>> = {};
  const changes: FieldChange[] = [];
  for (const field of importableFields) {
    const next = proposed.fields[field];
    if (!next || same(next.value, current[field])) continue;
    const last = previous?.fields[field];
    // Before any import, only an empty field is the import's to fill.
    const untouched = previous
      ? last !== undefined && same(last.value, current[field])
      : current[field].length === 0;
    if (untouched) values[field] = next.value;
    changes.push({ field, before: current[field], after: next.value, applied: untouched });
  }
  return { values, changes };
}
