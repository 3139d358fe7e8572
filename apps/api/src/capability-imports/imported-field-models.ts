import { type ImportedFields, importableFields } from '@app/domain';
import type { ImportedFieldModel } from './models/capability-import.model';

/** A text field as the one-item list the schema gives every value as. */
export const asList = (value: string | string[]) => (Array.isArray(value) ? value : [value]);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What an import proposed, field by field with its sources; `current`, the capability as it is
 * now, tells which fields its researcher has edited since (a draft not yet claimed has none).
 */
export function importedFieldModels(
  imported: ImportedFields,
  current?: Record<string, unknown>,
): ImportedFieldModel[] {
  return importableFields.flatMap((field) => {
    const proposal = imported.fields[field];
    if (!proposal) return [];
    const edited = current !== undefined && !same(proposal.value, current[field]);
    return [{ field, value: asList(proposal.value), sources: proposal.sources, edited }];
  });
}
