import {
  notificationFor,
  type CollaborationType,
  conflict,
  MatchOutcome,
  answer,
  assertReasonExplained,
  assertReviewable,
  type DeclineReason,
  DomainException,
  forbidden,
  invalidInput,
  MatchAction,
  MatchEntity,
  MatchEventEntity,
  MatchStatus,
} from '@app/domain';
import { notificationJob, recordOutboxJob } from '@app/queue';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { graphqlCodes } from '../graphql/error-formatter';
import { MatchesService } from './matches.service';
import type { MatchModel } from './models/match.model';

export interface MatchActionOutcome {
  id: string;
  match: MatchModel | null;
  error: { code: string; message: string } | null;
}

/** Coordinators approve or reject proposed matches; then each side says whether it is interested. */
@Injectable()
export class MatchReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matches: MatchesService,
  ) {}

  approve(id: string, note: string | null | undefined, viewer: Viewer): Promise<MatchModel> {
    return this.change(id, viewer, 'coordinator', (match) => {
      assertReviewable(match.status);
      match.status = MatchStatus.APPROVED;
      match.decidedAt = new Date();
      return { action: MatchAction.APPROVED, reason: null, note };
    });
  }

  reject(
    id: string,
    reason: DeclineReason,
    note: string | null | undefined,
    viewer: Viewer,
  ): Promise<MatchModel> {
    assertReasonExplained('note', reason, note);
    return this.change(id, viewer, 'coordinator', (match) => {
      assertReviewable(match.status);
      match.status = MatchStatus.REJECTED;
      match.rejectReason = reason;
      match.decidedAt = new Date();
      return { action: MatchAction.REJECTED, reason, note };
    });
  }

  respond(
    id: string,
    interested: boolean,
    reason: DeclineReason | null | undefined,
    message: string | null | undefined,
    viewer: Viewer,
  ): Promise<MatchModel> {
    if (!interested && !reason)
      throw invalidInput('reason', 'Say why you are not interested', 'required');
    assertReasonExplained('message', reason, message);
    return this.change(id, viewer, 'side', (match, side) => {
      const next = answer(match, side!, interested);
      Object.assign(match, next);
      if (next.status === MatchStatus.INTRODUCED) match.introducedAt = new Date();
      return { action: MatchAction.RESPONDED, reason: interested ? null : reason!, note: message };
    });
  }

  /** After an introduction, either side or a coordinator says how it went; the latest counts. */
  recordOutcome(
    id: string,
    outcome: MatchOutcome,
    agreementType: CollaborationType | null | undefined,
    note: string | null | undefined,
    viewer: Viewer,
  ): Promise<MatchModel> {
    if (outcome === MatchOutcome.AGREEMENT_SIGNED && !agreementType) {
      throw invalidInput('agreementType', 'Say what kind of agreement was signed');
    }
    if (outcome !== MatchOutcome.AGREEMENT_SIGNED && agreementType) {
      throw invalidInput('agreementType', 'Only a signed agreement has an agreement type');
    }
    return this.change(id, viewer, 'side-or-coordinator', (match) => {
      if (match.status !== MatchStatus.INTRODUCED) {
        throw conflict(`Outcomes follow introductions; the match is ${match.status}`, match.status);
      }
      match.outcome = outcome;
      match.agreementType = agreementType ?? null;
      return { action: MatchAction.OUTCOME_RECORDED, reason: outcome, note };
    });
  }

  /** Each id on its own: one failure does not undo the others. */
  async forEach(
    ids: string[],
    act: (id: string) => Promise<MatchModel>,
  ): Promise<MatchActionOutcome[]> {
    const outcomes: MatchActionOutcome[] = [];
    for (const id of new Set(ids)) {
      try {
        outcomes.push({ id, match: await act(id), error: null });
      } catch (error) {
        if (!(error instanceof DomainException)) throw error;
        outcomes.push({
          id,
          match: null,
          error: { code: graphqlCodes[error.code], message: error.message },
        });
      }
    }
    return outcomes;
  }

  private async change(
    id: string,
    viewer: Viewer,
    actor: 'coordinator' | 'side' | 'side-or-coordinator',
    apply: (
      match: MatchEntity,
      side: 'firm' | 'researcher' | null,
    ) => { action: MatchAction; reason: string | null; note: string | null | undefined },
  ): Promise<MatchModel> {
    const saved = await this.dataSource.transaction(async (manager: EntityManager) => {
      const query = manager.createQueryBuilder(MatchEntity, 'match').setLock('pessimistic_write');
      const { entity, coordinates, side } = await this.matches.loadForViewer(query, id, viewer);
      if (actor === 'coordinator' && !coordinates) {
        throw forbidden('Only coordinators of a cluster the match involves can review it');
      }
      if (actor === 'side' && !side)
        throw forbidden('Only the firm and the research team of the match can answer');
      const fromStatus = entity.status;
      const { action, reason, note } = apply(entity, side);
      const match = await manager.save(entity);
      const event = notificationFor(action, match.status);
      if (event) {
        await recordOutboxJob(
          manager,
          notificationJob({
            name: 'match-event',
            data: { event, matchId: match.id, ...(side ? { side } : {}) },
          }),
        );
      }
      await manager.insert(MatchEventEntity, {
        matchId: match.id,
        actorId: viewer.id,
        action,
        fromStatus,
        toStatus: match.status,
        reason,
        note: note?.trim() || null,
      });
      return match;
    });
    return this.matches.byId(saved.id, viewer);
  }
}
