import { LegalDocument } from '@app/domain';
import { registerEnumType } from '@nestjs/graphql';

registerEnumType(LegalDocument, {
  name: 'LegalDocument',
  valuesMap: {
    TERMS: { description: 'The terms of use' },
    PRIVACY: { description: 'The privacy notice' },
  },
});
