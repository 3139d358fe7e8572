import {
  forbidden,
  isUuid,
  notFound,
  MatchAction,
  MatchActor,
  type MatchResponse,
  type MatchSide,
  type MatchStatus,
  matchTransitions,
  PostingAction,
  UserRole,
} from '@app/domain';
import { coordinatesOrganization, isAdmin, type Viewer } from './viewer';

/**
 * What each role may do on the platform: the resolvers' role guards and `User.can`, which the
 * web app's navigation and pages read, both come from here.
 */
export const platformRights = {
  postNeeds: [UserRole.FIRM],
  postCapabilities: [UserRole.RESEARCHER],
  review: [UserRole.COORDINATOR, UserRole.ADMIN],
  administer: [UserRole.ADMIN],
} as const satisfies Record<string, readonly UserRole[]>;

export type PlatformRight = keyof typeof platformRights;

export const hasRight = (role: UserRole, right: PlatformRight): boolean =>
  (platformRights[right] as readonly UserRole[]).includes(role);

/** Admins manage every cluster; a coordinator the clusters they were appointed to. */
export const managesCluster = (viewer: Viewer, clusterId: string): boolean =>
  isAdmin(viewer) || viewer.coordinatedClusterIds.includes(clusterId);

/**
 * Throws FORBIDDEN, saying why, unless the viewer manages the cluster; NOT_FOUND for an id that
 * is not even a UUID, which admins (who manage every cluster) would otherwise take to SQL.
 */
export function assertManagesCluster(viewer: Viewer, clusterId: string, refusal: string): void {
  if (!isUuid(clusterId)) throw notFound('Cluster', clusterId);
  if (!managesCluster(viewer, clusterId)) throw forbidden(refusal);
}

/** The posting organisation manages a posting; admins may also pause or close it (moderation). */
export function mayManagePosting(
  viewer: Viewer,
  posting: { organizationId: string },
  action: PostingAction,
): boolean {
  if (posting.organizationId === viewer.organizationId) return true;
  return isAdmin(viewer) && (action === PostingAction.PAUSE || action === PostingAction.CLOSE);
}

/** How a viewer stands to one match: which side they are on, whether they coordinate it. */
export interface MatchStanding {
  status: MatchStatus;
  firmResponse: MatchResponse | null;
  researcherResponse: MatchResponse | null;
  side: MatchSide | null;
  coordinates: boolean;
}

/** The organisations on both sides of a match, as the access rules need them. */
export interface MatchOrganizations {
  firmOrganizationId: string;
  researcherOrganizationId: string;
}

/** Admins, and coordinators of a cluster either side's organisation belongs to. */
export const coordinatesMatch = (viewer: Viewer, match: MatchOrganizations): boolean =>
  isAdmin(viewer) ||
  coordinatesOrganization(viewer, match.firmOrganizationId) ||
  coordinatesOrganization(viewer, match.researcherOrganizationId);

export const sideOf = (viewer: Viewer, match: MatchOrganizations): MatchSide | null =>
  viewer.organizationId === match.firmOrganizationId
    ? 'firm'
    : viewer.organizationId === match.researcherOrganizationId
      ? 'researcher'
      : null;

/** What a person can do to a match; each is one step of `matchTransitions`. */
export type MatchPermission = 'approve' | 'reject' | 'respond' | 'recordOutcome' | 'meet';

const stepOf: Record<MatchPermission, MatchAction> = {
  approve: MatchAction.APPROVED,
  reject: MatchAction.REJECTED,
  respond: MatchAction.RESPONDED,
  recordOutcome: MatchAction.OUTCOME_RECORDED,
  meet: MatchAction.MEETING_PROPOSED,
};

/** Why someone who is not among a step's actors is refused it. */
const refusals: Record<MatchActor, string> = {
  [MatchActor.SIDE]: 'Only the firm and the research team of the match can take this step',
  [MatchActor.COORDINATOR]: 'Only coordinators of a cluster the match involves can review it',
  [MatchActor.SIDE_OR_COORDINATOR]:
    'Only the sides of the match and coordinators of a cluster it involves can take this step',
  [MatchActor.REQUESTER]: 'Only a member of either organisation can ask for this pair',
  [MatchActor.ENGINE]: 'Only the matching engine takes this step',
  [MatchActor.CLOCK]: 'Only the platform takes this step, as time passes',
};

const sideRoles: readonly UserRole[] = [UserRole.FIRM, UserRole.RESEARCHER];

/** Whether the viewer is one the step is taken by (whatever the match's status). */
export function mayActOn(viewer: Viewer, permission: MatchPermission, match: MatchStanding) {
  const actor = matchTransitions[stepOf[permission]].by;
  const isSide = match.side !== null && sideRoles.includes(viewer.role);
  const coordinates =
    match.coordinates && [UserRole.COORDINATOR, UserRole.ADMIN].includes(viewer.role);
  switch (actor) {
    case MatchActor.COORDINATOR:
      return coordinates;
    case MatchActor.SIDE:
      return isSide;
    case MatchActor.SIDE_OR_COORDINATOR:
      return match.side !== null || match.coordinates;
    case MatchActor.REQUESTER:
    case MatchActor.ENGINE:
    case MatchActor.CLOCK:
      return false;
  }
}

/** Throws FORBIDDEN unless the viewer is one the step is taken by. */
export function assertCan(viewer: Viewer, permission: MatchPermission, match: MatchStanding) {
  if (mayActOn(viewer, permission, match)) return;
  throw forbidden(refusals[matchTransitions[stepOf[permission]].by]);
}

/** What the viewer can do to the match now: allowed to, and the match is where the step starts. */
export function viewerCan(viewer: Viewer, match: MatchStanding): Record<MatchPermission, boolean> {
  const now = (permission: MatchPermission) =>
    mayActOn(viewer, permission, match) &&
    matchTransitions[stepOf[permission]].from.includes(match.status);
  const ownAnswer =
    match.side === 'firm'
      ? match.firmResponse
      : match.side === 'researcher'
        ? match.researcherResponse
        : null;
  return {
    approve: now('approve'),
    reject: now('reject'),
    respond: now('respond') && ownAnswer === null,
    recordOutcome: now('recordOutcome'),
    meet: now('meet'),
  };
}
