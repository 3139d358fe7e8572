import { type Language, type NotificationEntity, NotificationEvent } from '@app/domain';
import { notificationPath, notificationText } from '@app/notifications';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
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

  @Field(() => ID, {
    nullable: true,
    description: 'The need it is about, if any: yours, or one whose proposals you review',
  })
  needId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The capability it is about, if any: yours, or one whose proposals you review',
  })
  capabilityId: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Proposals: how many the platform made for the posting this notice names',
  })
  matchCount: number | null;

  @Field({ description: 'Where it leads in the app: a path such as /matches/<id>' })
  path: string;

  @Field({ description: "In the reader's language" })
  title: string;

  @Field({ description: "In the reader's language" })
  body: string;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  @Field()
  createdAt: Date;

  static from(entity: NotificationEntity, language: Language): NotificationModel {
    const { id, event, matchId, needId, capabilityId, readAt, createdAt, matchCount } = entity;
    return Object.assign(new NotificationModel(), {
      id,
      event,
      matchId,
      needId,
      capabilityId,
      readAt,
      createdAt,
      matchCount,
      path: notificationPath(entity),
      ...notificationText(event, language, entity),
    });
  }
}

@ObjectType()
export class NotificationConnection extends Connection(NotificationModel, 'Notification') {}
