import type { CapabilityProfile, NeedProfile } from '@app/matching';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export interface LoadedPosting<P> {
  profile: P;
  version: number;
  published: boolean;
}

const shared = (alias: string) => `
  ${alias}.id, ${alias}.version, ${alias}.status, ${alias}.language, ${alias}.title, ${alias}.summary,
  ${alias}.description, ${alias}.sectors, ${alias}.collaboration_types, ${alias}.visibility,
  ${alias}.organization_id, o.city, o.region, o.country,
  ARRAY(SELECT cm.cluster_id::text FROM cluster_members cm WHERE cm.organization_id = ${alias}.organization_id)
    AS cluster_ids`;

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

/** Reads postings as the engine's plain profiles: one at a time, by change time, or all in pages. */
@Injectable()
export class PostingLoader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async need(id: string, manager: EntityManager = this.dataSource.manager) {
    const rows: Row[] = await manager.query(
      `SELECT ${needColumns} FROM needs n JOIN organizations o ON o.id = n.organization_id WHERE n.id = $1`,
      [id],
    );
    return rows[0] && toNeed(rows[0]);
  }

  async capability(id: string, manager: EntityManager = this.dataSource.manager) {
    const rows: Row[] = await manager.query(
      `SELECT ${capabilityColumns} FROM capabilities c JOIN organizations o ON o.id = c.organization_id WHERE c.id = $1`,
      [id],
    );
    return rows[0] && toCapability(rows[0]);
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
  async changedSince(sinceXid: string, manager: EntityManager = this.dataSource.manager) {
    // One after the other: inside a transaction both run on the same connection.
    const needs: Row[] = await manager.query(
      `SELECT ${needColumns} FROM needs n JOIN organizations o ON o.id = n.organization_id
       WHERE n.change_xid >= $1 ORDER BY n.change_xid`,
      [sinceXid],
    );
    const capabilities: Row[] = await manager.query(
      `SELECT ${capabilityColumns} FROM capabilities c JOIN organizations o ON o.id = c.organization_id
       WHERE c.change_xid >= $1 ORDER BY c.change_xid`,
      [sinceXid],
    );
    return { needs: needs.map(toNeed), capabilities: capabilities.map(toCapability) };
  }

  /** Every published posting of one side, a page at a time (keyset on id). */
  async *published(side: 'need' | 'capability', pageSize = 2000) {
    const [table, alias, columns, map] =
      side === 'need'
        ? (['needs', 'n', needColumns, toNeed] as const)
        : (['capabilities', 'c', capabilityColumns, toCapability] as const);
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: Row[] = await this.dataSource.query(
        `SELECT ${columns} FROM ${table} ${alias} JOIN organizations o ON o.id = ${alias}.organization_id
         WHERE ${alias}.status = 'PUBLISHED' AND ${alias}.id > $1 ORDER BY ${alias}.id LIMIT $2`,
        [after, pageSize],
      );
      if (rows.length === 0) return;
      yield rows.map((row) => map(row) as LoadedPosting<NeedProfile | CapabilityProfile>);
      after = rows.at(-1)!.id;
    }
  }
}
