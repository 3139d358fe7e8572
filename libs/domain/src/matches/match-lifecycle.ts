import { conflict, invalidInput } from '../errors/domain.exception';
import { MatchAction } from './match-event.entity';
import { assertCanTake } from './match-transitions';
import { DeclineReason, MatchResponse, MatchStatus } from './match.entity';

export { notificationFor } from './match-transitions';

/** The two parties of a match; the vocabulary of answers, notifications and jobs. */
export type MatchSide = 'firm' | 'researcher';

export interface MatchAnswers {
  status: MatchStatus;
  firmResponse: MatchResponse | null;
  researcherResponse: MatchResponse | null;
}

/** Coordinators decide on proposed matches only; anything else has moved on. */
export const assertReviewable = (status: MatchStatus): void =>
  assertCanTake(MatchAction.APPROVED, status);

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
  assertCanTake(MatchAction.RESPONDED, match.status);
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
