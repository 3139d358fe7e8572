import { ENV, type Env } from '@app/config';
import {
  CapabilityEntity,
  forbidden,
  invalidInput,
  mergeImport,
  notFound,
  UserEntity,
  UserRole,
  type FieldChange,
} from '@app/domain';
import {
  draftResearchProfile,
  OpenAlexClient,
  openAlexWorksPage,
  OrcidClient,
  type OpenAlexWork,
  type OrcidRecordSummary,
  readOrcidRecord,
  jsonFile,
} from '@app/imports';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OrcidConnection } from '../auth/orcid-connection';
import type { Viewer } from '../auth/viewer';
import { CapabilitiesService } from '../capabilities/capabilities.service';
import type { CapabilityModel } from '../capabilities/models/capability.model';
import { UploadsService } from '../member-imports/uploads.service';
import type { ImportCapabilityInput } from './dto/import-capability.input';
import { draftCapabilityValues } from './draft-values';
import { fromSource } from './source-faults';

/** Enough works for a profile; a prolific author's oldest works add little to it. */
const worksRead = 500;

export interface CapabilityImportOutcome {
  capability: CapabilityModel;
  changes: FieldChange[];
}

/**
 * A researcher's capability drafted from their ORCID record and OpenAlex works, asked of the
 * services (when configured) or read from files they uploaded; only for the ORCID iD they
 * verified by signing in at ORCID. Nothing is published: the draft waits for the researcher.
 */
@Injectable()
export class CapabilityImportService {
  private readonly openAlex: OpenAlexClient | undefined;

  constructor(
    @Inject(ENV) private readonly env: Env,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly capabilities: CapabilitiesService,
    private readonly uploads: UploadsService,
    private readonly orcid: OrcidConnection,
  ) {
    this.openAlex = env.OPENALEX_URL
      ? new OpenAlexClient({ baseUrl: env.OPENALEX_URL, mailto: env.OPENALEX_MAILTO })
      : undefined;
  }

  async importCapability(
    input: ImportCapabilityInput,
    viewer: Viewer,
  ): Promise<CapabilityImportOutcome> {
    if (viewer.role !== UserRole.RESEARCHER) {
      throw forbidden('Only researchers import a capability from their works');
    }
    const { orcidId } = await this.dataSource.manager.findOneByOrFail(UserEntity, {
      id: viewer.id,
    });
    if (!orcidId) {
      throw invalidInput('input', 'Link your ORCID iD first: sign in at ORCID', 'orcid-not-linked');
    }
    const existing = input.capabilityId
      ? await this.ownCapability(input.capabilityId, viewer)
      : null;
    const [record, works] = await Promise.all([
      this.record(orcidId, input, viewer),
      this.works(orcidId, input, viewer),
    ]);
    const draft = draftResearchProfile(orcidId, record, works, new Date());
    if (!draft) {
      throw invalidInput(
        'input',
        'None of your works in OpenAlex is in Polish or English with an abstract: nothing to draft from',
        'no-works',
      );
    }
    if (!existing) {
      const capability = await this.capabilities.createImported(
        draftCapabilityValues(draft.imported, draft.language),
        draft.imported,
        viewer,
      );
      return { capability, changes: [] };
    }
    const { values, changes } = mergeImport(
      existing as unknown as Parameters<typeof mergeImport>[0],
      existing.importedFields,
      draft.imported,
    );
    const capability = await this.capabilities.applyImport(
      existing.id,
      values as Partial<CapabilityEntity>,
      draft.imported,
      viewer,
    );
    return { capability, changes };
  }

  private async ownCapability(id: string, viewer: Viewer): Promise<CapabilityEntity> {
    const capability = await this.dataSource.manager.findOneBy(CapabilityEntity, { id });
    if (!capability || capability.organizationId !== viewer.organizationId) {
      throw notFound('Capability', id);
    }
    return capability;
  }

  private async record(
    orcidId: string,
    input: ImportCapabilityInput,
    viewer: Viewer,
  ): Promise<OrcidRecordSummary | null> {
    const field = 'input.orcidRecordUploadId';
    if (input.orcidRecordUploadId) {
      const body = await this.uploadedJson(input.orcidRecordUploadId, viewer, field);
      return fromSource(field, () => readOrcidRecord(body, orcidId));
    }
    if (!this.env.ORCID_API_URL) return null;
    const accessToken = this.orcid.configured ? await this.orcid.readPublicToken() : undefined;
    const client = new OrcidClient({ baseUrl: this.env.ORCID_API_URL, accessToken });
    return fromSource(field, () => client.record(orcidId));
  }

  private async works(
    orcidId: string,
    input: ImportCapabilityInput,
    viewer: Viewer,
  ): Promise<OpenAlexWork[]> {
    const field = 'input.openAlexUploadId';
    if (input.openAlexUploadId) {
      const body = await this.uploadedJson(input.openAlexUploadId, viewer, field);
      return fromSource(field, () => openAlexWorksPage(body).results);
    }
    if (!this.openAlex) {
      throw invalidInput(field, 'OpenAlex is not set up here: upload your works', 'NO_SOURCE');
    }
    const openAlex = this.openAlex;
    return fromSource(field, async () => {
      const works: OpenAlexWork[] = [];
      for await (const page of openAlex.worksOfOrcid(orcidId)) {
        works.push(...page);
        if (works.length >= worksRead) break;
      }
      return works;
    });
  }

  private async uploadedJson(uploadId: string, viewer: Viewer, field: string): Promise<unknown> {
    const { content } = await this.uploads.content(viewer, uploadId);
    return fromSource(field, () => jsonFile(content));
  }
}
