import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Min } from 'class-validator';
import { Currency } from '../../graphql/enums';

@InputType()
export class BudgetInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'budget min must not be negative' })
  min?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'budget max must not be negative' })
  max?: number | null;

  @Field(() => Currency)
  @IsEnum(Currency)
  currency: Currency;
}
