import type { EntityManager } from 'typeorm';

/**
 * Rewrites the organisations' postings so the trigger stamps them as changed (`change_xid`):
 * every worker then reads them again, with what they take from their organisation (its place,
 * its clusters), though no field of the posting itself changed.
 */
export async function restampPostingsOf(
  manager: EntityManager,
  organizationIds: string[],
): Promise<void> {
  await manager.sql`UPDATE needs SET change_xid = 0
    WHERE organization_id = ANY(${organizationIds}::uuid[])`;
  await manager.sql`UPDATE capabilities SET change_xid = 0
    WHERE organization_id = ANY(${organizationIds}::uuid[])`;
}
