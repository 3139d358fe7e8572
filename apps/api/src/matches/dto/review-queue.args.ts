import { MatchStatus } from '@app/domain';
import { ArgsType, Field, Float, ID } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { PaginationArgs } from '../../graphql/pagination';

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
}
