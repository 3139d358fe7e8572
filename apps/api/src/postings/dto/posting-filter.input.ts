import { limits } from '@app/domain';
import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { CollaborationType, Language, PostingStatus } from '../../graphql/enums';
import { Sectors } from './field-rules';

/** Filters shared by needs and capabilities; every given filter must hold. */
@InputType({ isAbstract: true })
export abstract class PostingFilter {
  @Field(() => [PostingStatus], { nullable: true })
  @IsOptional()
  @IsEnum(PostingStatus, { each: true })
  status?: PostingStatus[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'NACE codes; C29 also matches C29.1 and C29.10',
  })
  @IsOptional()
  @Sectors()
  sectors?: string[] | null;

  @Field(() => [CollaborationType], { nullable: true, description: 'At least one of these' })
  @IsOptional()
  @IsEnum(CollaborationType, { each: true })
  collaborationTypes?: CollaborationType[] | null;

  @Field(() => String, { nullable: true, description: "The poster's city" })
  @IsOptional()
  @IsString()
  @MaxLength(limits.placeName)
  city?: string | null;

  @Field(() => String, { nullable: true, description: "The poster's voivodeship" })
  @IsOptional()
  @IsString()
  @MaxLength(limits.placeName)
  region?: string | null;

  @Field(() => Language, { nullable: true })
  @IsOptional()
  @IsEnum(Language)
  language?: Language | null;

  @Field(() => String, { nullable: true, description: 'Full-text search in Polish and English' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  text?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only my organisation's postings" })
  @IsOptional()
  @IsBoolean()
  mine?: boolean | null;
}
