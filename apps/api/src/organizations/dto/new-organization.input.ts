import { limits } from '@app/domain';
import { Field, InputType } from '@nestjs/graphql';
import {
  IsEnum,
  IsISO31661Alpha2,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import { CompanySize, OrganizationKind } from '../../graphql/enums';

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
}
