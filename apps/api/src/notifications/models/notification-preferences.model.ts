import { EmailFrequency, NotificationEvent } from '@app/domain';
import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

registerEnumType(EmailFrequency, {
  name: 'EmailFrequency',
  description: 'How e-mail about an event reaches you; in-app notifications are always kept',
  valuesMap: {
    INSTANT: { description: 'One e-mail per notification, at once' },
    DAILY_DIGEST: { description: 'One e-mail a day, after 8:00 in your time zone' },
    WEEKLY_DIGEST: { description: 'One e-mail a week, on Monday after 8:00 in your time zone' },
    OFF: { description: 'No e-mail' },
  },
});

@ObjectType('EventPreference')
export class EventPreferenceModel {
  @Field(() => NotificationEvent)
  event: NotificationEvent;

  @Field(() => EmailFrequency)
  frequency: EmailFrequency;

  @Field(() => Date, {
    nullable: true,
    description: 'When you opted in to this e-mail; null while OFF or when not recorded',
  })
  consentedAt: Date | null;
}

@ObjectType('NotificationPreferences')
export class NotificationPreferencesModel {
  @Field({ description: 'IANA time zone digests are timed in, e.g. Europe/Warsaw' })
  timeZone: string;

  @Field(() => [EventPreferenceModel], {
    description: 'Every event; OFF (no e-mail) until you opt in',
  })
  events: EventPreferenceModel[];
}
