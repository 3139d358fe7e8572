import { isValidNip, isValidRegon, limits } from '@app/domain';
import { Field, InputType } from '@nestjs/graphql';
import {
  IsEnum,
  IsISO31661Alpha2,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  MaxLength,
  ValidateBy,
} from 'class-validator';
import { CompanySize, OrganizationKind } from '../../graphql/enums';

/** A Polish registry number as typed, checked by its check digit (rule `name` for the web app). */
const RegistryNumber = (name: string, label: string, valid: (typed: string) => boolean) =>
  ValidateBy({
    name,
    validator: {
      validate: (value) => typeof value === 'string' && value.length <= 20 && valid(value),
      defaultMessage: () => `This is not a valid ${label} (its check digit does not match)`,
    },
  });

@InputType()
export class NewOrganizationInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(limits.organizationName)
  name: string;

  @Field(() => OrganizationKind)
  @IsEnum(OrganizationKind)
  kind: OrganizationKind;

  @Field(() => CompanySize, { nullable: true, description: 'Companies only' })
  @IsOptional()
  @IsEnum(CompanySize)
  size?: CompanySize | null;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(limits.placeName)
  city: string;

  @Field({ description: 'Voivodeship, e.g. lubelskie' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(limits.placeName)
  region: string;

  @Field({ defaultValue: 'PL' })
  @IsISO31661Alpha2()
  country: string = 'PL';

  @Field(() => String, {
    nullable: true,
    description:
      'Polish tax id as typed (spaces, dashes, a PL prefix allowed); checked by its check digit',
  })
  @IsOptional()
  @RegistryNumber('isNip', 'NIP', isValidNip)
  nip?: string | null;

  @Field(() => String, { nullable: true, description: 'REGON, 9 or 14 digits, checked likewise' })
  @IsOptional()
  @RegistryNumber('isRegon', 'REGON', isValidRegon)
  regon?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: false, protocols: ['http', 'https'] })
  @MaxLength(200)
  website?: string | null;
}
