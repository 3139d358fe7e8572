import { limits, MatchStatus } from '@app/domain';
import {
  ArgsType,
  Field,
  Float,
  ID,
  InputType,
  Int,
  IntersectionType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ListArgs } from '../../graphql/pagination';
import { Sectors } from '../../postings/dto/field-rules';

export enum ReviewQueueOrder {
  BEST_SCORE = 'BEST_SCORE',
  LOWEST_SCORE = 'LOWEST_SCORE',
  OLDEST = 'OLDEST',
  NEWEST = 'NEWEST',
  DUE_SOONEST = 'DUE_SOONEST',
  DUE_LATEST = 'DUE_LATEST',
}
registerEnumType(ReviewQueueOrder, {
  name: 'ReviewQueueOrder',
  description: 'Matches without a deadline come last in both deadline orders',
});

@InputType('ReviewQueueFilter', {
  description: 'Which matches a review queue shows; each field given narrows it',
})
export class ReviewQueueFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'One of your clusters; all of them when omitted',
  })
  @IsOptional()
  @IsUUID()
  clusterId?: string | null;

  @Field(() => [MatchStatus], { nullable: true, description: 'PROPOSED when omitted' })
  @IsOptional()
  @IsEnum(MatchStatus, { each: true })
  status?: MatchStatus[] | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Only these matches (at most 100) of the ones the other filters leave: a console refreshing the rows that changed',
  })
  @IsOptional()
  @ArrayMaxSize(limits.pageSizeMax)
  @IsUUID('all', { each: true })
  ids?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only the matches of this need or capability (the link in a proposals notice)',
  })
  @IsOptional()
  @IsUUID()
  postingId?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  minScore?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  maxScore?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only matches users asked for (true) or the engine found (false)',
  })
  @IsOptional()
  @IsBoolean()
  userInitiated?: boolean | null;

  @Field(() => [String], {
    nullable: true,
    description: 'NACE codes of either side; C29 also matches C29.1 and C29.10',
  })
  @IsOptional()
  @Sectors()
  sectors?: string[] | null;

  @Field(() => String, { nullable: true, description: "Either side's city" })
  @IsOptional()
  @IsString()
  @MaxLength(limits.placeName)
  city?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Only matches proposed at least this many days ago',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
  minAgeDays?: number | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Only matches whose current step ends before this',
  })
  @IsOptional()
  @IsDate()
  dueBefore?: Date | null;
}

/**
 * The queue's page, order and filter. The filter's fields are also accepted as arguments of the
 * same names (the API's first form); a request gives them one way or the other.
 */
@ArgsType()
export class ReviewQueueArgs extends IntersectionType(
  ListArgs(ReviewQueueFilter),
  ReviewQueueFilter,
  ArgsType,
) {
  @Field(() => ReviewQueueOrder, { defaultValue: ReviewQueueOrder.BEST_SCORE })
  @IsEnum(ReviewQueueOrder)
  orderBy: ReviewQueueOrder = ReviewQueueOrder.BEST_SCORE;
}
