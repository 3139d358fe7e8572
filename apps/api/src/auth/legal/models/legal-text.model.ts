import { LegalDocument } from '@app/domain';
import { Field, ObjectType } from '@nestjs/graphql';
import { Language } from '../../../graphql/enums';
import '../legal-enums';

@ObjectType('LegalText', { description: 'A text users accept, in one language' })
export class LegalTextModel {
  @Field(() => LegalDocument)
  document: LegalDocument;

  @Field(() => Language)
  language: Language;

  @Field({ description: 'Send it back when accepting, so an older text read is not accepted' })
  version: string;

  @Field({ description: 'Plain text: paragraphs separated by blank lines' })
  body: string;
}
