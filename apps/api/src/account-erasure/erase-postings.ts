import { CloseReason, PostingStatus } from '@app/domain';
import { matchingJob, PostingChange, recordOutboxJobs } from '@app/queue';
import type { EntityManager } from 'typeorm';

/** Statuses in which a posting is in the matching index, so its end must be announced. */
const indexedStatuses = [PostingStatus.PUBLISHED, PostingStatus.PAUSED];

interface EndedPosting {
  id: string;
  version: number;
  was: PostingStatus;
}

/** Whose capabilities: one person's, or a whole organisation's. */
type Owner = { authorId: string } | { organizationId: string };

/**
 * Capabilities describe the people behind them: closed, their texts replaced by a note and
 * dropped from matching. Matches keep pointing at them, so the other side's history stays.
 */
export async function stripCapabilities(manager: EntityManager, owner: Owner): Promise<number> {
  const authorId = 'authorId' in owner ? owner.authorId : null;
  const organizationId = 'organizationId' in owner ? owner.organizationId : null;
  const stripped = await manager.sql<EndedPosting[]>`
    WITH own AS (
      SELECT id, status, title FROM capabilities
      WHERE author_id = ${authorId}::uuid OR organization_id = ${organizationId}::uuid
      FOR UPDATE),
    stripped AS (UPDATE capabilities c SET
      title = CASE c.language WHEN 'pl' THEN 'Oferta wycofana (dane usunięte)'
                              ELSE 'Offer withdrawn (data erased)' END,
      summary = '', description = '', team = '', expertise_keywords = '{}', methods = '{}',
      equipment = '{}', publications = '{}', imported_fields = NULL,
      search_document = ''::tsvector,
      status = ${PostingStatus.CLOSED},
      close_reason = COALESCE(c.close_reason, ${CloseReason.WITHDRAWN}),
      closed_at = COALESCE(c.closed_at, now()),
      version = c.version + 1, updated_at = now()
    FROM own WHERE c.id = own.id
    RETURNING c.id, c.version, own.status AS was, c.title, own.title AS old_title),
    -- Proposal notices quote the posting's title: they quote the note now.
    notices AS (UPDATE notifications n SET subject_title = stripped.title
      FROM stripped WHERE n.subject_title = left(stripped.old_title, 200)
        AND (n.capability_id = stripped.id
             OR n.match_id IN (SELECT m.id FROM matches m WHERE m.capability_id = stripped.id))
      RETURNING 1)
    SELECT id, version, was FROM stripped`;
  await announceEnded(manager, 'capability', stripped);
  return stripped.length;
}

/** A firm's needs stay while the firm has someone on the platform; else they close. */
export async function closeNeedsLeftWithoutPeople(
  manager: EntityManager,
  userId: string,
): Promise<number> {
  const closed = await manager.sql<EndedPosting[]>`
    WITH own AS (
      SELECT n.id, n.status FROM needs n
      WHERE n.author_id = ${userId}::uuid
        AND n.status IN (${PostingStatus.DRAFT}, ${PostingStatus.PUBLISHED}, ${PostingStatus.PAUSED})
        AND NOT EXISTS (SELECT 1 FROM users u WHERE u.organization_id = n.organization_id
                        AND u.id <> ${userId}::uuid AND u.erased_at IS NULL)
      FOR UPDATE OF n),
    closed AS (UPDATE needs n SET status = ${PostingStatus.CLOSED}, close_reason = ${CloseReason.WITHDRAWN},
      closed_at = now(), version = n.version + 1, updated_at = now()
    FROM own WHERE n.id = own.id
    RETURNING n.id, n.version, own.status AS was)
    SELECT * FROM closed`;
  await announceEnded(manager, 'need', closed);
  return closed.length;
}

/**
 * An erased organisation's needs: those that led to an introduction stay, closed and stripped of
 * their texts, as the history the other side and the cluster's outcomes refer to; the others go
 * with their proposals. Capabilities are stripped the same way by `stripCapabilities`.
 */
export async function eraseOrganizationNeeds(
  manager: EntityManager,
  organizationId: string,
): Promise<{ deleted: number; stripped: number }> {
  const rows = await manager.sql<
    { id: string; version: number; was: string | null; kept: boolean }[]
  >`
    WITH own AS (
      SELECT n.id, n.status, n.title, EXISTS (SELECT 1 FROM matches m
        WHERE m.need_id = n.id AND m.introduced_at IS NOT NULL) AS introduced
      FROM needs n WHERE n.organization_id = ${organizationId}::uuid FOR UPDATE OF n),
    deleted AS (DELETE FROM needs n USING own WHERE n.id = own.id AND NOT own.introduced
      RETURNING n.id, n.version + 1 AS version, own.status AS was),
    stripped AS (UPDATE needs n SET
      title = CASE n.language WHEN 'pl' THEN 'Potrzeba wycofana (dane usunięte)'
                              ELSE 'Need withdrawn (data erased)' END,
      summary = '', description = '', technology_keywords = '{}', market_keywords = '{}',
      search_document = ''::tsvector,
      status = ${PostingStatus.CLOSED},
      close_reason = COALESCE(n.close_reason, ${CloseReason.WITHDRAWN}),
      closed_at = COALESCE(n.closed_at, now()),
      version = n.version + 1, updated_at = now()
    FROM own WHERE n.id = own.id AND own.introduced
    RETURNING n.id, n.version, own.status AS was, n.title, own.title AS old_title),
    notices AS (UPDATE notifications x SET subject_title = stripped.title
      FROM stripped WHERE x.subject_title = left(stripped.old_title, 200)
        AND (x.need_id = stripped.id
             OR x.match_id IN (SELECT m.id FROM matches m WHERE m.need_id = stripped.id))
      RETURNING 1)
    SELECT id, version, was, false AS kept FROM deleted
    UNION ALL SELECT id, version, was, true AS kept FROM stripped`;
  // The union loses the column's type: each side read it from `needs.status`.
  const ended = rows.map((row) => ({ ...row, was: row.was as PostingStatus }));
  await announceEnded(manager, 'need', ended);
  const stripped = ended.filter((need) => need.kept).length;
  return { deleted: ended.length - stripped, stripped };
}

/** An erased organisation's capabilities that led to no introduction go with their proposals. */
export async function deleteOrganizationCapabilities(
  manager: EntityManager,
  organizationId: string,
): Promise<number> {
  const deleted = await manager.sql<EndedPosting[]>`
    WITH deleted AS (
      DELETE FROM capabilities c WHERE c.organization_id = ${organizationId}::uuid
        AND NOT EXISTS (SELECT 1 FROM matches m
          WHERE m.capability_id = c.id AND m.introduced_at IS NOT NULL)
      RETURNING c.id, c.version, c.status AS was)
    SELECT * FROM deleted`;
  // A version past the deleted row's, so no worker takes the announcement for a stale one.
  await announceEnded(
    manager,
    'capability',
    deleted.map((capability) => ({ ...capability, version: capability.version + 1 })),
  );
  return deleted.length;
}

/** Postings gone from matching: the worker drops them from its index (a missing one too). */
function announceEnded(manager: EntityManager, kind: 'need' | 'capability', ended: EndedPosting[]) {
  return recordOutboxJobs(
    manager,
    ended
      .filter((posting) => indexedStatuses.includes(posting.was))
      .map(({ id, version }) =>
        kind === 'need'
          ? matchingJob({
              name: 'need-changed',
              data: { needId: id, version, change: PostingChange.CLOSED },
            })
          : matchingJob({
              name: 'capability-changed',
              data: { capabilityId: id, version, change: PostingChange.CLOSED },
            }),
      ),
  );
}
