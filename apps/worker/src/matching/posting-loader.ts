import { present } from '@app/database';
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
import { InjectDataSource } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import type { DataSource, EntityManager } from 'typeorm';
import {
  inOrder,
  type LoadedPosting,
  postingSources as sources,
  postingsInOrder,
} from './posting-rows';

export type { LoadedPosting } from './posting-rows';

/** What a posting's profile took from its organisation, comparable across loads. */
export function organisationKey(profile: Pick<PostingProfile, 'place' | 'clusterIds'>): string {
  const { city, region, country } = profile.place ?? {};
  return JSON.stringify([city, region, country, [...(profile.clusterIds ?? [])].sort()]);
}

const textsKey = (profile: { id: string; version?: number }) => `${profile.id}@${profile.version}`;

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

  /** Postings by id, in the order of `ids`; those not found are left out. */
  loadedByIds(
    side: Side,
    ids: string[],
    manager = this.dataSource.manager,
  ): Promise<LoadedPosting<NeedProfile | CapabilityProfile>[]> {
    return postingsInOrder(manager, side, ids);
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

  /** The ids of every published posting of one side, a page at a time (keyset on id). */
  async *publishedIds(side: Side, pageSize = 500): AsyncGenerator<string[]> {
    for (let after = '00000000-0000-0000-0000-000000000000'; ;) {
      const rows =
        side === 'need'
          ? await this.dataSource.sql<{ id: string }[]>`SELECT id FROM needs
              WHERE status = 'PUBLISHED' AND id > ${after}::uuid ORDER BY id LIMIT ${pageSize}`
          : await this.dataSource.sql<{ id: string }[]>`SELECT id FROM capabilities
              WHERE status = 'PUBLISHED' AND id > ${after}::uuid ORDER BY id LIMIT ${pageSize}`;
      if (rows.length === 0) return;
      yield rows.map((row) => row.id);
      if (rows.length < pageSize) return;
      after = rows.at(-1)!.id;
    }
  }
}
