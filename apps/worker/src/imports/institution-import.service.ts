import { ENV, type Env } from '@app/config';
import { AccountEmailKind, InstitutionImportStatus, UserRole } from '@app/domain';
import {
  type AuthorDraft,
  InstitutionAuthors,
  jsonFile,
  OpenAlexClient,
  openAlexWorksPage,
  type OpenAlexWork,
  sendAccountEmails,
  SourceFault,
} from '@app/imports';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { DataSource } from 'typeorm';

/** Drafts written per statement, and how often the coordinator's progress moves. */
const draftsPerBatch = 200;

interface ImportRow {
  id: string;
  organization_id: string;
  ror: string;
  upload_id: string | null;
  status: InstitutionImportStatus;
}

export type ImportOutcome =
  | { skipped: string }
  | { worksRead: number; authorsFound: number; draftsMade: number; researchersTold: number }
  | { failed: string };

/**
 * Reads an institution's works (OpenAlex, or the file the coordinator uploaded), page by page,
 * and writes one unclaimed draft per researcher of the institution, with the progress in the
 * import's row. Running it again (a retry, or a later import of the same institution) updates
 * the drafts still unclaimed and leaves claimed ones alone. Researchers whose verified ORCID iD
 * a new draft carries are told by e-mail that it waits for them.
 */
/** The counts an import reports as it goes. */
type ImportProgress = Partial<Record<'works_read' | 'authors_found' | 'drafts_made', number>>;

@Injectable()
export class InstitutionImportService {
  private readonly openAlex: OpenAlexClient | undefined;

  constructor(
    @Inject(ENV) env: Env,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly logger: PinoLogger,
  ) {
    this.openAlex = env.OPENALEX_URL
      ? new OpenAlexClient({ baseUrl: env.OPENALEX_URL, mailto: env.OPENALEX_MAILTO })
      : undefined;
  }

  async run(importId: string): Promise<ImportOutcome> {
    const [row] = await this.dataSource.sql<
      {
        id: string;
        organization_id: string;
        ror: string;
        upload_id: string | null;
        status: InstitutionImportStatus;
      }[]
    >`WITH changed AS (UPDATE institution_imports SET status = ${InstitutionImportStatus.RUNNING}, works_read = 0, authors_found = 0, drafts_made = 0
       WHERE id = ${importId}::uuid AND status IN (${InstitutionImportStatus.QUEUED}, ${InstitutionImportStatus.RUNNING})
       RETURNING id, organization_id, ror, upload_id, status) SELECT * FROM changed`;
    if (!row) return { skipped: 'the import is finished or gone' };
    const authors = new InstitutionAuthors(row.ror);
    try {
      for await (const works of this.pages(row)) {
        authors.add(works);
        await this.progress(importId, { works_read: authors.workCount });
      }
    } catch (error) {
      if (!(error instanceof SourceFault)) throw error;
      await this.finish(importId, InstitutionImportStatus.FAILED, error.code);
      return { failed: error.code };
    }
    await this.progress(importId, { authors_found: authors.authorCount });
    let draftsMade = 0;
    let batch: AuthorDraft[] = [];
    const written: string[] = [];
    for (const draft of authors.drafts(new Date())) {
      batch.push(draft);
      if (batch.length < draftsPerBatch) continue;
      written.push(...(await this.write(row, batch)));
      draftsMade += batch.length;
      batch = [];
      await this.progress(importId, { drafts_made: draftsMade });
      await yieldToEventLoop();
    }
    written.push(...(await this.write(row, batch)));
    draftsMade += batch.length;
    const researchersTold = await this.tellResearchers(written);
    await this.progress(importId, { drafts_made: draftsMade });
    await this.finish(importId, InstitutionImportStatus.DONE, null);
    const outcome = {
      worksRead: authors.workCount,
      authorsFound: authors.authorCount,
      draftsMade,
      researchersTold,
    };
    this.logger.info({ importId, ...outcome }, 'institution imported');
    return outcome;
  }

  private async *pages(row: ImportRow): AsyncGenerator<OpenAlexWork[]> {
    if (row.upload_id) {
      const [upload] = await this.dataSource.sql<
        { content: Buffer }[]
      >`SELECT content FROM uploads WHERE id = ${row.upload_id}::uuid`;
      if (!upload) throw new SourceFault('SOURCE_REFUSED', 'The uploaded file has expired');
      yield openAlexWorksPage(jsonFile(upload.content)).results;
      return;
    }
    if (!this.openAlex) throw new SourceFault('SOURCE_UNREACHABLE', 'OPENALEX_URL is not set');
    yield* this.openAlex.worksOfInstitution(row.ror);
  }

  /** Upserts the drafts; a claimed one keeps what its researcher took. Returns the new ones. */
  private async write(row: ImportRow, drafts: AuthorDraft[]): Promise<string[]> {
    if (drafts.length === 0) return [];
    const rows = await this.dataSource.sql<
      { id: string; inserted: boolean | null }[]
    >`INSERT INTO research_drafts (institution_import_id, organization_id, openalex_author_id,
         orcid_id, display_name, language, imported_fields)
       SELECT ${row.id}::uuid, ${row.organization_id}::uuid, d.author, d.orcid, d.name, d.language, d.fields
       FROM jsonb_to_recordset(${JSON.stringify(
         drafts.map((draft) => ({
           author: draft.openAlexAuthorId,
           orcid: draft.orcidId,
           name: draft.displayName,
           language: draft.language,
           fields: draft.imported,
         })),
       )}::jsonb)
         AS d(author text, orcid text, name text, language text, fields jsonb)
       ON CONFLICT (organization_id, openalex_author_id) DO UPDATE SET
         institution_import_id = EXCLUDED.institution_import_id, orcid_id = EXCLUDED.orcid_id,
         display_name = EXCLUDED.display_name, language = EXCLUDED.language,
         imported_fields = EXCLUDED.imported_fields, updated_at = now()
       WHERE research_drafts.claimed_at IS NULL
       RETURNING id, (xmax = 0) AS inserted`;
    return rows.filter((written) => written.inserted).map((written) => written.id);
  }

  /** A researcher whose verified iD a new draft carries is assigned it and e-mailed. */
  private async tellResearchers(draftIds: string[]): Promise<number> {
    if (draftIds.length === 0) return 0;
    return this.dataSource.transaction(async (manager) => {
      const assigned = await manager.sql<
        { user_id: string }[]
      >`WITH changed AS (UPDATE research_drafts d SET assigned_user_id = u.id
         FROM users u
         WHERE d.id = ANY(${draftIds}::uuid[]) AND d.assigned_user_id IS NULL AND u.orcid_id = d.orcid_id
           AND u.role = ${UserRole.RESEARCHER}
         RETURNING u.id AS user_id) SELECT * FROM changed`;
      const userIds = [...new Set(assigned.map((row) => row.user_id))];
      await sendAccountEmails(manager, userIds, AccountEmailKind.DRAFT_TO_CLAIM);
      return userIds.length;
    });
  }

  private async progress(importId: string, counts: ImportProgress): Promise<void> {
    await this.dataSource.sql`UPDATE institution_imports SET
        works_read = COALESCE(${counts.works_read ?? null}::int, works_read),
        authors_found = COALESCE(${counts.authors_found ?? null}::int, authors_found),
        drafts_made = COALESCE(${counts.drafts_made ?? null}::int, drafts_made)
      WHERE id = ${importId}::uuid`;
  }

  private async finish(
    importId: string,
    status: InstitutionImportStatus,
    failure: string | null,
  ): Promise<void> {
    await this.dataSource.sql`UPDATE institution_imports
      SET status = ${status}, failure = ${failure}, finished_at = now()
      WHERE id = ${importId}::uuid`;
  }
}
