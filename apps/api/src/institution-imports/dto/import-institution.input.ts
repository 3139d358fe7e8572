import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID, Matches } from 'class-validator';

/** ROR ids: "0", six base-32 characters, two check digits; with or without https://ror.org/. */
export const rorPattern = /^(https:\/\/ror\.org\/)?0[a-hj-km-np-tv-z0-9]{6}[0-9]{2}$/;

@InputType()
export class ImportInstitutionInput {
  @Field(() => ID)
  @IsUUID()
  clusterId: string;

  @Field(() => ID, {
    description: 'The member university or institute whose researchers the drafts are for',
  })
  @IsUUID()
  organizationId: string;

  @Field({ description: 'The institution’s ROR id, e.g. https://ror.org/03bqmcz70' })
  @Matches(rorPattern, { message: 'ror must be a ROR id, e.g. https://ror.org/03bqmcz70' })
  ror: string;

  @Field(() => ID, {
    nullable: true,
    description: 'An uploaded page of OpenAlex works (JSON) instead of asking OpenAlex',
  })
  @IsOptional()
  @IsUUID()
  uploadId?: string | null;
}
