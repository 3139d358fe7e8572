import { conflict, invalidInput } from '../errors/domain.exception';
import {
  type MatchNotificationEvent,
  NotificationEvent,
} from '../notifications/notification.entity';
import { MatchAction } from './match-event.entity';
import { DeclineReason, MatchResponse, MatchStatus } from './match.entity';

export type MatchSide = 'firm' | 'researcher';

export interface MatchAnswers {
  status: MatchStatus;
  firmResponse: MatchResponse | null;
  researcherResponse: MatchResponse | null;
}

/** Coordinators decide on proposed matches only; anything else has moved on. */
export function assertReviewable(status: MatchStatus): void {
  if (status !== MatchStatus.PROPOSED)
    throw conflict(`The match is ${status}, not PROPOSED`, status);
}

/** `OTHER` says nothing by itself, so it needs a note. */
export function assertReasonExplained(
  field: string,
  reason: DeclineReason | null | undefined,
  note: string | null | undefined,
): void {
  if (reason === DeclineReason.OTHER && !note?.trim()) {
    throw invalidInput(field, 'Explain the reason in a note when it is OTHER', 'note-required');
  }
}

/**
 * One side's answer to an approved match: a no declines it, the second yes introduces them.
 * Each side answers once.
 */
export function answer(match: MatchAnswers, side: MatchSide, interested: boolean): MatchAnswers {
  if (match.status !== MatchStatus.APPROVED) {
    throw conflict(
      `The match is ${match.status}; only APPROVED matches take answers`,
      match.status,
    );
  }
  const key = side === 'firm' ? 'firmResponse' : 'researcherResponse';
  if (match[key]) throw conflict(`The ${side} has already answered`, match.status);
  const next = {
    ...match,
    [key]: interested ? MatchResponse.INTERESTED : MatchResponse.NOT_INTERESTED,
  };
  if (!interested) return { ...next, status: MatchStatus.DECLINED };
  const bothInterested =
    next.firmResponse === MatchResponse.INTERESTED &&
    next.researcherResponse === MatchResponse.INTERESTED;
  return bothInterested ? { ...next, status: MatchStatus.INTRODUCED } : next;
}

/** Which notification a review step announces, if any. */
export function notificationFor(
  action: MatchAction,
  toStatus: MatchStatus,
): MatchNotificationEvent | undefined {
  switch (action) {
    case MatchAction.APPROVED:
      return NotificationEvent.MATCH_APPROVED;
    case MatchAction.INTEREST_EXPRESSED:
      return NotificationEvent.MATCH_TO_REVIEW;
    case MatchAction.RESPONDED:
      if (toStatus === MatchStatus.INTRODUCED) return NotificationEvent.INTRODUCED;
      return toStatus === MatchStatus.APPROVED
        ? NotificationEvent.OTHER_SIDE_INTERESTED
        : undefined;
    case MatchAction.REJECTED:
    case MatchAction.OUTCOME_RECORDED:
    case MatchAction.EXPIRED: // the deadline sweep announces expiries, naming the step
    case MatchAction.WITHDRAWN:
    case MatchAction.PROPOSED_AGAIN:
      return undefined;
  }
}
