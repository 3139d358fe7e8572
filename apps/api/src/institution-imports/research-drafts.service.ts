import { forbidden, type ImportedFields, notFound, UserRole } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { CapabilitiesService } from '../capabilities/capabilities.service';
import type { CapabilityModel } from '../capabilities/models/capability.model';
import { draftCapabilityValues } from '../capability-imports/draft-values';
import type { ResearchDraftModel } from './models/institution-import.model';
import { researchDraftModel } from './research-draft-rows';

/** A researcher's side of an institution's drafts: seeing those waiting for them, and claiming. */
@Injectable()
export class ResearchDraftsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly capabilities: CapabilitiesService,
  ) {}

  async waiting(viewer: Viewer): Promise<ResearchDraftModel[]> {
    if (viewer.role !== UserRole.RESEARCHER) return [];
    // Waiting for this researcher: made for their verified ORCID iD, or offered to them by e-mail.
    const rows = await this.dataSource.sql<
      {
        id: string;
        display_name: string;
        orcid_id: string | null;
        language: string;
        imported_fields: ImportedFields;
        claimed_at: Date | null;
        organization_name: string;
        assigned_email: string | null;
      }[]
    >`SELECT d.id, d.display_name, d.orcid_id, d.language,
         d.imported_fields, d.claimed_at, o.name AS organization_name, u.email AS assigned_email
       FROM research_drafts d
       JOIN organizations o ON o.id = d.organization_id
       LEFT JOIN users u ON u.id = d.assigned_user_id
       WHERE d.claimed_at IS NULL AND (d.assigned_user_id = ${viewer.id}::uuid
         OR d.orcid_id = (SELECT orcid_id FROM users WHERE id = ${viewer.id}::uuid))
       ORDER BY d.updated_at DESC`;
    return rows.map((row) => researchDraftModel(row, { withEmail: false }));
  }

  /** The draft becomes the researcher's own draft capability, once: a second claim is NOT_FOUND. */
  async claim(viewer: Viewer, draftId: string): Promise<CapabilityModel> {
    if (viewer.role !== UserRole.RESEARCHER) {
      throw forbidden('Only researchers claim a drafted capability');
    }
    const [draft] = await this.dataSource.sql<
      { id: string; language: string; imported_fields: ImportedFields }[]
    >`SELECT d.id, d.language, d.imported_fields
       FROM research_drafts d
       WHERE d.id = ${draftId}::uuid AND d.claimed_at IS NULL AND (d.assigned_user_id = ${viewer.id}::uuid
         OR d.orcid_id = (SELECT orcid_id FROM users WHERE id = ${viewer.id}::uuid))`;
    if (!draft) throw notFound('ResearchDraft', draftId);
    return this.capabilities.createImported(
      draftCapabilityValues(draft.imported_fields, draft.language),
      draft.imported_fields,
      viewer,
      async (manager, capability) => {
        const claimed = await manager.sql<{ id: string }[]>`WITH claimed AS (
             UPDATE research_drafts SET claimed_at = now(), capability_id = ${capability.id}::uuid,
               updated_at = now()
             WHERE id = ${draft.id}::uuid AND claimed_at IS NULL RETURNING id)
           SELECT id FROM claimed`;
        // A concurrent claim got there first: this one's capability is not made.
        if (claimed.length === 0) throw notFound('ResearchDraft', draftId);
      },
    );
  }
}
