import { limits } from '@app/domain';
import { Field, InputType, Int } from '@nestjs/graphql';
import {
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { CollaborationType, IprStatus, Language, Visibility } from '../../graphql/enums';
import {
  CollaborationTypes,
  Dois,
  Keywords,
  Sectors,
  TextItems,
} from '../../postings/dto/field-rules';

@InputType()
export class CreateCapabilityInput {
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
  expertiseKeywords?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @TextItems()
  methods?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Equipment and laboratories' })
  @IsOptional()
  @TextItems()
  equipment?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'NACE Rev. 2 codes of the sectors served' })
  @IsOptional()
  @Sectors()
  sectors?: string[] | null;

  @Field(() => Int, { description: 'Current TRL (1–9)' })
  @IsInt()
  @Min(1)
  @Max(9)
  trl: number;

  @Field(() => IprStatus)
  @IsEnum(IprStatus)
  iprStatus: IprStatus;

  @Field(() => [CollaborationType])
  @CollaborationTypes()
  collaborationTypes: CollaborationType[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(limits.team)
  team?: string | null;

  @Field(() => [String], { nullable: true, description: 'DOIs' })
  @IsOptional()
  @Dois()
  publications?: string[] | null;

  @Field(() => Language, { nullable: true, description: 'Detected from the text when omitted' })
  @IsOptional()
  @IsEnum(Language)
  language?: Language | null;

  @Field(() => Visibility, { nullable: true, description: 'PUBLIC when omitted' })
  @IsOptional()
  @IsEnum(Visibility)
  visibility?: Visibility | null;
}
