import { present } from '@app/database';
import { ENV, type Env } from '@app/config';
import {
  AccountEmailKind,
  conflict,
  type ImportedFields,
  InstitutionImportStatus,
  invalidInput,
  Language,
  notFound,
  OrganizationKind,
  UserRole,
} from '@app/domain';
import {
  type ClaimProblem,
  openAlexWorksPage,
  readClaimRows,
  readSheet,
  sendAccountEmails,
  SheetFault,
  jsonFile,
} from '@app/imports';
import { importJob, recordOutboxJob } from '@app/queue';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { assertManagesCluster, managesCluster } from '../auth/policy';
import type { Viewer } from '../auth/viewer';
import { UploadsService } from '../member-imports/uploads.service';
import { fromSource } from '../capability-imports/source-faults';
import type { ImportInstitutionInput } from './dto/import-institution.input';
import type {
  DraftClaimInvitationsModel,
  InstitutionImportModel,
  ResearchDraftModel,
} from './models/institution-import.model';
import { researchDraftModel } from './research-draft-rows';

const researchKinds: string[] = [OrganizationKind.UNIVERSITY, OrganizationKind.RESEARCH_INSTITUTE];

/**
 * Imports with their organisation's name and how many drafts were claimed: a cluster's newest
 * fifty, or the one with `id`.
 */
const importRows = (db: DataSource, where: { clusterId: string } | { id: string }) => {
  const clusterId = 'clusterId' in where ? where.clusterId : null;
  const id = 'id' in where ? where.id : null;
  return db.sql<
    {
      id: string;
      cluster_id: string;
      organization_id: string;
      organization_name: string;
      ror: string;
      status: InstitutionImportStatus;
      works_read: number;
      authors_found: number;
      drafts_made: number;
      drafts_claimed: number | null;
      failure: string | null;
      created_at: Date;
      finished_at: Date | null;
    }[]
  >`SELECT i.id, i.cluster_id, i.organization_id,
       o.name AS organization_name, i.ror, i.status, i.works_read, i.authors_found, i.drafts_made,
       (SELECT count(*)::int FROM research_drafts d
        WHERE d.institution_import_id = i.id AND d.claimed_at IS NOT NULL) AS drafts_claimed,
       i.failure, i.created_at, i.finished_at
     FROM institution_imports i JOIN organizations o ON o.id = i.organization_id
     WHERE i.cluster_id = COALESCE(${clusterId}::uuid, i.cluster_id)
       AND i.id = COALESCE(${id}::uuid, i.id)
     ORDER BY i.created_at DESC LIMIT 50`;
};

type ImportRow = Awaited<ReturnType<typeof importRows>>[number];

const importModel = (row: ImportRow): InstitutionImportModel => ({
  id: row.id,
  clusterId: row.cluster_id,
  organizationId: row.organization_id,
  organizationName: row.organization_name,
  ror: row.ror,
  status: row.status,
  worksRead: row.works_read,
  authorsFound: row.authors_found,
  draftsMade: row.drafts_made,
  // A scalar subquery's count: never null, though PostgreSQL cannot say so.
  draftsClaimed: row.drafts_claimed ?? 0,
  failure: row.failure,
  createdAt: row.created_at,
  finishedAt: row.finished_at,
});

/**
 * A coordinator's imports of an institution's works (drafted in the worker) and the invitations
 * to claim the drafts, for admins and the coordinators of the cluster the institution is in.
 */
@Injectable()
export class InstitutionImportsService {
  constructor(
    @Inject(ENV) private readonly env: Env,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uploads: UploadsService,
  ) {}

  async start(viewer: Viewer, input: ImportInstitutionInput): Promise<InstitutionImportModel> {
    this.assertManages(viewer, input.clusterId);
    if (input.uploadId) {
      await this.checkWorksFile(viewer, input.uploadId);
    } else if (!this.env.OPENALEX_URL) {
      throw invalidInput(
        'input.uploadId',
        'OpenAlex is not set up on this platform: upload the works as a file',
        'NO_SOURCE',
      );
    }
    const ror = `https://ror.org/${input.ror.replace(/^https:\/\/ror\.org\//, '').toLowerCase()}`;
    const id = await this.dataSource.transaction(async (manager) => {
      const [organization] = await manager.sql<
        { kind: OrganizationKind }[]
      >`SELECT o.kind FROM organizations o
         JOIN cluster_members cm ON cm.organization_id = o.id AND cm.cluster_id = ${input.clusterId}::uuid
         WHERE o.id = ${input.organizationId}::uuid`;
      if (!organization) {
        throw invalidInput('input.organizationId', 'Not a member of this cluster', 'not-a-member');
      }
      if (!researchKinds.includes(organization.kind)) {
        throw invalidInput(
          'input.organizationId',
          'Only a university or a research institute has researchers to draft for',
          'not-a-research-organization',
        );
      }
      // One import of an organisation at a time: a second would only race the first.
      await manager.sql<
        { pg_advisory_xact_lock: void | null }[]
      >`SELECT pg_advisory_xact_lock(hashtext(${`institution-import:${input.organizationId}`}))`;
      const [running] = await manager.sql<
        { '?column?': number }[]
      >`SELECT 1 FROM institution_imports WHERE organization_id = ${input.organizationId}::uuid AND status IN (${InstitutionImportStatus.QUEUED}, ${InstitutionImportStatus.RUNNING})`;
      if (running) throw conflict('This institution is being imported already', 'RUNNING');
      const [created] = await manager.sql<
        { id: string }[]
      >`INSERT INTO institution_imports (cluster_id, organization_id, ror, requested_by, upload_id)
         VALUES (${input.clusterId}::uuid, ${input.organizationId}::uuid, ${ror}, ${viewer.id}::uuid, ${input.uploadId ?? null}::uuid) RETURNING id`;
      await recordOutboxJob(
        manager,
        importJob({ name: 'import-institution', data: { importId: created!.id } }),
      );
      return created!.id;
    });
    return this.one(viewer, id);
  }

  async list(viewer: Viewer, clusterId: string): Promise<InstitutionImportModel[]> {
    this.assertManages(viewer, clusterId);
    const rows = await importRows(this.dataSource, { clusterId });
    return rows.map(importModel);
  }

  async one(viewer: Viewer, id: string): Promise<InstitutionImportModel> {
    const [row] = await importRows(this.dataSource, { id });
    if (!row || !managesCluster(viewer, row.cluster_id)) throw notFound('InstitutionImport', id);
    return importModel(row);
  }

  async drafts(viewer: Viewer, importId: string): Promise<ResearchDraftModel[]> {
    const institutionImport = await this.one(viewer, importId);
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
       WHERE d.organization_id = ${institutionImport.organizationId}::uuid
       ORDER BY d.display_name LIMIT 5000`;
    return rows.map((row) => researchDraftModel(row, { withEmail: true }));
  }

  /**
   * Offers drafts to the people a coordinator's file names (ORCID iD and e-mail): an account
   * with the address is told; for an address without one, an account is made in the
   * institution, without a password, whose e-mail link sets one. All rows, or none.
   */
  async inviteToClaim(
    viewer: Viewer,
    importId: string,
    uploadId: string,
  ): Promise<DraftClaimInvitationsModel> {
    const institutionImport = await this.one(viewer, importId);
    const { content } = await this.uploads.content(viewer, uploadId);
    let table;
    try {
      table = await readSheet(content);
    } catch (error) {
      if (!(error instanceof SheetFault)) throw error;
      throw invalidInput('uploadId', `The file cannot be read: ${error.code}`, error.code);
    }
    const { rows, problems } = readClaimRows(table);
    return this.dataSource.transaction(async (manager) => {
      const drafts = new Map(
        (
          await manager.sql<
            {
              id: string;
              orcid_id: string | null;
              display_name: string;
              language: string;
              claimed_at: Date | null;
            }[]
          >`SELECT id, orcid_id, display_name, language, claimed_at FROM research_drafts
             WHERE organization_id = ${institutionImport.organizationId}::uuid AND orcid_id = ANY(${rows.map((row) => row.orcidId)}::text[]) FOR UPDATE`
        ).map((draft) => [draft.orcid_id as string, draft]),
      );
      const users = new Map(
        (
          await manager.sql<
            { id: string; email: string; role: UserRole }[]
          >`SELECT id, lower(email) AS email, role FROM users WHERE lower(email) = ANY(${rows.map((row) => row.email)}::text[])`
        ).map((user) => [user.email, user]),
      );
      const found: ClaimProblem[] = [...problems];
      for (const row of rows) {
        const draft = drafts.get(row.orcidId);
        const user = users.get(row.email);
        if (!draft) found.push({ row: row.row, column: 'orcid', code: 'UNKNOWN_ORCID' });
        else if (draft.claimed_at)
          found.push({ row: row.row, column: 'orcid', code: 'ALREADY_CLAIMED' });
        if (user && user.role !== UserRole.RESEARCHER) {
          found.push({ row: row.row, column: 'email', code: 'NOT_A_RESEARCHER' });
        }
      }
      if (found.length > 0) {
        found.sort((a, b) => a.row - b.row);
        return { invited: 0, problems: found };
      }
      const newcomers = rows.filter((row) => !users.has(row.email));
      const created = await manager.sql<
        { id: string; email: string | null; role: UserRole }[]
      >`INSERT INTO users (email, password_hash, full_name, role, organization_id, language)
         SELECT r.email, NULL, r.name, ${UserRole.RESEARCHER}, ${institutionImport.organizationId}::uuid, r.language
         FROM jsonb_to_recordset(${JSON.stringify(
           newcomers.map((row) => {
             const draft = drafts.get(row.orcidId)!;
             return {
               email: row.email,
               name: row.fullName ?? draft.display_name,
               language: row.language ?? (draft.language === 'en' ? Language.en : Language.pl),
             };
           }),
         )}::jsonb) AS r(email text, name text, language text)
         RETURNING id, lower(email) AS email, role`;
      for (const user of present(created, 'email')) users.set(user.email, user);
      await manager.sql`UPDATE research_drafts d SET assigned_user_id = a.user_id, updated_at = now()
         FROM jsonb_to_recordset(${JSON.stringify(
           rows.map((row) => ({
             draft_id: drafts.get(row.orcidId)!.id,
             user_id: users.get(row.email)!.id,
           })),
         )}::jsonb) AS a(draft_id uuid, user_id uuid)
         WHERE d.id = a.draft_id`;
      const userIds = [...new Set(rows.map((row) => users.get(row.email)!.id as string))];
      await sendAccountEmails(manager, userIds, AccountEmailKind.DRAFT_TO_CLAIM);
      return { invited: userIds.length, problems: [] };
    });
  }

  private assertManages(viewer: Viewer, clusterId: string): void {
    assertManagesCluster(
      viewer,
      clusterId,
      'Only admins and the cluster’s coordinators import its institutions',
    );
  }

  /** A works file is checked when it is named, so a wrong file queues nothing. */
  private async checkWorksFile(viewer: Viewer, uploadId: string): Promise<void> {
    const { content } = await this.uploads.content(viewer, uploadId);
    await fromSource('input.uploadId', () => openAlexWorksPage(jsonFile(content)));
  }
}
