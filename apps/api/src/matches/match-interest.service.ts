import { forbidden, invalidInput, PostingStatus } from '@app/domain';
import { MatchLedger } from '@app/ledger';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { CapabilitiesService } from '../capabilities/capabilities.service';
import { NeedsService } from '../needs/needs.service';
import { MatchesService } from './matches.service';
import type { MatchModel } from './models/match.model';
import { IdempotencyService } from '../idempotency/idempotency.service';
import type { IdempotentRequest } from '../idempotency/idempotent-request';
import type { ExpressInterestArgs } from './dto/match-actions.args';

/**
 * A firm or a researcher who found a posting themselves asks the coordinators to introduce them:
 * the pair becomes a PROPOSED, user-initiated match that the engine scores but never withdraws.
 */
@Injectable()
export class MatchInterestService {
  constructor(
    private readonly idempotency: IdempotencyService,
    private readonly needs: NeedsService,
    private readonly capabilities: CapabilitiesService,
    private readonly matches: MatchesService,
  ) {}

  async express(
    { needId, capabilityId, message }: ExpressInterestArgs,
    viewer: Viewer,
    request: IdempotentRequest | undefined,
  ): Promise<MatchModel> {
    const [need, capability] = [
      await this.needs.get(needId, viewer),
      await this.capabilities.get(capabilityId, viewer),
    ];
    if (!need.isOwn && !capability.isOwn) {
      throw forbidden('Express interest on behalf of your own need or capability');
    }
    for (const [field, posting] of [
      ['needId', need],
      ['capabilityId', capability],
    ] as const) {
      if (posting.status !== PostingStatus.PUBLISHED) {
        throw invalidInput(
          field,
          `Only published postings can be matched; this one is ${posting.status}`,
        );
      }
    }
    const id = await this.idempotency.once(request, (manager) =>
      new MatchLedger(manager).expressInterest({
        needId,
        capabilityId,
        needVersion: need.version,
        capabilityVersion: capability.version,
        message: message?.trim() || null,
        actorId: viewer.id,
      }),
    );
    return this.matches.byId(id!, viewer);
  }
}
