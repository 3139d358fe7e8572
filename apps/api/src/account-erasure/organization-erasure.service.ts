import { conflict, notFound, type UserRole } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { erasePerson } from './erase-person';
import {
  deleteOrganizationCapabilities,
  eraseOrganizationNeeds,
  stripCapabilities,
} from './erase-postings';
import type { OrganizationErasureModel } from './models/organization-erasure.model';

/** What stands in for an erased organisation's name wherever histories show it. */
const erasedOrganizationName = 'Organizacja usunięta · Organisation erased';

/**
 * An admin erases an organisation with its people and postings in one step. The dry run lists
 * what would go and changes nothing; the erasure does it all in one transaction.
 */
@Injectable()
export class OrganizationErasureService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async erase(
    organizationId: string,
    dryRun: boolean,
    admin: Viewer,
  ): Promise<OrganizationErasureModel> {
    return this.dataSource.transaction(async (manager) => {
      const plan = await planOf(manager, organizationId);
      if (dryRun) return { ...plan, dryRun, erasedAt: null };
      await eraseOrganizationNeeds(manager, organizationId);
      await deleteOrganizationCapabilities(manager, organizationId);
      await stripCapabilities(manager, { organizationId });
      for (const person of plan.people) await erasePerson(manager, person.id, admin.id);
      await manager.sql`DELETE FROM cluster_members WHERE organization_id = ${organizationId}::uuid`;
      await manager.sql`DELETE FROM institution_imports WHERE organization_id = ${organizationId}::uuid`;
      await manager.sql`DELETE FROM research_drafts WHERE organization_id = ${organizationId}::uuid`;
      const [erased] = await manager.sql<{ erased_at: Date | null }[]>`
        WITH erased AS (
          UPDATE organizations SET name = ${erasedOrganizationName}, nip = NULL, regon = NULL,
            website = NULL, invite_code = 'erased-' || gen_random_uuid(), erased_at = now()
          WHERE id = ${organizationId}::uuid RETURNING erased_at)
        SELECT * FROM erased`;
      return { ...plan, dryRun, erasedAt: erased!.erased_at! };
    });
  }
}

/** Everything an erasure of the organisation takes, read under a lock on it. */
async function planOf(manager: EntityManager, organizationId: string) {
  const [organization] = await manager.sql<
    { name: string; erased_at: Date | null }[]
  >`SELECT name, erased_at FROM organizations WHERE id = ${organizationId}::uuid FOR UPDATE`;
  if (!organization) throw notFound('Organization', organizationId);
  if (organization.erased_at) throw conflict('This organisation was erased already', 'ERASED');
  const people = await manager.sql<
    { id: string; fullName: string; email: string; role: UserRole }[]
  >`SELECT id, full_name AS "fullName", email, role FROM users
    WHERE organization_id = ${organizationId}::uuid AND erased_at IS NULL ORDER BY full_name, id`;
  const postings = await manager.sql<
    { kind: 'NEED' | 'CAPABILITY'; id: string | null; title: string | null; introduced: boolean }[]
  >`SELECT 'NEED' AS kind, n.id, n.title, EXISTS (SELECT 1 FROM matches m
      WHERE m.need_id = n.id AND m.introduced_at IS NOT NULL) AS introduced
    FROM needs n WHERE n.organization_id = ${organizationId}::uuid
    UNION ALL
    SELECT 'CAPABILITY', c.id, c.title, EXISTS (SELECT 1 FROM matches m
      WHERE m.capability_id = c.id AND m.introduced_at IS NOT NULL)
    FROM capabilities c WHERE c.organization_id = ${organizationId}::uuid
    ORDER BY 1, 3`;
  const [counts] = await manager.sql<
    { cluster_memberships: number | null; research_drafts: number | null }[]
  >`SELECT
      (SELECT count(*) FROM cluster_members WHERE organization_id = ${organizationId}::uuid)::int
        AS cluster_memberships,
      (SELECT count(*) FROM research_drafts WHERE organization_id = ${organizationId}::uuid)::int
        AS research_drafts`;
  const listed = postings.map((posting) => ({
    kind: posting.kind,
    id: posting.id!,
    title: posting.title!,
  }));
  return {
    organizationId,
    name: organization.name,
    people,
    deletedPostings: listed.filter((_, index) => !postings[index]!.introduced),
    anonymisedPostings: listed.filter((_, index) => postings[index]!.introduced),
    clusterMemberships: counts!.cluster_memberships ?? 0,
    researchDrafts: counts!.research_drafts ?? 0,
  };
}
