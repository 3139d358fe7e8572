import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { OrganizationKind } from '../../graphql/enums';

@InputType()
export class OrganizationFilter {
  @Field(() => OrganizationKind, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationKind)
  kind?: OrganizationKind | null;

  @Field(() => ID, { nullable: true, description: 'Members of this cluster' })
  @IsOptional()
  @IsUUID()
  clusterId?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string | null;
}
