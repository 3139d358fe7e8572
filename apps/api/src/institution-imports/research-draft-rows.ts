import type { ImportedFields, Language } from '@app/domain';
import { importedFieldModels } from '../capability-imports/imported-field-models';
import type { ResearchDraftModel } from './models/institution-import.model';

/** A draft as selected from `research_drafts d`, `organizations o` and the assigned `users u`. */
export interface ResearchDraftRow {
  id: string;
  display_name: string;
  orcid_id: string | null;
  language: Language | string;
  imported_fields: ImportedFields;
  claimed_at: Date | null;
  organization_name: string;
  assigned_email: string | null;
}

export function researchDraftModel(
  row: ResearchDraftRow,
  { withEmail }: { withEmail: boolean },
): ResearchDraftModel {
  const imported = row.imported_fields;
  return {
    id: row.id,
    displayName: row.display_name,
    orcidId: row.orcid_id,
    title: String(imported.fields.title?.value ?? ''),
    organizationName: row.organization_name,
    language: row.language,
    fields: importedFieldModels(imported),
    assignedEmail: withEmail ? row.assigned_email : null,
    claimedAt: row.claimed_at,
  };
}
