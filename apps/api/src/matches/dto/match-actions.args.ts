import { CollaborationType, DeclineReason, MatchOutcome, MatchStatus } from '@app/domain';
import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import { PaginationArgs } from '../../graphql/pagination';

/** An optional note or message a person writes along with an action on a match. */
const FreeText = () =>
  applyDecorators(
    Field(() => String, { nullable: true }),
    IsOptional(),
    IsString(),
    MaxLength(2000),
  );

@ArgsType()
export class NeedMatchesArgs extends PaginationArgs {
  @Field(() => ID)
  @IsString()
  needId: string;
}

@ArgsType()
export class MyMatchesArgs extends PaginationArgs {
  @Field(() => [MatchStatus], {
    nullable: true,
    description: 'PROPOSED, APPROVED, INTRODUCED, DECLINED and EXPIRED when omitted',
  })
  @IsOptional()
  @IsEnum(MatchStatus, { each: true })
  @ArrayMaxSize(10)
  status?: MatchStatus[] | null;
}

@ArgsType()
export class CapabilityMatchesArgs extends PaginationArgs {
  @Field(() => ID)
  @IsString()
  capabilityId: string;
}

@ArgsType()
export class ReviewArgs {
  @Field(() => ID)
  @IsString()
  id: string;

  @FreeText()
  note?: string | null;
}

@ArgsType()
export class RejectArgs extends ReviewArgs {
  @Field(() => DeclineReason)
  @IsEnum(DeclineReason)
  reason: DeclineReason;
}

@ArgsType()
export class BulkReviewArgs {
  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsString({ each: true })
  ids: string[];

  @FreeText()
  note?: string | null;
}

@ArgsType()
export class BulkRejectArgs extends BulkReviewArgs {
  @Field(() => DeclineReason)
  @IsEnum(DeclineReason)
  reason: DeclineReason;
}

@ArgsType()
export class RespondArgs {
  @Field(() => ID)
  @IsString()
  id: string;

  @Field()
  @IsBoolean()
  interested: boolean;

  @Field(() => DeclineReason, { nullable: true, description: 'Required when not interested' })
  @IsOptional()
  @IsEnum(DeclineReason)
  reason?: DeclineReason | null;

  @FreeText()
  message?: string | null;
}

@ArgsType()
export class ExpressInterestArgs {
  @Field(() => ID)
  @IsString()
  needId: string;

  @Field(() => ID)
  @IsString()
  capabilityId: string;

  @FreeText()
  message?: string | null;
}

@ArgsType()
export class OutcomeArgs {
  @Field(() => ID)
  @IsString()
  matchId: string;

  @Field(() => MatchOutcome)
  @IsEnum(MatchOutcome)
  outcome: MatchOutcome;

  @Field(() => CollaborationType, { nullable: true, description: 'Required with AGREEMENT_SIGNED' })
  @IsOptional()
  @IsEnum(CollaborationType)
  agreementType?: CollaborationType | null;

  @FreeText()
  note?: string | null;
}
