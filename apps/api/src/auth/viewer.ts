import { type Language, UserRole } from '@app/domain';

/** Who is asking, with the memberships every access rule needs, loaded once per request. */
export interface Viewer {
  id: string;
  role: UserRole;
  /** The language texts written for this user (e.g. match reasons) are given in. */
  language: Language;
  organizationId: string | null;
  sessionId: string;
  coordinatedClusterIds: string[];
  /** Organisations that are members of a cluster this viewer coordinates. */
  coordinatedOrganizationIds: string[];
  /** Has not accepted the terms or privacy notice in force: may read, not change anything. */
  legalAcceptanceDue: boolean;
}

export const isAdmin = (viewer: Viewer): boolean => viewer.role === UserRole.ADMIN;

export const coordinatesOrganization = (viewer: Viewer, organizationId: string): boolean =>
  viewer.coordinatedOrganizationIds.includes(organizationId);
