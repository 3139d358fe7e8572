import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, ValidateNested } from 'class-validator';
import { Language } from '../../../graphql/enums';
import { AcceptedLegalDocumentInput } from './accepted-legal-document.input';

@InputType()
export class AcceptLegalDocumentsInput {
  @Field(() => [AcceptedLegalDocumentInput])
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => AcceptedLegalDocumentInput)
  documents: AcceptedLegalDocumentInput[];

  @Field(() => Language, { description: 'The language the texts were read in' })
  @IsEnum(Language)
  language: Language;
}
