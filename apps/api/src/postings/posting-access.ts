import { type PostingEntity, PostingStatus, Visibility } from '@app/domain';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { isAdmin, type Viewer } from '../auth/viewer';

/*
 * Who sees a posting, and who may know which organisation posted it. The SQL and TypeScript
 * forms of each rule sit side by side so they are reviewed (and tested) together.
 *
 * - Its own organisation and admins see everything, drafts included.
 * - Coordinators see every non-draft posting of their clusters' members.
 * - Everyone else sees published postings: PUBLIC and ANONYMOUS ones, and CLUSTER ones of
 *   organisations that share a cluster with theirs (asked of the database with the posting, not
 *   carried in every session: a cluster's member list grows with the cluster).
 * - The poster of an ANONYMOUS posting is known only to its own organisation, the coordinators
 *   of its clusters and admins, until an introduction both sides accept.
 */

export function viewerParameters(viewer: Viewer) {
  return {
    viewerOrganizationId: viewer.organizationId,
    coordinatedOrganizationIds: viewer.coordinatedOrganizationIds,
  };
}

export function whereVisibleTo<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  alias: string,
  viewer: Viewer,
): SelectQueryBuilder<E> {
  if (isAdmin(viewer)) return query;
  return query.andWhere(
    `(${alias}.organization_id = :viewerOrganizationId
      OR (${alias}.status <> '${PostingStatus.DRAFT}' AND ${alias}.organization_id = ANY(:coordinatedOrganizationIds))
      OR (${alias}.status = '${PostingStatus.PUBLISHED}' AND (${alias}.visibility <> '${Visibility.CLUSTER}'
          OR EXISTS (SELECT 1 FROM cluster_members own
                     JOIN cluster_members peer ON peer.cluster_id = own.cluster_id
                     WHERE own.organization_id = :viewerOrganizationId
                       AND peer.organization_id = ${alias}.organization_id))))`,
    viewerParameters(viewer),
  );
}

/** SQL form of {@link identityVisibleTo}, for filters on the poster's name or place. */
export function identityVisibleSql(alias: string, viewer: Viewer): string {
  if (isAdmin(viewer)) return 'TRUE';
  return `(${alias}.visibility <> '${Visibility.ANONYMOUS}'
    OR ${alias}.organization_id = :viewerOrganizationId
    OR ${alias}.organization_id = ANY(:coordinatedOrganizationIds))`;
}

export function identityVisibleTo(posting: PostingEntity, viewer: Viewer): boolean {
  return (
    isAdmin(viewer) ||
    posting.visibility !== Visibility.ANONYMOUS ||
    posting.organizationId === viewer.organizationId ||
    viewer.coordinatedOrganizationIds.includes(posting.organizationId)
  );
}
