import { limits } from '@app/domain';
import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CollaborationType, Language, Visibility } from '../../graphql/enums';
import { BudgetInput } from '../../postings/dto/budget.input';
import { CollaborationTypes, Keywords, Sectors } from '../../postings/dto/field-rules';

@InputType()
export class CreateNeedInput {
  @Field({ description: `At most ${limits.title} characters` })
  @IsString()
  @IsNotEmpty()
  @MaxLength(limits.title)
  title: string;

  @Field({ description: `At most ${limits.summary} characters` })
  @IsString()
  @IsNotEmpty()
  @MaxLength(limits.summary)
  summary: string;

  @Field({ description: `At most ${limits.description} characters` })
  @IsString()
  @IsNotEmpty()
  @MaxLength(limits.description)
  description: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @Keywords()
  technologyKeywords?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @Keywords()
  marketKeywords?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'NACE Rev. 2 codes, e.g. C29.32' })
  @IsOptional()
  @Sectors()
  sectors?: string[] | null;

  @Field(() => Int, { description: 'Lowest acceptable TRL (1–9)' })
  @IsInt()
  @Min(1)
  @Max(9)
  trlMin: number;

  @Field(() => Int, { description: 'Highest acceptable TRL (1–9)' })
  @IsInt()
  @Min(1)
  @Max(9)
  trlMax: number;

  @Field(() => [CollaborationType])
  @CollaborationTypes()
  collaborationTypes: CollaborationType[];

  @Field(() => BudgetInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => BudgetInput)
  budget?: BudgetInput | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, today or later' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'deadline must be a date as YYYY-MM-DD' })
  deadline?: string | null;

  @Field(() => Language, { nullable: true, description: 'Detected from the text when omitted' })
  @IsOptional()
  @IsEnum(Language)
  language?: Language | null;

  @Field(() => Visibility, { nullable: true, description: 'PUBLIC when omitted' })
  @IsOptional()
  @IsEnum(Visibility)
  visibility?: Visibility | null;
}
