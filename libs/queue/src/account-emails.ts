import { AccountEmailEntity, type AccountEmailKind, sameLinkKinds } from '@app/domain';
import type { EntityManager } from 'typeorm';
import { notificationJob } from './jobs';
import { recordOutboxJob } from './outbox';

/**
 * Records an e-mail about the account and the job that sends it, in the caller's transaction.
 * Links sent before it for the same purpose stop working: only the newest one does.
 */
export async function recordAccountEmail(
  manager: EntityManager,
  userId: string,
  kind: AccountEmailKind,
): Promise<void> {
  await endAccountLinks(manager, userId, kind);
  const { id } = await manager.save(manager.create(AccountEmailEntity, { userId, kind }));
  await recordOutboxJob(
    manager,
    notificationJob({ name: 'send-account-email', data: { accountEmailId: id } }),
  );
}

export async function endAccountLinks(
  manager: EntityManager,
  userId: string,
  kind: AccountEmailKind,
): Promise<void> {
  await manager.sql`UPDATE account_emails SET used_at = now()
     WHERE user_id = ${userId}::uuid AND kind = ANY(${sameLinkKinds[kind]}) AND used_at IS NULL`;
}
