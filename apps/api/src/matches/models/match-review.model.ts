import {
  DeclineReason,
  type DomainException,
  MatchAction,
  MatchOutcome,
  MatchStatus,
  UserRole,
} from '@app/domain';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { graphqlCodes } from '../../graphql/error-formatter';
import { MatchModel } from './match.model';

registerEnumType(DeclineReason, { name: 'DeclineReason' });
registerEnumType(MatchAction, { name: 'MatchAction' });
registerEnumType(MatchOutcome, { name: 'MatchOutcome' });

@ObjectType('MatchEvent', { description: 'One entry of a match’s audit trail' })
export class MatchEventModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The user who acted; null when the platform did',
  })
  actorId: string | null;

  @Field(() => UserRole, {
    nullable: true,
    description: 'The role of who acted; null when the platform did',
  })
  actorRole: UserRole | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The name of the coordinator or admin who acted; a side is known by its role only, so an anonymous firm stays anonymous',
  })
  actorName: string | null;

  @Field({ description: 'Whether who acted has since erased their account: "a deleted user"' })
  actorErased: boolean;

  @Field(() => MatchAction)
  action: MatchAction;

  @Field(() => MatchStatus)
  fromStatus: MatchStatus;

  @Field(() => MatchStatus)
  toStatus: MatchStatus;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType('MatchContact', {
  description: 'Who to talk to, once both sides asked to be introduced',
})
export class MatchContactModel {
  @Field()
  organization: string;

  @Field(() => String, {
    nullable: true,
    description: 'Null once the person erased their account ("a deleted user")',
  })
  person: string | null;

  @Field(() => String, { nullable: true, description: 'Null once the person erased their account' })
  email: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What this side wrote when it said yes; the other side reads it here',
  })
  message: string | null;
}

@ObjectType('MatchActionError')
export class MatchActionErrorModel {
  @Field({ description: 'BAD_USER_INPUT, FORBIDDEN, NOT_FOUND or CONFLICT' })
  code: string;

  @Field()
  message: string;
}

@ObjectType('MatchActionResult', { description: 'The outcome for one id of a bulk review' })
export class MatchActionResultModel {
  @Field(() => ID)
  id: string;

  @Field(() => MatchModel, { nullable: true })
  match: MatchModel | null;

  @Field(() => MatchActionErrorModel, { nullable: true })
  error: MatchActionErrorModel | null;

  static from(outcome: {
    id: string;
    match: MatchModel | null;
    error: DomainException | null;
  }): MatchActionResultModel {
    const { error } = outcome;
    return {
      ...outcome,
      error: error && { code: graphqlCodes[error.code], message: error.message },
    };
  }
}
