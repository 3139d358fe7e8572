import { NotificationEvent } from '@app/domain';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum FailedEmailKind {
  NOTIFICATION = 'NOTIFICATION',
  DIGEST = 'DIGEST',
}

registerEnumType(FailedEmailKind, { name: 'FailedEmailKind' });

@ObjectType('FailedEmail', {
  description: 'An e-mail the SMTP server refused for good, or that failed every retry',
})
export class FailedEmailModel {
  @Field(() => ID, { description: 'The notification or digest it carried' })
  id: string;

  @Field(() => FailedEmailKind)
  kind: FailedEmailKind;

  @Field(() => NotificationEvent, { nullable: true, description: 'Null for a digest' })
  event: NotificationEvent | null;

  @Field(() => ID)
  userId: string;

  @Field()
  recipient: string;

  @Field({ description: 'What the SMTP server or the connection said' })
  error: string;

  @Field()
  failedAt: Date;
}
