import { ENV, type Env } from '@app/config';
import {
  type CapabilityProfile,
  defaultMatchingConfig,
  MatchingEngine,
  type NeedProfile,
  type Side,
  withOverrides,
} from '@app/matching';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { EntityManager } from 'typeorm';
import { type LoadedPosting, PostingLoader } from './posting-loader';

/**
 * The worker's in-memory engine. Built from PostgreSQL at start, page by page so the event loop
 * stays free, then kept current from events and by catching up on postings other workers
 * changed, so every worker process scores against the same data.
 */
@Injectable()
export class EngineStateService implements OnApplicationBootstrap {
  readonly engine: MatchingEngine;
  private readonly versions = {
    need: new Map<string, number>(),
    capability: new Map<string, number>(),
  };
  /** Every posting written by a transaction older than this is applied (see `catchUp`). */
  private horizon = '0';
  private loaded: Promise<void> | undefined;

  constructor(
    @Inject(ENV) env: Env,
    private readonly loader: PostingLoader,
    private readonly logger: PinoLogger,
  ) {
    this.engine = new MatchingEngine(
      withOverrides(defaultMatchingConfig, {
        threshold: env.MATCH_THRESHOLD,
        topK: env.MATCH_TOP_K,
      }),
    );
  }

  onApplicationBootstrap(): void {
    void this.ready();
  }

  /** Resolves once the initial build has finished. */
  ready(): Promise<void> {
    return (this.loaded ??= this.build());
  }

  apply(side: 'need', posting: LoadedPosting<NeedProfile>): void;
  apply(side: 'capability', posting: LoadedPosting<CapabilityProfile>): void;
  apply(side: Side, posting: LoadedPosting<NeedProfile | CapabilityProfile>): void {
    const { id } = posting.profile;
    if (
      this.versions[side].get(id) === posting.version &&
      posting.published === this.engine.has(side, id)
    )
      return;
    this.versions[side].set(id, posting.version);
    if (!posting.published) this.engine.remove(side, id);
    else if (side === 'need') this.engine.upsertNeed(posting.profile as NeedProfile);
    else this.engine.upsertCapability(posting.profile as CapabilityProfile);
  }

  /**
   * Applies every posting written since this worker last looked, other workers' included. The
   * horizon is read first: a transaction that commits while the postings are read is at or
   * past it, so the next catch-up reads it again.
   */
  async catchUp(manager?: EntityManager): Promise<void> {
    const horizon = await this.loader.horizon(manager);
    const { needs, capabilities } = await this.loader.changedSince(this.horizon, manager);
    if (BigInt(horizon) > BigInt(this.horizon)) this.horizon = horizon;
    needs.forEach((need) => this.apply('need', need));
    capabilities.forEach((capability) => this.apply('capability', capability));
  }

  private async build(): Promise<void> {
    const started = performance.now();
    this.horizon = await this.loader.horizon();
    for (const side of ['capability', 'need'] as const) {
      for await (const page of this.loader.published(side)) {
        for (const posting of page)
          this.apply(side as 'need', posting as LoadedPosting<NeedProfile>);
        await yieldToEventLoop();
      }
    }
    await this.catchUp();
    this.logger.info(
      { ...this.engine.size, ms: Math.round(performance.now() - started) },
      'matching index built',
    );
  }
}
