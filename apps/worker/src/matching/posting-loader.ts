import { oneOf, present } from '@app/database';
import { Currency, type Language, type PostingStatus, type Visibility } from '@app/domain';
import {
  type CapabilityProfile,
  type Indexed,
  type NeedProfile,
  type PostingProfile,
  type PostingTexts,
  type Side,
  textsOf,
} from '@app/matching';
import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

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

/** What a posting's profile took from its organisation, comparable across loads. */
export function organisationKey(profile: Pick<PostingProfile, 'place' | 'clusterIds'>): string {
  const { city, region, country } = profile.place ?? {};
  return JSON.stringify([city, region, country, [...(profile.clusterIds ?? [])].sort()]);
}

const textsKey = (profile: { id: string; version?: number }) => `${profile.id}@${profile.version}`;

/** How each side is read by id, and mapped to the engine's profile. */
const sources = {
  need: (manager: EntityManager, ids: string[]) =>
    needRows(manager, ids).then((rows) => rows.map(toNeed)),
  capability: (manager: EntityManager, ids: string[]) =>
    capabilityRows(manager, ids).then((rows) => rows.map(toCapability)),
} satisfies Record<Side, unknown>;

type ProfileOf<S extends Side> = S extends 'need' ? NeedProfile : CapabilityProfile;

/** Reads postings as the engine's plain profiles: by id, by change time, or all in pages. */
@Injectable()
export class PostingLoader {
  /**
   * Texts by posting and version (they change only with it): explanations quote the same
   * strong capabilities for need after need, and each read costs more than the rest.
   */
  private readonly texts = new LRUCache<string, PostingTexts>({ max: 2000 });

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The engine's profiles (current place, clusters and scoring fields) with their texts, read
   * only for versions not read before; a posting the database holds at another version is
   * quoted as it is there.
   */
  async withTexts<S extends Side>(
    side: S,
    profiles: Indexed<ProfileOf<S>>[],
    manager?: EntityManager,
  ): Promise<Map<string, ProfileOf<S>>> {
    const unread = profiles.filter((profile) => !this.texts.has(textsKey(profile)));
    const read = new Map<string, ProfileOf<S>>();
    if (unread.length > 0) {
      const loaded = await this.loadedByIds(
        side,
        unread.map((profile) => profile.id),
        manager,
      );
      for (const { profile } of loaded) {
        this.texts.set(textsKey(profile), textsOf(profile));
        read.set(profile.id, profile as ProfileOf<S>);
      }
    }
    return new Map(
      profiles.flatMap((profile) => {
        const texts = this.texts.get(textsKey(profile));
        const full = read.get(profile.id) ?? (texts && ({ ...texts, ...profile } as ProfileOf<S>));
        return full ? [[profile.id, full] as const] : [];
      }),
    );
  }

  /** A posting its job is about: its texts are kept for the explanations that follow. */
  async need(id: string, manager = this.dataSource.manager) {
    return this.remember((await sources.need(manager, [id]))[0]);
  }

  async capability(id: string, manager = this.dataSource.manager) {
    return this.remember((await sources.capability(manager, [id]))[0]);
  }

  private remember<P extends LoadedPosting<PostingProfile>>(posting: P | undefined) {
    if (posting) this.texts.set(textsKey(posting.profile), textsOf(posting.profile));
    return posting;
  }

  /** Postings of one side by id, as they are now, texts included (the engine keeps none). */
  async byIds<S extends Side>(
    side: S,
    ids: string[],
    manager?: EntityManager,
  ): Promise<Map<string, ProfileOf<S>>> {
    const postings = await this.loadedByIds(side, ids, manager);
    return new Map(postings.map(({ profile }) => [profile.id, profile as ProfileOf<S>]));
  }

  loadedByIds(
    side: Side,
    ids: string[],
    manager = this.dataSource.manager,
  ): Promise<LoadedPosting<NeedProfile | CapabilityProfile>[]> {
    return sources[side](manager, ids);
  }

  /** The version of every published posting of one side, by id. */
  async publishedVersions(side: Side): Promise<Map<string, number>> {
    const rows =
      side === 'need'
        ? await this.dataSource.sql<
            { id: string; version: number }[]
          >`SELECT id, version FROM needs WHERE status = 'PUBLISHED'`
        : await this.dataSource.sql<
            { id: string; version: number }[]
          >`SELECT id, version FROM capabilities WHERE status = 'PUBLISHED'`;
    return new Map(rows.map((row) => [row.id, row.version]));
  }

  /**
   * What postings take from their organisation, by organisation id, keyed as `organisationKey`
   * keys a profile: an organisation that moved or joined a cluster changes no posting's version.
   */
  async organisationKeys(): Promise<Map<string, string>> {
    const rows = await this.dataSource.sql<
      { id: string; city: string; region: string; country: string; cluster_ids: string[] | null }[]
    >`SELECT o.id, o.city, o.region, o.country,
        COALESCE((SELECT array_agg(cm.cluster_id::text) FROM cluster_members cm
                  WHERE cm.organization_id = o.id), '{}') AS cluster_ids
      FROM organizations o`;
    return new Map(
      rows.map((row) => [
        row.id,
        organisationKey({
          place: { city: row.city, region: row.region, country: row.country },
          clusterIds: row.cluster_ids ?? [],
        }),
      ]),
    );
  }

  /**
   * The oldest transaction still running: everything written by older ones is visible from now
   * on, so postings stamped at or after it are all a later catch-up needs to read.
   */
  async horizon(manager: EntityManager = this.dataSource.manager): Promise<string> {
    const rows = await manager.sql<
      { xmin: string | null }[]
    >`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin`;
    return present(rows, 'xmin')[0]!.xmin;
  }

  /**
   * Postings written by transactions at or after `sinceXid` (see `horizon`), oldest first;
   * those `known` says were read as of that write are not read again.
   */
  async changedSince(
    sinceXid: string,
    manager = this.dataSource.manager,
    known: (side: Side, id: string, changeXid: string) => boolean = () => false,
  ) {
    // One after the other: inside a transaction they run on the same connection.
    const changed = await manager.sql<
      { side: 'need' | 'capability'; id: string | null; change_xid: string | null }[]
    >`
      SELECT 'need' AS side, id, change_xid FROM needs WHERE change_xid >= ${sinceXid}::bigint
      UNION ALL
      SELECT 'capability', id, change_xid FROM capabilities WHERE change_xid >= ${sinceXid}::bigint
      ORDER BY change_xid`;
    const idsOf = (side: Side) =>
      present(changed, 'id', 'change_xid').flatMap((row) =>
        row.side === side && !known(side, row.id, row.change_xid) ? [row.id] : [],
      );
    const [needIds, capabilityIds] = [idsOf('need'), idsOf('capability')];
    return {
      needs: inOrder(needIds, needIds.length ? await sources.need(manager, needIds) : []),
      capabilities: inOrder(
        capabilityIds,
        capabilityIds.length ? await sources.capability(manager, capabilityIds) : [],
      ),
    };
  }

  /**
   * Every published posting of one side, a page at a time (keyset on id). The next page is
   * read while the caller indexes this one, so the database and the analysis overlap.
   */
  async *published(side: Side, pageSize = 2000) {
    const page = async (after: string) => {
      const ids =
        side === 'need'
          ? await this.dataSource.sql<{ id: string }[]>`SELECT id FROM needs
              WHERE status = 'PUBLISHED' AND id > ${after}::uuid ORDER BY id LIMIT ${pageSize}`
          : await this.dataSource.sql<{ id: string }[]>`SELECT id FROM capabilities
              WHERE status = 'PUBLISHED' AND id > ${after}::uuid ORDER BY id LIMIT ${pageSize}`;
      const postingIds = ids.map((row) => row.id);
      return inOrder(postingIds, await this.loadedByIds(side, postingIds));
    };
    const read = (after: string) => {
      const rows = page(after);
      // Handled where it is awaited; this only keeps an abandoned read from crashing the process.
      rows.catch(() => undefined);
      return rows;
    };
    let next = read('00000000-0000-0000-0000-000000000000');
    for (;;) {
      const postings = await next;
      if (postings.length === 0) return;
      next = postings.length < pageSize ? Promise.resolve([]) : read(postings.at(-1)!.profile.id);
      yield postings;
    }
  }
}

/** The postings in the order of `ids` (a read by id returns them in any order). */
function inOrder<P extends { profile: { id: string } }>(ids: string[], postings: P[]): P[] {
  const byId = new Map(postings.map((posting) => [posting.profile.id, posting]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
