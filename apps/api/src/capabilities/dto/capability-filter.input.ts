import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IprStatus } from '../../graphql/enums';
import { PostingFilter } from '../../postings/dto/posting-filter.input';

@InputType()
export class CapabilityFilter extends PostingFilter {
  @Field(() => Int, { nullable: true, description: 'Current TRL at least this' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  trlMin?: number | null;

  @Field(() => Int, { nullable: true, description: 'Current TRL at most this' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  trlMax?: number | null;

  @Field(() => [IprStatus], { nullable: true })
  @IsOptional()
  @IsEnum(IprStatus, { each: true })
  iprStatus?: IprStatus[] | null;
}
