import {
  assertCanTake,
  answer,
  assertReasonExplained,
  type CollaborationType,
  type DeclineReason,
  DomainException,
  invalidInput,
  MatchAction,
  MatchOutcome,
  type MatchSide,
  MatchStatus,
} from '@app/domain';
import { MatchLedger, type MatchRecord } from '@app/ledger';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { assertCan, type MatchPermission, type MatchStanding } from '../auth/policy';
import type { Viewer } from '../auth/viewer';
import { MatchesService } from './matches.service';
import type { MatchModel } from './models/match.model';

export interface MatchActionOutcome {
  id: string;
  match: MatchModel | null;
  error: DomainException | null;
}

/** One step a person takes: which, and what it records given the match as it stands. */
interface PersonStep {
  permission: MatchPermission;
  action: MatchAction;
  decide: (match: MatchStanding) => { to: MatchStatus; record?: MatchRecord };
  reason?: string | null;
  note?: string | null;
}

/** Matches that take the same step to the same place, announced as the same side. */
interface Move {
  to: MatchStatus;
  record?: MatchRecord;
  side: MatchSide | null;
  ids: string[];
}

/**
 * Coordinators approve or reject proposed matches; then each side says whether it is interested.
 * Every step is checked by the policy and written by the ledger, for one match or a hundred.
 */
@Injectable()
export class MatchReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matches: MatchesService,
  ) {}

  approve(id: string, note: string | null | undefined, viewer: Viewer): Promise<MatchModel> {
    return this.one(id, viewer, this.approval(note));
  }

  approveMany(ids: string[], note: string | null | undefined, viewer: Viewer) {
    return this.many(ids, viewer, this.approval(note));
  }

  reject(
    id: string,
    reason: DeclineReason,
    note: string | null | undefined,
    viewer: Viewer,
  ): Promise<MatchModel> {
    assertReasonExplained('note', reason, note);
    return this.one(id, viewer, this.rejection(reason, note));
  }

  rejectMany(
    ids: string[],
    reason: DeclineReason,
    note: string | null | undefined,
    viewer: Viewer,
  ): Promise<MatchActionOutcome[]> {
    assertReasonExplained('note', reason, note);
    return this.many(ids, viewer, this.rejection(reason, note));
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
    return this.one(id, viewer, {
      permission: 'respond',
      action: MatchAction.RESPONDED,
      decide: (match) => {
        const next = answer(match, match.side!, interested);
        const key = match.side === 'firm' ? 'firm_response' : 'researcher_response';
        return { to: next.status, record: { [key]: next[`${match.side!}Response`]! } };
      },
      reason: interested ? null : reason,
      note: message,
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
    return this.one(id, viewer, {
      permission: 'recordOutcome',
      action: MatchAction.OUTCOME_RECORDED,
      decide: () => ({
        to: MatchStatus.INTRODUCED,
        record: { outcome, agreement_type: agreementType ?? null },
      }),
      reason: outcome,
      note,
    });
  }

  private approval(note: string | null | undefined): PersonStep {
    return {
      permission: 'approve',
      action: MatchAction.APPROVED,
      decide: () => ({ to: MatchStatus.APPROVED }),
      note,
    };
  }

  private rejection(reason: DeclineReason, note: string | null | undefined): PersonStep {
    return {
      permission: 'reject',
      action: MatchAction.REJECTED,
      decide: () => ({ to: MatchStatus.REJECTED, record: { reject_reason: reason } }),
      reason,
      note,
    };
  }

  private async one(id: string, viewer: Viewer, step: PersonStep): Promise<MatchModel> {
    const [outcome] = await this.many([id], viewer, step);
    if (outcome!.error) throw outcome!.error;
    return outcome!.match!;
  }

  /**
   * Each id on its own: one failure does not stop the others. The matches are read and locked
   * in one query, checked one by one, and those that pass move together, a step per target
   * status (an approval of a hundred is one UPDATE, one INSERT of events, one of outbox rows).
   */
  private async many(ids: string[], viewer: Viewer, step: PersonStep) {
    const unique = [...new Set(ids)];
    const errors = new Map<string, DomainException>();
    await this.dataSource.transaction(async (manager) => {
      const standings = await this.matches.standings(unique, viewer, manager);
      const moves = new Map<string, Move>();
      for (const id of unique) {
        try {
          const standing = standings.get(id);
          if (standing instanceof DomainException) throw standing;
          assertCan(viewer, step.permission, standing!);
          assertCanTake(step.action, standing!.status);
          const decided = { ...step.decide(standing!), side: standing!.side };
          const key = JSON.stringify(decided);
          let move = moves.get(key);
          if (!move) moves.set(key, (move = { ...decided, ids: [] }));
          move.ids.push(id);
        } catch (error) {
          if (!(error instanceof DomainException)) throw error;
          errors.set(id, error);
        }
      }
      const ledger = new MatchLedger(manager);
      for (const { to, record, side, ids: moving } of moves.values()) {
        await ledger.take({
          action: step.action,
          ids: moving,
          to,
          record,
          actorId: viewer.id,
          reason: step.reason,
          note: step.note,
          side,
        });
      }
    });
    const done = unique.filter((id) => !errors.has(id));
    const models = new Map(
      (await this.matches.byIds(done, viewer)).map((match) => [match.id, match]),
    );
    return unique.map((id) => ({
      id,
      match: models.get(id) ?? null,
      error: errors.get(id) ?? null,
    }));
  }
}
