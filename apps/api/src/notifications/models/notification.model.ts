import { type Language, type NotificationEntity, NotificationEvent } from '@app/domain';
import { notificationTexts } from '@app/notifications';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../graphql/pagination';

registerEnumType(NotificationEvent, { name: 'NotificationEvent' });

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationEvent)
  event: NotificationEvent;

  @Field(() => ID, { nullable: true, description: 'The match it is about, if any' })
  matchId: string | null;

  @Field(() => ID, { nullable: true, description: 'Your need it is about, if any' })
  needId: string | null;

  @Field(() => ID, { nullable: true, description: 'Your capability it is about, if any' })
  capabilityId: string | null;

  @Field({ description: "In the reader's language" })
  title: string;

  @Field({ description: "In the reader's language" })
  body: string;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  @Field()
  createdAt: Date;

  static from(entity: NotificationEntity, language: Language): NotificationModel {
    const { id, event, matchId, needId, capabilityId, readAt, createdAt } = entity;
    return Object.assign(new NotificationModel(), {
      id,
      event,
      matchId,
      needId,
      capabilityId,
      readAt,
      createdAt,
      ...notificationTexts[event][language],
    });
  }
}

@ObjectType()
export class NotificationConnection extends Connection(NotificationModel, 'Notification') {}
