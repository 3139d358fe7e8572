import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { PostingFilter } from '../../postings/dto/posting-filter.input';

@InputType()
export class NeedFilter extends PostingFilter {
  @Field(() => Int, {
    nullable: true,
    description: 'Needs whose acceptable TRL range contains this level',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  trl?: number | null;
}
