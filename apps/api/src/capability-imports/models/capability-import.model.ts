import { Field, Float, ObjectType } from '@nestjs/graphql';
import { CapabilityModel } from '../../capabilities/models/capability.model';
import { NeedModel } from '../../needs/models/need.model';

@ObjectType('ImportSource', { description: 'A record a proposed value was read from' })
export class ImportSourceModel {
  @Field({
    description:
      'WORK_TITLE, WORK_ABSTRACTS, WORK_TOPICS_AND_KEYWORDS, WORK_DOIS, INSTITUTION (OpenAlex); ' +
      'ORCID_KEYWORDS, ORCID_WORKS, ORCID_EMPLOYMENT (the ORCID record)',
  })
  kind: string;

  @Field(() => [String], { description: 'OpenAlex ids (https://openalex.org/W…) or the ORCID iD' })
  ids: string[];
}

@ObjectType('ImportedField')
export class ImportedFieldModel {
  @Field({ description: 'title, summary, description, expertiseKeywords or publications' })
  field: string;

  @Field(() => [String], { description: 'The proposed value; one item for a text field' })
  value: string[];

  @Field(() => [ImportSourceModel])
  sources: ImportSourceModel[];

  @Field({ description: 'The researcher changed the field since: a new import leaves it alone' })
  edited: boolean;
}

@ObjectType('ImportedOrganization')
export class ImportedOrganizationModel {
  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'https://ror.org/…' })
  ror: string | null;

  @Field(() => [ImportSourceModel])
  sources: ImportSourceModel[];
}

@ObjectType('CapabilitySources', {
  description: "What the last import proposed, with each field's sources; only for its owners",
})
export class CapabilitySourcesModel {
  @Field()
  importedAt: Date;

  @Field(() => String, { nullable: true })
  orcidId: string | null;

  @Field(() => [ImportedFieldModel])
  fields: ImportedFieldModel[];

  @Field(() => ImportedOrganizationModel, {
    nullable: true,
    description: 'The organisation the sources name, beside your own',
  })
  organization: ImportedOrganizationModel | null;
}

@ObjectType('ImportChange')
export class ImportChangeModel {
  @Field()
  field: string;

  @Field(() => [String])
  before: string[];

  @Field(() => [String])
  after: string[];

  @Field({ description: 'False: you edited the field since the last import, so it was kept' })
  applied: boolean;
}

@ObjectType('CapabilityImport')
export class CapabilityImportModel {
  @Field(() => CapabilityModel)
  capability: CapabilityModel;

  @Field(() => [ImportChangeModel], { description: 'Empty for a new draft' })
  changes: ImportChangeModel[];
}

@ObjectType('PreviewedMatch')
export class PreviewedMatchModel {
  @Field(() => NeedModel)
  need: NeedModel;

  @Field(() => Float)
  score: number;

  @Field({ description: "Why, in the viewer's language, as a proposal's reason reads" })
  reason: string;

  @Field(() => [String])
  matchedTerms: string[];
}

@ObjectType('MatchPreview', {
  description: 'What publishing would find today; nothing is stored and no one is told',
})
export class MatchPreviewModel {
  @Field({ description: 'False when the matching engine did not answer in time: try again' })
  available: boolean;

  @Field(() => [PreviewedMatchModel], { description: 'Best first' })
  matches: PreviewedMatchModel[];
}
