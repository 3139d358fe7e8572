import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

@InputType()
export class ImportCapabilityInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Import again into this capability of yours; without it, a new draft is made',
  })
  @IsOptional()
  @IsUUID()
  capabilityId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'An uploaded page of OpenAlex works (JSON) instead of asking OpenAlex',
  })
  @IsOptional()
  @IsUUID()
  openAlexUploadId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'An uploaded ORCID record (API v3.0 JSON) instead of asking ORCID',
  })
  @IsOptional()
  @IsUUID()
  orcidRecordUploadId?: string | null;
}
