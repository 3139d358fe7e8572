import { limits } from '@app/domain';
import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { CollaborationType, Language, Visibility } from '../../graphql/enums';
import { CollaborationTypes, Sectors, Trimmed } from './field-rules';

/** Fields every need and capability is created with. */
@InputType({ isAbstract: true })
export abstract class PostingInput {
  @Field({ description: `At most ${limits.title} characters` })
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(limits.title)
  title: string;

  @Field({ description: `At most ${limits.summary} characters` })
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(limits.summary)
  summary: string;

  @Field({ description: `At most ${limits.description} characters` })
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(limits.description)
  description: string;

  @Field(() => [String], { nullable: true, description: 'NACE Rev. 2 codes, e.g. C29.32' })
  @IsOptional()
  @Sectors()
  sectors?: string[] | null;

  @Field(() => [CollaborationType])
  @CollaborationTypes()
  collaborationTypes: CollaborationType[];

  @Field(() => Language, { nullable: true, description: 'Detected from the text when omitted' })
  @IsOptional()
  @IsEnum(Language)
  language?: Language | null;

  @Field(() => Visibility, { nullable: true, description: 'PUBLIC when omitted' })
  @IsOptional()
  @IsEnum(Visibility)
  visibility?: Visibility | null;
}
