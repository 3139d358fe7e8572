import {
  CloseReason,
  CollaborationType,
  CompanySize,
  Currency,
  IprStatus,
  Language,
  OrganizationKind,
  PostingStatus,
  UserRole,
  Visibility,
} from '@app/domain';
import { registerEnumType } from '@nestjs/graphql';

registerEnumType(OrganizationKind, { name: 'OrganizationKind' });
registerEnumType(CompanySize, { name: 'CompanySize', description: 'EEN type/size of partner' });
registerEnumType(UserRole, { name: 'UserRole' });
registerEnumType(Language, { name: 'Language' });
registerEnumType(Visibility, {
  name: 'Visibility',
  valuesMap: {
    PUBLIC: { description: 'Every signed-in user' },
    CLUSTER: { description: "Members of the poster's clusters" },
    ANONYMOUS: { description: "Content visible, poster's identity hidden until an introduction" },
  },
});
registerEnumType(PostingStatus, { name: 'PostingStatus' });
registerEnumType(CloseReason, { name: 'CloseReason' });
registerEnumType(CollaborationType, { name: 'CollaborationType' });
registerEnumType(IprStatus, { name: 'IprStatus' });
registerEnumType(Currency, { name: 'Currency' });

export {
  CloseReason,
  CollaborationType,
  CompanySize,
  Currency,
  IprStatus,
  Language,
  OrganizationKind,
  PostingStatus,
  UserRole,
  Visibility,
};
