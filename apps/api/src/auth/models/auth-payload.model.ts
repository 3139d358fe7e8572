import { Field, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../../users/models/user.model';

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({ description: 'Send as `Authorization: Bearer <token>`; short-lived' })
  accessToken: string;

  @Field({ description: 'Exchange with refreshSession for a new pair; each token works once' })
  refreshToken: string;

  @Field(() => UserModel)
  user: UserModel;
}
