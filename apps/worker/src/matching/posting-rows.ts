// Narrow entries: the build threads read postings without loading the entities (see below).
import { oneOf } from '@app/database/present';
import { Currency, type Language, type PostingStatus, type Visibility } from '@app/domain/enums';
import type { CapabilityProfile, NeedProfile, Side } from '@app/matching';
import type { EntityManager } from 'typeorm';

/**
 * How postings are read by id and mapped to the engine's profiles: by the worker, and by the
 * threads a build analyses texts in, which read their pages themselves (see `analysis-threads`).
 */
export interface LoadedPosting<P> {
  profile: P;
  version: number;
  published: boolean;
  /** The transaction that last wrote it (`change_xid`), as read. */
  changeXid: string;
}

type NeedRow = Awaited<ReturnType<typeof needRows>>[number];
type CapabilityRow = Awaited<ReturnType<typeof capabilityRows>>[number];

/** Needs by id, with what their profile takes from the organisation: its place and clusters. */
const needRows = (manager: EntityManager, ids: string[]) => manager.sql<
  {
    id: string;
    version: number;
    status: PostingStatus;
    language: Language;
    title: string;
    summary: string;
    description: string;
    sectors: string[];
    collaboration_types: string[];
    visibility: Visibility;
    organization_id: string;
    city: string;
    region: string;
    country: string;
    cluster_ids: string[] | null;
    technology_keywords: string[];
    market_keywords: string[];
    trl_min: number;
    trl_max: number;
    budget_min: number | null;
    budget_max: number | null;
    currency: string | null;
    deadline: string | null;
    change_xid: string;
  }[]
>`
  SELECT n.id, n.version, n.change_xid::text AS change_xid, n.status, n.language, n.title, n.summary, n.description, n.sectors,
    n.collaboration_types, n.visibility, n.organization_id, o.city, o.region, o.country,
    COALESCE((SELECT array_agg(cm.cluster_id::text) FROM cluster_members cm
              WHERE cm.organization_id = n.organization_id), '{}') AS cluster_ids,
    n.technology_keywords, n.market_keywords, n.trl_min, n.trl_max, n.budget_min, n.budget_max,
    n.currency, to_char(n.deadline, 'YYYY-MM-DD')::text AS deadline
  FROM needs n JOIN organizations o ON o.id = n.organization_id
  WHERE n.id = ANY(${ids}::uuid[])`;

/** Capabilities by id, as `needRows` reads needs. */
const capabilityRows = (manager: EntityManager, ids: string[]) => manager.sql<
  {
    id: string;
    version: number;
    status: PostingStatus;
    language: Language;
    title: string;
    summary: string;
    description: string;
    sectors: string[];
    collaboration_types: string[];
    visibility: Visibility;
    organization_id: string;
    city: string;
    region: string;
    country: string;
    cluster_ids: string[] | null;
    expertise_keywords: string[];
    methods: string[];
    equipment: string[];
    trl: number;
    change_xid: string;
  }[]
>`
  SELECT c.id, c.version, c.change_xid::text AS change_xid, c.status, c.language, c.title, c.summary, c.description, c.sectors,
    c.collaboration_types, c.visibility, c.organization_id, o.city, o.region, o.country,
    COALESCE((SELECT array_agg(cm.cluster_id::text) FROM cluster_members cm
              WHERE cm.organization_id = c.organization_id), '{}') AS cluster_ids,
    c.expertise_keywords, c.methods, c.equipment, c.trl
  FROM capabilities c JOIN organizations o ON o.id = c.organization_id
  WHERE c.id = ANY(${ids}::uuid[])`;

function base(row: NeedRow | CapabilityRow) {
  return {
    id: row.id,
    version: row.version,
    language: row.language,
    title: row.title,
    summary: row.summary,
    description: row.description,
    sectors: row.sectors,
    collaborationTypes: row.collaboration_types,
    visibility: row.visibility,
    organizationId: row.organization_id,
    clusterIds: row.cluster_ids ?? [],
    place: { city: row.city, region: row.region, country: row.country },
  };
}

function toNeed(row: NeedRow): LoadedPosting<NeedProfile> {
  return {
    profile: {
      ...base(row),
      keywords: [...row.technology_keywords, ...row.market_keywords],
      trlMin: row.trl_min,
      trlMax: row.trl_max,
      budget: row.currency
        ? { min: row.budget_min, max: row.budget_max, currency: oneOf(Currency, row.currency) }
        : null,
      deadline: row.deadline,
    },
    version: row.version,
    published: row.status === 'PUBLISHED',
    changeXid: row.change_xid,
  };
}

function toCapability(row: CapabilityRow): LoadedPosting<CapabilityProfile> {
  return {
    profile: {
      ...base(row),
      keywords: row.expertise_keywords,
      methods: row.methods,
      equipment: row.equipment,
      trl: row.trl,
    },
    version: row.version,
    published: row.status === 'PUBLISHED',
    changeXid: row.change_xid,
  };
}

/** How each side is read by id, and mapped to the engine's profile. */
export const postingSources = {
  need: (manager: EntityManager, ids: string[]) =>
    needRows(manager, ids).then((rows) => rows.map(toNeed)),
  capability: (manager: EntityManager, ids: string[]) =>
    capabilityRows(manager, ids).then((rows) => rows.map(toCapability)),
} satisfies Record<Side, unknown>;

/** Postings of one side by id, in the order of `ids`; those not found are left out. */
export async function postingsInOrder(
  manager: EntityManager,
  side: Side,
  ids: string[],
): Promise<LoadedPosting<NeedProfile | CapabilityProfile>[]> {
  const postings: LoadedPosting<NeedProfile | CapabilityProfile>[] = await postingSources[side](
    manager,
    ids,
  );
  return inOrder(ids, postings);
}

/** The postings in the order of `ids` (a read by id returns them in any order). */
export function inOrder<P extends { profile: { id: string } }>(ids: string[], postings: P[]): P[] {
  const byId = new Map(postings.map((posting) => [posting.profile.id, posting]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
