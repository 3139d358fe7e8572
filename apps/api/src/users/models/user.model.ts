import { UserEntity } from '@app/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Language, UserRole } from '../../graphql/enums';

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
    });
  }
}
