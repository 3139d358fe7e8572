import { type Loaders, organizationLoader } from '../graphql/loaders';
import { OrganizationModel } from '../organizations/models/organization.model';
import type { PostingModel } from './models/posting.model';

/** The posting organisation, or null while its identity is hidden from this viewer. */
export async function posterOf(
  posting: PostingModel,
  loaders: Loaders,
): Promise<OrganizationModel | null> {
  if (!posting.identityVisible) return null;
  const organization = await loaders.of(organizationLoader).load(posting.organizationId);
  return organization && OrganizationModel.from(organization);
}
