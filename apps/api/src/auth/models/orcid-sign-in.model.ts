import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AuthPayloadModel } from './auth-payload.model';

@ObjectType('OrcidSignUp', {
  description: 'No account has this iD yet: sign up with the ticket and the account gets the iD',
})
export class OrcidSignUpModel {
  @Field(() => ID, { description: 'Pass as `orcidTicket` to signUp within an hour; used once' })
  ticket: string;

  @Field()
  orcidId: string;

  @Field(() => String, { nullable: true, description: 'The name ORCID gave, to prefill' })
  fullName: string | null;
}

@ObjectType('OrcidSignIn', { description: 'Exactly one of the two is set' })
export class OrcidSignInModel {
  @Field(() => AuthPayloadModel, { nullable: true })
  session: AuthPayloadModel | null;

  @Field(() => OrcidSignUpModel, { nullable: true })
  signUp: OrcidSignUpModel | null;
}
