import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { BudgetInput } from '../../postings/dto/budget.input';
import { Keywords } from '../../postings/dto/field-rules';
import { PostingInput } from '../../postings/dto/posting.input';

@InputType()
export class CreateNeedInput extends PostingInput {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @Keywords()
  technologyKeywords?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @Keywords()
  marketKeywords?: string[] | null;

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

  @Field(() => BudgetInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => BudgetInput)
  budget?: BudgetInput | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, today or later' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'deadline must be a date as YYYY-MM-DD' })
  deadline?: string | null;
}
