import { limits, passwordRule } from '@app/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsEnum,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ArrayMaxSize,
  IsBoolean,
  ValidateNested,
} from 'class-validator';
import { Language, UserRole } from '../../graphql/enums';
import { AcceptedLegalDocumentInput } from '../legal/dto/accepted-legal-document.input';
import { NewOrganizationInput } from '../../organizations/dto/new-organization.input';

@InputType()
export class SignUpInput {
  @Field()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email: string;

  @Field({ description: passwordRule })
  @IsString()
  password: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(limits.fullName)
  fullName: string;

  @Field(() => UserRole, {
    description: 'FIRM, RESEARCHER or COORDINATOR; admins are bootstrapped',
  })
  @IsIn([UserRole.FIRM, UserRole.RESEARCHER, UserRole.COORDINATOR], {
    message: 'role must be FIRM, RESEARCHER or COORDINATOR',
  })
  role: UserRole;

  @Field(() => Language, { defaultValue: Language.pl })
  @IsEnum(Language)
  language: Language = Language.pl;

  @Field(() => NewOrganizationInput, {
    nullable: true,
    description: 'Create a new organisation; give this or inviteCode',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => NewOrganizationInput)
  organization?: NewOrganizationInput | null;

  @Field(() => String, {
    nullable: true,
    description: "Join an existing organisation with a colleague's invite code",
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  inviteCode?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'A researcher signing up with the iD ORCID verified: the ticket completeOrcidSignIn gave',
  })
  @IsOptional()
  @IsUUID()
  orcidTicket?: string | null;

  @Field({
    defaultValue: false,
    description: 'Opt in to e-mail about every event, at the suggested frequencies',
  })
  @IsBoolean()
  emailNotifications: boolean = false;

  @Field(() => [AcceptedLegalDocumentInput], {
    description: 'The terms and privacy notice as shown (legalTexts), in the language given',
  })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => AcceptedLegalDocumentInput)
  acceptedLegalDocuments: AcceptedLegalDocumentInput[];
}
