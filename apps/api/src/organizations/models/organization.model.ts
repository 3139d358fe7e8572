import { OrganizationEntity } from '@app/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CompanySize, OrganizationKind } from '../../graphql/enums';

@ObjectType('Organization')
export class OrganizationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Field(() => CompanySize, { nullable: true })
  size: CompanySize | null;

  @Field()
  city: string;

  @Field({ description: 'Voivodeship' })
  region: string;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  country: string;

  @Field(() => String, { nullable: true, description: 'Polish tax id, ten digits' })
  nip: string | null;

  @Field(() => String, { nullable: true, description: 'REGON, 9 or 14 digits' })
  regon: string | null;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field()
  createdAt: Date;

  /** Read through a field resolver that shows it to the organisation's own members only. */
  inviteCode: string;

  static from(entity: OrganizationEntity): OrganizationModel {
    return Object.assign(new OrganizationModel(), entity);
  }
}
