import { UserEntity } from '@app/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { hasRight } from '../../auth/policy';
import { Language, UserRole } from '../../graphql/enums';

@ObjectType('UserCan', { description: 'What the user may do on the platform, by their role' })
export class UserCanModel {
  @Field()
  postNeeds: boolean;

  @Field()
  postCapabilities: boolean;

  @Field({ description: 'Review matches and run a cluster: queue, dashboard, settings, imports' })
  review: boolean;

  @Field()
  administer: boolean;
}

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  fullName: string;

  @Field(() => UserRole)
  role: UserRole;

  @Field(() => Language)
  language: Language;

  @Field(() => String, {
    nullable: true,
    description: 'The ORCID iD the user verified by signing in at ORCID',
  })
  orcidId: string | null;

  @Field()
  createdAt: Date;

  @Field(() => UserCanModel)
  can: UserCanModel;

  organizationId: string | null;

  static from(entity: UserEntity): UserModel {
    const { id, email, fullName, role, language, orcidId, createdAt, organizationId } = entity;
    return Object.assign(new UserModel(), {
      id,
      email,
      fullName,
      role,
      language,
      orcidId,
      createdAt,
      organizationId,
      can: {
        postNeeds: hasRight(role, 'postNeeds'),
        postCapabilities: hasRight(role, 'postCapabilities'),
        review: hasRight(role, 'review'),
        administer: hasRight(role, 'administer'),
      },
    });
  }
}
