import { ENV, type Env } from '@app/config';
import {
  type CapabilityProfile,
  defaultMatchingConfig,
  MatchingEngine,
  type Indexed,
  type NeedProfile,
  type PostingProfile,
  type Side,
  withOverrides,
} from '@app/matching';
import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { EntityManager } from 'typeorm';
import { AnalysisThreads } from './analysis-threads';
import { EngineSnapshots } from './engine-snapshots';
import { type LoadedPosting, organisationKey, PostingLoader } from './posting-loader';

/**
 * The worker's in-memory engine. Built from PostgreSQL at start, page by page so the event loop
 * stays free, then kept current from events and by catching up on postings other workers
 * changed, so every worker process scores against the same data.
 */
@Injectable()
export class EngineStateService implements OnApplicationBootstrap, OnApplicationShutdown {
  private current: MatchingEngine;
  private readonly versions = {
    need: new Map<string, number>(),
    capability: new Map<string, number>(),
  };
  /** Every posting written by a transaction older than this is applied (see `catchUp`). */
  private horizon = '0';
  /**
   * The write (`change_xid`) each posting was last applied as, for writes at or past the
   * horizon: a catch-up does not read again what this worker's own job just read.
   */
  private readonly appliedWrites = new Map<string, string>();
  private loaded: Promise<void> | undefined;
  private readonly buildThreads: number;
  private readonly databaseUrl: string;
  private built = false;
  private saving = Promise.resolve();

  constructor(
    @Inject(ENV) env: Env,
    private readonly loader: PostingLoader,
    private readonly snapshots: EngineSnapshots,
    private readonly logger: PinoLogger,
  ) {
    this.buildThreads = env.MATCHING_BUILD_THREADS;
    this.databaseUrl = env.DATABASE_URL;
    this.current = new MatchingEngine(
      withOverrides(defaultMatchingConfig, {
        threshold: env.MATCH_THRESHOLD,
        topK: env.MATCH_TOP_K,
      }),
    );
  }

  get engine(): MatchingEngine {
    return this.current;
  }

  onApplicationBootstrap(): void {
    void this.ready();
  }

  /** Keeps the index as it is now for the next start (a killed worker keeps its last one). */
  async onApplicationShutdown(): Promise<void> {
    if (this.built) await this.saveSnapshot();
  }

  /** Resolves once the initial build has finished. */
  ready(): Promise<void> {
    return (this.loaded ??= this.build());
  }

  apply(side: 'need', posting: LoadedPosting<NeedProfile>): void;
  apply(side: 'capability', posting: LoadedPosting<CapabilityProfile>): void;
  apply(side: Side, posting: LoadedPosting<NeedProfile | CapabilityProfile>): void {
    if (!this.remember(side, posting)) return;
    const { id } = posting.profile;
    if (!posting.published) this.engine.remove(side, id);
    else if (side === 'need') this.engine.upsertNeed(posting.profile as NeedProfile);
    else this.engine.upsertCapability(posting.profile as CapabilityProfile);
  }

  /** Notes the posting's version and write; false if the engine holds it as it is already. */
  private remember(side: Side, posting: LoadedPosting<Indexed<PostingProfile>>): boolean {
    const { id } = posting.profile;
    if (BigInt(posting.changeXid) >= BigInt(this.horizon))
      this.appliedWrites.set(`${side}:${id}`, posting.changeXid);
    const indexed = this.engine.profile(side as 'need', id);
    if (
      this.versions[side].get(id) === posting.version &&
      posting.published === (indexed !== undefined) &&
      (!indexed || organisationKey(indexed) === organisationKey(posting.profile))
    )
      return false;
    this.versions[side].set(id, posting.version);
    return true;
  }

  /**
   * Applies every posting written since this worker last looked, other workers' included. The
   * horizon is read first: a transaction that commits while the postings are read is at or
   * past it, so the next catch-up reads it again.
   */
  async catchUp(manager?: EntityManager): Promise<void> {
    const horizon = await this.loader.horizon(manager);
    const { needs, capabilities } = await this.loader.changedSince(
      this.horizon,
      manager,
      (side, id, changeXid) => this.appliedWrites.get(`${side}:${id}`) === changeXid,
    );
    if (BigInt(horizon) > BigInt(this.horizon)) this.horizon = horizon;
    needs.forEach((need) => this.apply('need', need));
    capabilities.forEach((capability) => this.apply('capability', capability));
    // No later catch-up reads writes older than the horizon: forget them.
    for (const [key, changeXid] of this.appliedWrites) {
      if (BigInt(changeXid) < BigInt(this.horizon)) this.appliedWrites.delete(key);
    }
  }

  private async build(): Promise<void> {
    const started = performance.now();
    const restored = await this.restore();
    if (!restored) {
      await this.buildFresh(this.buildThreads).catch(async (error: unknown) => {
        this.logger.warn({ error }, 'analysis threads failed; building in this thread');
        this.current = new MatchingEngine(this.engine.config);
        this.versions.need.clear();
        this.versions.capability.clear();
        this.appliedWrites.clear();
        await this.buildFresh(0);
      });
    }
    await this.catchUp();
    this.engine.trimToSize();
    this.built = true;
    const { rss, heapUsed, arrayBuffers } = process.memoryUsage();
    this.logger.info(
      {
        ...this.engine.size,
        restored,
        ms: Math.round(performance.now() - started),
        rssMb: Math.round(rss / 2 ** 20),
        heapUsedMb: Math.round(heapUsed / 2 ** 20),
        arrayBuffersMb: Math.round(arrayBuffers / 2 ** 20),
      },
      'matching index built',
    );
    if (!restored) void this.saveSnapshot();
  }

  /**
   * Every published posting, a page at a time. With threads, pages are read and analysed there
   * (several at once) while this thread indexes them, in order.
   */
  private async buildFresh(threadCount: number): Promise<void> {
    this.horizon = await this.loader.horizon();
    const threads =
      threadCount > 0 ? new AnalysisThreads(threadCount, this.databaseUrl) : undefined;
    try {
      for (const side of ['capability', 'need'] as const) {
        const reading: Promise<() => void>[] = [];
        for await (const ids of this.loader.publishedIds(side)) {
          const indexer = this.pageIndexer(side, ids, threads);
          // Awaited in turn below; a failure ahead of it must not leave it unhandled meanwhile.
          indexer.catch(() => undefined);
          reading.push(indexer);
          if (reading.length > Math.max(1, 2 * threadCount)) (await reading.shift()!)();
          await yieldToEventLoop();
        }
        for (const indexPage of reading) (await indexPage)();
      }
    } finally {
      await threads?.close();
    }
  }

  /** What indexes a page of postings, once they are read (and analysed). */
  private async pageIndexer(
    side: Side,
    ids: string[],
    threads: AnalysisThreads | undefined,
  ): Promise<() => void> {
    if (!threads) {
      const postings = await this.loader.loadedByIds(side, ids);
      return () =>
        postings.forEach((posting) =>
          this.apply(side as 'need', posting as LoadedPosting<NeedProfile>),
        );
    }
    const { postings, page, vocabulary } = await threads.analyse(side, ids);
    return () => {
      postings.forEach((posting) => this.remember(side, posting));
      const published = postings.filter((posting) => posting.published);
      const profiles = published.map((posting) => posting.profile);
      this.engine.addAnalysed(side, profiles, page, vocabulary);
    };
  }

  /** One save at a time, each of the index as it is when it starts. */
  private saveSnapshot(): Promise<void> {
    this.saving = this.saving
      .then(() => this.snapshots.save(this.engine))
      .catch((error: unknown) => this.logger.warn({ error }, 'matching snapshot not saved'));
    return this.saving;
  }

  /**
   * Takes the index from the last snapshot, then brings it up to the postings as they are:
   * versions tell which changed, organisation keys which moved or joined a cluster.
   */
  private async restore(): Promise<boolean> {
    const engine = await this.snapshots.load(this.engine.config);
    if (!engine) return false;
    this.current = engine;
    this.horizon = await this.loader.horizon();
    const organisations = await this.loader.organisationKeys();
    for (const side of ['capability', 'need'] as const) {
      const published = await this.loader.publishedVersions(side);
      for (const id of engine.ids(side)) {
        if (!published.has(id)) engine.remove(side, id);
      }
      const stale: string[] = [];
      for (const [id, version] of published) {
        const profile = engine.profile(side as 'need', id);
        if (
          profile?.version === version &&
          organisations.get(profile.organizationId!) === organisationKey(profile)
        ) {
          this.versions[side].set(id, version);
        } else stale.push(id);
      }
      for (let i = 0; i < stale.length; i += 1000) {
        const postings = await this.loader.loadedByIds(side, stale.slice(i, i + 1000));
        for (const posting of postings)
          this.apply(side as 'need', posting as LoadedPosting<NeedProfile>);
      }
    }
    return true;
  }
}
