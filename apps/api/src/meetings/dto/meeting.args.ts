import { meetingLimits } from '@app/domain';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';

@InputType()
export class ProposeMeetingInput {
  @Field(() => ID)
  @IsString()
  matchId: string;

  @Field(() => [Date], { description: `One to ${meetingLimits.times} start times, all ahead` })
  @ArrayMaxSize(meetingLimits.times)
  @IsDate({ each: true })
  times: Date[];

  @Field(() => Int, {
    defaultValue: 60,
    description: `${meetingLimits.minMinutes} to ${meetingLimits.maxMinutes}`,
  })
  @IsInt()
  durationMinutes: number;

  @Field({ description: 'Online: the location is the link to join' })
  @IsBoolean()
  online: boolean;

  @Field({ description: 'The address, or the link of an online meeting' })
  @IsString()
  @MaxLength(meetingLimits.locationLength)
  location: string;
}

@ArgsType()
export class MeetingArgs {
  @Field(() => ID)
  @IsString()
  meetingId: string;
}

@ArgsType()
export class AcceptMeetingArgs extends MeetingArgs {
  @Field(() => Date, { description: 'One of the times offered' })
  @IsDate()
  startsAt: Date;
}

@ArgsType()
export class ReportMeetingArgs extends MeetingArgs {
  @Field({ description: 'Whether the meeting took place' })
  @IsBoolean()
  held: boolean;
}

@ArgsType()
export class UpcomingMeetingsArgs {
  @Field(() => ID, { nullable: true, description: 'One cluster you coordinate; all when omitted' })
  @IsOptional()
  @IsString()
  clusterId?: string | null;
}
