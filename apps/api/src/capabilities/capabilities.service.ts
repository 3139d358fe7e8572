import {
  assertNoNulls,
  checkArgument,
  CapabilityEntity,
  capabilitySearchText,
  definedFields,
  type ImportedFields,
  detectPostingLanguage,
  UserRole,
  Visibility,
} from '@app/domain';
import { matchingJob } from '@app/queue';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { idempotent } from '../idempotency/idempotent-request';
import { type PostingKindRules, PostingsService } from '../postings/postings.service';
import type { CapabilityFilter } from './dto/capability-filter.input';
import { CreateCapabilityInput } from './dto/create-capability.input';
import { UpdateCapabilityInput } from './dto/update-capability.input';
import { CapabilityModel } from './models/capability.model';

const capabilityKind: PostingKindRules<CapabilityEntity> = {
  entity: CapabilityEntity,
  alias: 'capability',
  label: 'Capability',
  authorRole: UserRole.RESEARCHER,
  searchText: capabilitySearchText,
  job: (capability, change) =>
    matchingJob({
      name: 'capability-changed',
      data: { capabilityId: capability.id, version: capability.version, change },
    }),
};

@Injectable()
export class CapabilitiesService extends PostingsService<CapabilityEntity, CapabilityModel> {
  protected readonly kind = capabilityKind;

  constructor(@InjectDataSource() dataSource: DataSource, idempotency: IdempotencyService) {
    super(dataSource, idempotency);
  }

  create(input: CreateCapabilityInput, viewer: Viewer, key?: string): Promise<CapabilityModel> {
    const { language, ...fields } = input;
    return this.createPosting(
      viewer,
      {
        ...fields,
        expertiseKeywords: input.expertiseKeywords ?? [],
        methods: input.methods ?? [],
        equipment: input.equipment ?? [],
        sectors: input.sectors ?? [],
        team: input.team ?? '',
        publications: input.publications ?? [],
        visibility: input.visibility ?? Visibility.PUBLIC,
        language: language ?? detectPostingLanguage(input),
      },
      idempotent(key, viewer, 'createCapability', input),
    );
  }

  update(id: string, input: UpdateCapabilityInput, viewer: Viewer): Promise<CapabilityModel> {
    const patch = definedFields(input);
    checkArgument('input', () => assertNoNulls(patch, requiredCapabilityFields));
    return this.editPosting(id, viewer, (capability) => Object.assign(capability, patch));
  }

  /**
   * A draft proposed by an import (`values` from the sources, the rest the defaults a
   * researcher confirms before publishing), with what the import proposed, field by field.
   */
  createImported(
    values: Partial<CapabilityEntity>,
    importedFields: ImportedFields,
    viewer: Viewer,
    alongside?: (manager: EntityManager, capability: CapabilityEntity) => Promise<void>,
  ): Promise<CapabilityModel> {
    return this.createPosting(viewer, { ...values, importedFields }, undefined, alongside);
  }

  /** Takes a later import's values into the fields it may change, and records the proposal. */
  applyImport(
    id: string,
    values: Partial<CapabilityEntity>,
    importedFields: ImportedFields,
    viewer: Viewer,
  ): Promise<CapabilityModel> {
    return this.editPosting(id, viewer, (capability) =>
      Object.assign(capability, values, { importedFields }),
    );
  }

  protected override applyKindFilter(
    query: SelectQueryBuilder<CapabilityEntity>,
    filter: CapabilityFilter,
  ): void {
    if (filter.trlMin) query.andWhere('capability.trl >= :trlMin', { trlMin: filter.trlMin });
    if (filter.trlMax) query.andWhere('capability.trl <= :trlMax', { trlMax: filter.trlMax });
    if (filter.iprStatus?.length)
      query.andWhere('capability.ipr_status IN (:...iprStatuses)', {
        iprStatuses: filter.iprStatus,
      });
  }

  protected toModel(capability: CapabilityEntity): CapabilityModel {
    return CapabilityModel.from(capability);
  }
}

const requiredCapabilityFields = [
  'title',
  'summary',
  'description',
  'expertiseKeywords',
  'methods',
  'equipment',
  'sectors',
  'trl',
  'iprStatus',
  'collaborationTypes',
  'team',
  'publications',
  'language',
  'visibility',
] as const satisfies readonly (keyof UpdateCapabilityInput)[];
