import { present } from '@app/database';
import { invalidInput, type Language, LegalAcceptanceEntity, LegalDocument } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AcceptedLegalDocumentInput } from './dto/accepted-legal-document.input';
import { LegalTexts } from './legal-texts';

/** Who accepted which version of the terms and the privacy notice, and who must still. */
@Injectable()
export class LegalService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly legalTexts: LegalTexts,
  ) {}

  /** Refused unless each text in force was accepted at its version: not one read before it changed. */
  assertAcceptsCurrent(field: string, accepted: AcceptedLegalDocumentInput[]): void {
    for (const document of Object.values(LegalDocument)) {
      const given = accepted.find((acceptance) => acceptance.document === document);
      if (!given) {
        throw invalidInput(
          field,
          `Accept the ${document.toLowerCase()} to go on`,
          'legal-acceptance-required',
        );
      }
      if (given.version !== this.legalTexts.versions[document]) {
        throw invalidInput(
          field,
          `The ${document.toLowerCase()} changed since it was shown; read the new version`,
          'legal-version-outdated',
        );
      }
    }
  }

  /** Records that the user accepted every text in force, as read in `language`. */
  async record(manager: EntityManager, userId: string, language: Language): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(LegalAcceptanceEntity)
      .values(
        Object.values(LegalDocument).map((document) => ({
          userId,
          document,
          version: this.legalTexts.versions[document],
          language,
        })),
      )
      .orIgnore()
      .execute();
  }

  async accept(userId: string, accepted: AcceptedLegalDocumentInput[], language: Language) {
    this.assertAcceptsCurrent('input.documents', accepted);
    await this.record(this.dataSource.manager, userId, language);
  }

  /** The texts whose version in force the user has not accepted (the session's rule, too). */
  async toAccept(userId: string): Promise<LegalDocument[]> {
    const rows = await this.dataSource.sql<{ document: string | null }[]>`
      SELECT document FROM legal_documents_due(${userId}::uuid,
        ${Object.keys(this.legalTexts.versions)}::text[], ${Object.values(this.legalTexts.versions)}::text[])`;
    const due = new Set(present(rows, 'document').map((row) => row.document));
    return Object.values(LegalDocument).filter((document) => due.has(document));
  }
}
