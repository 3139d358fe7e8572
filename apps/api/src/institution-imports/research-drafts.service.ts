import { forbidden, notFound, UserRole } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { CapabilitiesService } from '../capabilities/capabilities.service';
import type { CapabilityModel } from '../capabilities/models/capability.model';
import { draftCapabilityValues } from '../capability-imports/draft-values';
import type { ResearchDraftModel } from './models/institution-import.model';
import { researchDraftColumns, researchDraftModel } from './research-draft-rows';

/** Drafts for this researcher: made for their verified ORCID iD, or offered to them by e-mail. */
const waitingFor = `d.claimed_at IS NULL AND (d.assigned_user_id = $1
  OR d.orcid_id = (SELECT orcid_id FROM users WHERE id = $1))`;

/** A researcher's side of an institution's drafts: seeing those waiting for them, and claiming. */
@Injectable()
export class ResearchDraftsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly capabilities: CapabilitiesService,
  ) {}

  async waiting(viewer: Viewer): Promise<ResearchDraftModel[]> {
    if (viewer.role !== UserRole.RESEARCHER) return [];
    const rows = await this.dataSource.query(
      `SELECT ${researchDraftColumns} FROM research_drafts d
       JOIN organizations o ON o.id = d.organization_id
       LEFT JOIN users u ON u.id = d.assigned_user_id
       WHERE ${waitingFor} ORDER BY d.updated_at DESC`,
      [viewer.id],
    );
    return rows.map((row: Record<string, unknown>) =>
      researchDraftModel(row, { withEmail: false }),
    );
  }

  /** The draft becomes the researcher's own draft capability, once: a second claim is NOT_FOUND. */
  async claim(viewer: Viewer, draftId: string): Promise<CapabilityModel> {
    if (viewer.role !== UserRole.RESEARCHER) {
      throw forbidden('Only researchers claim a drafted capability');
    }
    const [draft] = (await this.dataSource.query(
      `SELECT d.id, d.language, d.imported_fields FROM research_drafts d
       WHERE d.id = $2 AND ${waitingFor}`,
      [viewer.id, draftId],
    )) as { id: string; language: string; imported_fields: any }[];
    if (!draft) throw notFound('ResearchDraft', draftId);
    return this.capabilities.createImported(
      draftCapabilityValues(draft.imported_fields, draft.language),
      draft.imported_fields,
      viewer,
      async (manager, capability) => {
        const [, claimed] = await manager.query(
          `UPDATE research_drafts SET claimed_at = now(), capability_id = $2, updated_at = now()
           WHERE id = $1 AND claimed_at IS NULL`,
          [draft.id, capability.id],
        );
        // A concurrent claim got there first: this one's capability is not made.
        if (claimed === 0) throw notFound('ResearchDraft', draftId);
      },
    );
  }
}
