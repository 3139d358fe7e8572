import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('RegisteredOrganization', {
  description: 'What the VAT taxpayer register says of a NIP: a proposal the user confirms',
})
export class RegisteredOrganizationModel {
  @Field({ description: 'As the register writes it, usually in capitals' })
  name: string;

  @Field()
  nip: string;

  @Field(() => String, { nullable: true })
  regon: string | null;

  @Field(() => String, { nullable: true, description: 'The court register (KRS) number' })
  krs: string | null;

  @Field(() => String, { nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true })
  postalCode: string | null;

  @Field(() => String, { nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true, description: 'Czynny, Zwolniony, Niezarejestrowany' })
  vatStatus: string | null;
}

@ObjectType('RegistryLookup')
export class RegistryLookupModel {
  @Field({ description: 'False where the platform has no register configured' })
  available: boolean;

  @Field(() => RegisteredOrganizationModel, {
    nullable: true,
    description: 'Null when the register does not list the NIP, or could not be asked',
  })
  organization: RegisteredOrganizationModel | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the register could not be asked: SOURCE_UNREACHABLE, SOURCE_REFUSED',
  })
  failure: string | null;
}
