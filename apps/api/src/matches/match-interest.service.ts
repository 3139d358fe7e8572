import {
  conflict,
  forbidden,
  invalidInput,
  MatchAction,
  MatchEntity,
  MatchEventEntity,
  MatchStatus,
  NotificationEvent,
  PostingStatus,
} from '@app/domain';
import { matchingJob, notificationJob, recordOutboxJobs } from '@app/queue';
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
    const id = await this.idempotency.once(request, async (manager) => {
      const existing = await manager.findOne(MatchEntity, {
        where: { needId, capabilityId },
        lock: { mode: 'pessimistic_write' },
      });
      if (existing && ![MatchStatus.PROPOSED, MatchStatus.WITHDRAWN].includes(existing.status)) {
        throw conflict(
          `These two are already matched and the match is ${existing.status}`,
          existing.status,
        );
      }
      const match = await manager.save(
        Object.assign(
          existing ??
            manager.create(MatchEntity, {
              needId,
              capabilityId,
              score: 0,
              factors: [],
              matchedTerms: [],
              reasonForFirm: { pl: '', en: '' },
              reasonForResearcher: { pl: '', en: '' },
              engineVersion: 'pending',
              needVersion: need.version,
              capabilityVersion: capability.version,
            }),
          {
            status: MatchStatus.PROPOSED,
            userInitiated: true,
            interestMessage: message?.trim() || null,
          },
        ),
      );
      await manager.insert(MatchEventEntity, {
        matchId: match.id,
        actorId: viewer.id,
        action: MatchAction.INTEREST_EXPRESSED,
        fromStatus: existing?.status ?? MatchStatus.PROPOSED,
        toStatus: MatchStatus.PROPOSED,
        reason: null,
        note: message?.trim() || null,
      });
      await recordOutboxJobs(manager, [
        matchingJob({ name: 'match-requested', data: { matchId: match.id } }),
        notificationJob({
          name: 'match-event',
          data: { event: NotificationEvent.MATCH_TO_REVIEW, matchId: match.id },
        }),
      ]);
      return match.id;
    });
    return this.matches.byId(id!, viewer);
  }
}
