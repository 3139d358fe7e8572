import { Field, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../../users/models/user.model';

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({ description: 'Send as `Authorization: Bearer <token>`; short-lived' })
  accessToken: string;

  @Field(() => Date, { description: 'When to refresh the session, at the latest' })
  accessTokenExpiresAt: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'Exchange with refreshSession for a new pair; each token works once. Null when the request ' +
      'sent `X-Refresh-Token-Transport: cookie`: the token is then an httpOnly cookie',
  })
  refreshToken: string | null;

  @Field(() => UserModel)
  user: UserModel;
}
