import { Language, UserRole } from '@app/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Invitation', {
  description: 'Someone invited who has not set a password yet',
})
export class InvitationModel {
  @Field(() => ID, { description: 'The invited user' })
  userId: string;

  @Field()
  email: string;

  @Field()
  fullName: string;

  @Field(() => UserRole)
  role: UserRole;

  @Field(() => Language)
  language: Language;

  @Field()
  organizationName: string;

  @Field({ description: 'When the newest invitation was asked for' })
  sentAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When its link stops working; null until the e-mail has gone',
  })
  expiresAt: Date | null;

  @Field({ description: 'The mail server refused the newest invitation or never took it' })
  emailFailed: boolean;
}
