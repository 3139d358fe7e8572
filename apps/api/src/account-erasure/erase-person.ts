import { AccountErasureEntity, conflict, type ErasedCounts, notFound, UserRole } from '@app/domain';
import { MatchLedger, MeetingLedger } from '@app/ledger';
import type { EntityManager } from 'typeorm';
import { archiveBeingPrepared } from '../data-exports/data-exports.service';
import { closeNeedsLeftWithoutPeople, stripCapabilities } from './erase-postings';

/**
 * Erases one person in the caller's transaction. The user row stays as a tombstone without
 * personal data, because postings and match histories point at it; everything else about the
 * person is deleted, or anonymised where others rely on it (their capabilities, their words).
 */
export async function erasePerson(
  manager: EntityManager,
  userId: string,
  erasedBy: string | null,
  confirm?: (email: string) => void,
): Promise<AccountErasureEntity> {
  const [user] = await manager.sql<
    { id: string; email: string; role: UserRole; erased_at: Date | null }[]
  >`SELECT id, email, role, erased_at FROM users WHERE id = ${userId}::uuid FOR UPDATE`;
  if (!user) throw notFound('User', userId);
  if (user.erased_at) throw conflict('This account was erased already', 'ERASED');
  confirm?.(user.email);
  if (await archiveBeingPrepared(manager, userId)) {
    throw conflict('An archive of this account’s data is being prepared; erase it after');
  }
  if (user.role === UserRole.ADMIN) await assertAnotherAdmin(manager, userId);
  const removed = await removePersonalData(manager, userId);
  return manager.save(manager.create(AccountErasureEntity, { userId, erasedBy, removed }));
}

/**
 * Admin erasures take turns (a transaction-scoped advisory lock), and each reads the admins after
 * the one before committed: two admins erasing each other cannot both go.
 */
async function assertAnotherAdmin(manager: EntityManager, userId: string): Promise<void> {
  await manager.sql<
    { pg_advisory_xact_lock: void | null }[]
  >`SELECT pg_advisory_xact_lock(hashtext('admin-erasure'))`;
  const [other] = await manager.sql<{ id: string }[]>`SELECT id FROM users
    WHERE role = ${UserRole.ADMIN} AND erased_at IS NULL AND id <> ${userId}::uuid LIMIT 1`;
  if (!other) throw conflict('The last admin cannot be erased: appoint another first');
}

async function removePersonalData(manager: EntityManager, userId: string): Promise<ErasedCounts> {
  const [deleted] = await manager.sql<
    {
      sessions: number | null;
      notifications: number | null;
      digests: number | null;
      preferences: number | null;
      account_emails: number | null;
      uploads: number | null;
      orcid_sign_ins: number | null;
      consents: number | null;
      archives: number | null;
      coordinator_seats: number | null;
      idempotency_keys: number | null;
      research_drafts: number | null;
    }[]
  >`WITH
      sessions AS (DELETE FROM refresh_tokens WHERE user_id = ${userId}::uuid RETURNING 1),
      notifications AS (DELETE FROM notifications WHERE user_id = ${userId}::uuid RETURNING 1),
      digests AS (DELETE FROM email_digests WHERE user_id = ${userId}::uuid RETURNING 1),
      preferences AS (DELETE FROM notification_preferences WHERE user_id = ${userId}::uuid RETURNING 1),
      account_emails AS (DELETE FROM account_emails WHERE user_id = ${userId}::uuid RETURNING 1),
      uploads AS (DELETE FROM uploads WHERE user_id = ${userId}::uuid RETURNING 1),
      orcid_sign_ins AS (DELETE FROM orcid_sign_ins WHERE user_id = ${userId}::uuid RETURNING 1),
      consents AS (DELETE FROM legal_acceptances WHERE user_id = ${userId}::uuid RETURNING 1),
      archives AS (DELETE FROM data_exports WHERE user_id = ${userId}::uuid RETURNING 1),
      coordinator_seats AS (DELETE FROM cluster_coordinators WHERE user_id = ${userId}::uuid RETURNING 1),
      idempotency_keys AS (DELETE FROM idempotency_keys WHERE scope = ${userId} RETURNING 1),
      research_drafts AS (
        DELETE FROM research_drafts d USING users u
        WHERE u.id = ${userId}::uuid
          AND (d.assigned_user_id = u.id OR d.orcid_id = u.orcid_id
               OR d.capability_id IN (SELECT id FROM capabilities WHERE author_id = u.id))
        RETURNING 1)
    SELECT (SELECT count(*) FROM sessions)::int AS sessions,
      (SELECT count(*) FROM notifications)::int AS notifications,
      (SELECT count(*) FROM digests)::int AS digests,
      (SELECT count(*) FROM preferences)::int AS preferences,
      (SELECT count(*) FROM account_emails)::int AS account_emails,
      (SELECT count(*) FROM uploads)::int AS uploads,
      (SELECT count(*) FROM orcid_sign_ins)::int AS orcid_sign_ins,
      (SELECT count(*) FROM consents)::int AS consents,
      (SELECT count(*) FROM archives)::int AS archives,
      (SELECT count(*) FROM coordinator_seats)::int AS coordinator_seats,
      (SELECT count(*) FROM idempotency_keys)::int AS idempotency_keys,
      (SELECT count(*) FROM research_drafts)::int AS research_drafts`;
  await manager.sql`UPDATE member_imports SET imported_by = NULL WHERE imported_by = ${userId}::uuid`;
  await manager.sql`UPDATE institution_imports SET requested_by = NULL WHERE requested_by = ${userId}::uuid`;
  const history_words =
    (await new MatchLedger(manager).forgetWordsOf(userId)) +
    (await new MeetingLedger(manager).forgetPlacesOf(userId));
  const capabilities_anonymised = await stripCapabilities(manager, { authorId: userId });
  const needs_closed = await closeNeedsLeftWithoutPeople(manager, userId);
  await manager.sql`UPDATE users SET email = 'erased-' || id || '@erased.invalid', full_name = '',
      password_hash = NULL, orcid_id = NULL, email_verified_at = NULL,
      time_zone = 'Europe/Warsaw', erased_at = now()
    WHERE id = ${userId}::uuid`;
  const counted: ErasedCounts = {};
  for (const [kind, count] of Object.entries(deleted!)) counted[kind] = count ?? 0;
  return { ...counted, history_words, capabilities_anonymised, needs_closed };
}
