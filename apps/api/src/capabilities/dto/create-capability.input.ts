import { limits } from '@app/domain';
import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IprStatus } from '../../graphql/enums';
import { Dois, Keywords, TextItems } from '../../postings/dto/field-rules';
import { PostingInput } from '../../postings/dto/posting.input';

@InputType()
export class CreateCapabilityInput extends PostingInput {
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

  @Field(() => Int, { description: 'Current TRL (1–9)' })
  @IsInt()
  @Min(1)
  @Max(9)
  trl: number;

  @Field(() => IprStatus)
  @IsEnum(IprStatus)
  iprStatus: IprStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(limits.team)
  team?: string | null;

  @Field(() => [String], { nullable: true, description: 'DOIs' })
  @IsOptional()
  @Dois()
  publications?: string[] | null;
}
