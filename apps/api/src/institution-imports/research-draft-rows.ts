import type { ImportedFields } from '@app/domain';
import { importedFieldModels } from '../capability-imports/imported-field-models';
import type { ResearchDraftModel } from './models/institution-import.model';

/** Selected from `research_drafts d`, `organizations o` and the assigned `users u`. */
export const researchDraftColumns = `d.id, d.display_name, d.orcid_id, d.language,
  d.imported_fields, d.claimed_at, o.name AS organization_name, u.email AS assigned_email`;

export function researchDraftModel(
  row: Record<string, any>,
  { withEmail }: { withEmail: boolean },
): ResearchDraftModel {
  const imported = row.imported_fields as ImportedFields;
  return {
    id: row.id,
    displayName: row.display_name,
    orcidId: row.orcid_id,
    title: String(imported.fields.title?.value ?? ''),
    organizationName: row.organization_name,
    language: row.language,
    fields: importedFieldModels(imported),
    assignedEmail: withEmail ? (row.assigned_email ?? null) : null,
    claimedAt: row.claimed_at,
  };
}
