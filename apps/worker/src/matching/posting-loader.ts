import type { CapabilityProfile, NeedProfile, PostingProfile, Side } from '@app/matching';
import { Injectable } from '@nestjs/common';
import { postingTable } from '../posting-tables';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export interface LoadedPosting<P> {
  profile: P;
  version: number;
  published: boolean;
}

/** The clusters an organisation belongs to, as the engine's `clusterIds`. */
const clusterIdsOf = (organizationId: string) =>
  `ARRAY(SELECT cm.cluster_id::text FROM cluster_members cm WHERE cm.organization_id = ${organizationId})`;

const shared = (alias: string) => `
  ${alias}.id, ${alias}.version, ${alias}.status, ${alias}.language, ${alias}.title, ${alias}.summary,
  ${alias}.description, ${alias}.sectors, ${alias}.collaboration_types, ${alias}.visibility,
  ${alias}.organization_id, o.city, o.region, o.country,
  ${clusterIdsOf(`${alias}.organization_id`)} AS cluster_ids`;

const needColumns = `${shared('n')}, n.technology_keywords, n.market_keywords, n.trl_min, n.trl_max,
  n.budget_min, n.budget_max, n.currency, to_char(n.deadline, 'YYYY-MM-DD') AS deadline`;
const capabilityColumns = `${shared('c')}, c.expertise_keywords, c.methods, c.equipment, c.trl`;

type Row = Record<string, any>;

function base(row: Row) {
  return {
    id: row.id as string,
    version: row.version as number,
    language: row.language,
    title: row.title,
    summary: row.summary,
    description: row.description,
    sectors: row.sectors,
    collaborationTypes: row.collaboration_types,
    visibility: row.visibility,
    organizationId: row.organization_id,
    clusterIds: row.cluster_ids,
    place: { city: row.city, region: row.region, country: row.country },
  };
}

function toNeed(row: Row): LoadedPosting<NeedProfile> {
  return {
    profile: {
      ...base(row),
      keywords: [...row.technology_keywords, ...row.market_keywords],
      trlMin: row.trl_min,
      trlMax: row.trl_max,
      budget: row.currency
        ? { min: row.budget_min, max: row.budget_max, currency: row.currency }
        : null,
      deadline: row.deadline,
    },
    version: row.version,
    published: row.status === 'PUBLISHED',
  };
}

function toCapability(row: Row): LoadedPosting<CapabilityProfile> {
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
  };
}

/** What a posting's profile took from its organisation, comparable across loads. */
export function organisationKey(profile: Pick<PostingProfile, 'place' | 'clusterIds'>): string {
  const { city, region, country } = profile.place ?? {};
  return JSON.stringify([city, region, country, [...(profile.clusterIds ?? [])].sort()]);
}

/** How each side is read: `FROM` clause (posting and organisation) and row mapping. */
const sources = {
  need: {
    from: `SELECT ${needColumns} FROM needs n JOIN organizations o ON o.id = n.organization_id`,
    alias: 'n',
    map: toNeed,
  },
  capability: {
    from: `SELECT ${capabilityColumns} FROM capabilities c JOIN organizations o ON o.id = c.organization_id`,
    alias: 'c',
    map: toCapability,
  },
} as const;

type ProfileOf<S extends Side> = S extends 'need' ? NeedProfile : CapabilityProfile;

/** Reads postings as the engine's plain profiles: by id, by change time, or all in pages. */
@Injectable()
export class PostingLoader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async need(id: string, manager?: EntityManager) {
    return (await this.rows('need', `WHERE n.id = $1`, [id], manager)).map(toNeed)[0];
  }

  async capability(id: string, manager?: EntityManager) {
    return (await this.rows('capability', `WHERE c.id = $1`, [id], manager)).map(toCapability)[0];
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

  async loadedByIds(side: Side, ids: string[], manager?: EntityManager) {
    const { alias, map } = sources[side];
    const rows = await this.rows(side, `WHERE ${alias}.id = ANY($1::uuid[])`, [ids], manager);
    return rows.map((row) => map(row) as LoadedPosting<NeedProfile | CapabilityProfile>);
  }

  /** The version of every published posting of one side, by id. */
  async publishedVersions(side: Side): Promise<Map<string, number>> {
    const rows: { id: string; version: number }[] = await this.dataSource.query(
      `SELECT id, version FROM ${postingTable[side]} WHERE status = 'PUBLISHED'`,
    );
    return new Map(rows.map((row) => [row.id, row.version]));
  }

  /**
   * What postings take from their organisation, by organisation id, keyed as `organisationKey`
   * keys a profile: an organisation that moved or joined a cluster changes no posting's version.
   */
  async organisationKeys(): Promise<Map<string, string>> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT o.id, o.city, o.region, o.country, ${clusterIdsOf('o.id')} AS cluster_ids
       FROM organizations o`,
    );
    return new Map(
      rows.map((row) => [
        row.id,
        organisationKey({
          place: { city: row.city, region: row.region, country: row.country },
          clusterIds: row.cluster_ids,
        }),
      ]),
    );
  }

  /**
   * The oldest transaction still running: everything written by older ones is visible from now
   * on, so postings stamped at or after it are all a later catch-up needs to read.
   */
  async horizon(manager: EntityManager = this.dataSource.manager): Promise<string> {
    const [{ xmin }] = await manager.query(
      'SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin',
    );
    return xmin;
  }

  /** Postings written by transactions at or after `sinceXid` (see `horizon`). */
  async changedSince(sinceXid: string, manager?: EntityManager) {
    // One after the other: inside a transaction both run on the same connection.
    const since = (alias: string) => `WHERE ${alias}.change_xid >= $1 ORDER BY ${alias}.change_xid`;
    const needs = await this.rows('need', since('n'), [sinceXid], manager);
    const capabilities = await this.rows('capability', since('c'), [sinceXid], manager);
    return { needs: needs.map(toNeed), capabilities: capabilities.map(toCapability) };
  }

  /**
   * Every published posting of one side, a page at a time (keyset on id). The next page is
   * read while the caller indexes this one, so the database and the analysis overlap.
   */
  async *published(side: Side, pageSize = 2000) {
    const { alias, map } = sources[side];
    const page = (after: string) => {
      const rows = this.rows(
        side,
        `WHERE ${alias}.status = 'PUBLISHED' AND ${alias}.id > $1 ORDER BY ${alias}.id LIMIT $2`,
        [after, pageSize],
      );
      // Handled where it is awaited; this only keeps an abandoned read from crashing the process.
      rows.catch(() => undefined);
      return rows;
    };
    let next = page('00000000-0000-0000-0000-000000000000');
    for (;;) {
      const rows = await next;
      if (rows.length === 0) return;
      next = rows.length < pageSize ? Promise.resolve([]) : page(rows.at(-1)!.id);
      yield rows.map((row) => map(row) as LoadedPosting<NeedProfile | CapabilityProfile>);
    }
  }

  private rows(
    side: Side,
    where: string,
    parameters: unknown[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Row[]> {
    return manager.query(`${sources[side].from} ${where}`, parameters);
  }
}
