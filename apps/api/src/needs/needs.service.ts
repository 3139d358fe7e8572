import {
  assertNeedTermsValid,
  checkArgument,
  reportAs,
  assertNoNulls,
  definedFields,
  detectPostingLanguage,
  NeedEntity,
  needSearchText,
  platformTimeZone,
  todayIn,
  UserRole,
  Visibility,
} from '@app/domain';
import { matchingJob } from '@app/queue';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { idempotent } from '../idempotency/idempotent-request';
import { type PostingKindRules, PostingsService } from '../postings/postings.service';
import { CreateNeedInput } from './dto/create-need.input';
import type { NeedFilter } from './dto/need-filter.input';
import { UpdateNeedInput } from './dto/update-need.input';
import { NeedModel } from './models/need.model';

const needKind: PostingKindRules<NeedEntity> = {
  entity: NeedEntity,
  alias: 'need',
  label: 'Need',
  authorRole: UserRole.FIRM,
  searchText: needSearchText,
  job: (need, change) =>
    matchingJob({ name: 'need-changed', data: { needId: need.id, version: need.version, change } }),
};

@Injectable()
export class NeedsService extends PostingsService<NeedEntity, NeedModel> {
  protected readonly kind = needKind;

  constructor(@InjectDataSource() dataSource: DataSource, idempotency: IdempotencyService) {
    super(dataSource, idempotency);
  }

  create(input: CreateNeedInput, viewer: Viewer, key?: string): Promise<NeedModel> {
    const { budget, language, ...fields } = input;
    const need = {
      ...fields,
      technologyKeywords: input.technologyKeywords ?? [],
      marketKeywords: input.marketKeywords ?? [],
      sectors: input.sectors ?? [],
      visibility: input.visibility ?? Visibility.PUBLIC,
      budgetMin: budget?.min ?? null,
      budgetMax: budget?.max ?? null,
      currency: budget?.currency ?? null,
      deadline: input.deadline ?? null,
      language: language ?? detectPostingLanguage(input),
    };
    checkArgument('input', () => assertNeedTermsValid(need, todayIn(platformTimeZone)));
    return this.createPosting(viewer, need, idempotent(key, viewer, 'createNeed', input));
  }

  update(id: string, input: UpdateNeedInput, viewer: Viewer): Promise<NeedModel> {
    const patch = definedFields(input);
    checkArgument('input', () => assertNoNulls(patch, requiredNeedFields));
    return this.editPosting(id, viewer, (need) => {
      const { budget, ...fields } = patch;
      Object.assign(need, fields);
      if (budget !== undefined) {
        need.budgetMin = budget?.min ?? null;
        need.budgetMax = budget?.max ?? null;
        need.currency = budget?.currency ?? null;
      }
      checkArgument('input', () => assertNeedTermsValid(need, todayIn(platformTimeZone)));
    });
  }

  protected override beforePublish(need: NeedEntity): void {
    reportAs('id', () => assertNeedTermsValid(need, todayIn(platformTimeZone)));
  }

  protected override applyKindFilter(
    query: SelectQueryBuilder<NeedEntity>,
    filter: NeedFilter,
  ): void {
    if (filter.trl)
      query.andWhere(':trl BETWEEN need.trl_min AND need.trl_max', { trl: filter.trl });
  }

  protected toModel(need: NeedEntity): NeedModel {
    return NeedModel.from(need);
  }
}

const requiredNeedFields = [
  'title',
  'summary',
  'description',
  'technologyKeywords',
  'marketKeywords',
  'sectors',
  'trlMin',
  'trlMax',
  'collaborationTypes',
  'language',
  'visibility',
] as const satisfies readonly (keyof UpdateNeedInput)[];
