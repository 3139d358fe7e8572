import { limits } from '@app/domain';
import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CollaborationType, IprStatus, Language, Visibility } from '../../graphql/enums';
import { CollaborationTypes, Dois, Keywords, Sectors, TextItems } from '../../postings/dto/field-rules';

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

  @Field(() => [String], { defaultValue: [] })
  @Keywords()
  expertiseKeywords: string[];

  @Field(() => [String], { defaultValue: [] })
  @TextItems()
  methods: string[];

  @Field(() => [String], { defaultValue: [], description: 'Equipment and laboratories' })
  @TextItems()
  equipment: string[];

  @Field(() => [String], { defaultValue: [], description: 'NACE Rev. 2 codes of the sectors served' })
  @Sectors()
  sectors: string[];

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

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(limits.team)
  team: string;

  @Field(() => [String], { defaultValue: [], description: 'DOIs' })
  @Dois()
  publications: string[];

  @Field(() => Language, { nullable: true, description: 'Detected from the text when omitted' })
  @IsOptional()
  @IsEnum(Language)
  language?: Language | null;

  @Field(() => Visibility, { defaultValue: Visibility.PUBLIC })
  @IsEnum(Visibility)
  visibility: Visibility;
}
