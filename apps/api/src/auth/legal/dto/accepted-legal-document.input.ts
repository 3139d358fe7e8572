import { LegalDocument } from '@app/domain';
import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsString, MaxLength } from 'class-validator';
import '../legal-enums';

@InputType({ description: 'One text the person read and accepted, at the version they were shown' })
export class AcceptedLegalDocumentInput {
  @Field(() => LegalDocument)
  @IsEnum(LegalDocument)
  document: LegalDocument;

  @Field()
  @IsString()
  @MaxLength(40)
  version: string;
}
