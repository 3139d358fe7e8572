import { EmailFrequency, NotificationEvent } from '@app/domain';
import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';

@InputType()
export class EventPreferenceInput {
  @Field(() => NotificationEvent)
  @IsEnum(NotificationEvent)
  event: NotificationEvent;

  @Field(() => EmailFrequency)
  @IsEnum(EmailFrequency)
  frequency: EmailFrequency;
}

/** Only what is given changes; events not listed keep their frequency. */
@InputType()
export class NotificationPreferencesInput {
  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Europe/Warsaw' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string | null;

  @Field(() => [EventPreferenceInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(Object.keys(NotificationEvent).length)
  @ValidateNested({ each: true })
  @Type(() => EventPreferenceInput)
  events?: EventPreferenceInput[] | null;
}
