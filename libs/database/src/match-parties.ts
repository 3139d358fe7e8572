import { UserRole } from '@app/domain';
import type { DataSource, EntityManager } from 'typeorm';

export interface Contact {
  organization: string;
  /** Null once the person erased their account: the introduction stays, their details go. */
  person: string | null;
  email: string | null;
  /** What this side wrote with its yes: for the other side, with the introduction. */
  message: string | null;
}

/** Who is on each side of a match: the organisations for access rules, the people for contacts. */
export interface MatchParties {
  firmOrganizationId: string;
  researcherOrganizationId: string;
  firm: Contact;
  researcher: Contact;
}

/** The parties of many matches in one query, in the order of the ids. */
export async function loadMatchParties(
  db: DataSource | EntityManager,
  ids: readonly string[],
): Promise<(MatchParties | null)[]> {
  // A "yes" answer carries no decline reason; its note is the message to the other side.
  const rows = await db.sql<
    {
      id: string;
      firm_organization_id: string;
      researcher_organization_id: string;
      firm_organization: string;
      firm_person: string | null;
      firm_email: string | null;
      researcher_organization: string;
      researcher_person: string | null;
      researcher_email: string | null;
      firm_message: string | null;
      researcher_message: string | null;
    }[]
  >`
    SELECT m.id, n.organization_id AS firm_organization_id, c.organization_id AS researcher_organization_id,
      fo.name AS firm_organization,
      CASE WHEN fu.erased_at IS NULL THEN fu.full_name END AS firm_person,
      CASE WHEN fu.erased_at IS NULL THEN fu.email END AS firm_email,
      ro.name AS researcher_organization,
      CASE WHEN ru.erased_at IS NULL THEN ru.full_name END AS researcher_person,
      CASE WHEN ru.erased_at IS NULL THEN ru.email END AS researcher_email,
      (SELECT e.note FROM match_events e JOIN users u ON u.id = e.actor_id
       WHERE e.match_id = m.id AND e.action = 'RESPONDED' AND e.reason IS NULL AND u.role = ${UserRole.FIRM}
       ORDER BY e.created_at DESC LIMIT 1) AS firm_message,
      (SELECT e.note FROM match_events e JOIN users u ON u.id = e.actor_id
       WHERE e.match_id = m.id AND e.action = 'RESPONDED' AND e.reason IS NULL AND u.role = ${UserRole.RESEARCHER}
       ORDER BY e.created_at DESC LIMIT 1) AS researcher_message
    FROM matches m
    JOIN needs n ON n.id = m.need_id
    JOIN organizations fo ON fo.id = n.organization_id JOIN users fu ON fu.id = n.author_id
    JOIN capabilities c ON c.id = m.capability_id
    JOIN organizations ro ON ro.id = c.organization_id JOIN users ru ON ru.id = c.author_id
    WHERE m.id = ANY(${ids}::uuid[])`;
  const byId = new Map<string, MatchParties>(
    rows.map((row) => [
      row.id,
      {
        firmOrganizationId: row.firm_organization_id,
        researcherOrganizationId: row.researcher_organization_id,
        firm: {
          organization: row.firm_organization,
          person: row.firm_person,
          email: row.firm_email,
          message: row.firm_message,
        },
        researcher: {
          organization: row.researcher_organization,
          person: row.researcher_person,
          email: row.researcher_email,
          message: row.researcher_message,
        },
      },
    ]),
  );
  return ids.map((id) => byId.get(id) ?? null);
}
