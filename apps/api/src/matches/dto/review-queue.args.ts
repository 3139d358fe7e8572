import { limits, MatchStatus } from '@app/domain';
import { ArgsType, Field, Float, ID, Int } from '@nestjs/graphql';
import {
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
import { PaginationArgs } from '../../graphql/pagination';
import { Sectors } from '../../postings/dto/field-rules';

@ArgsType()
export class ReviewQueueArgs extends PaginationArgs {
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
