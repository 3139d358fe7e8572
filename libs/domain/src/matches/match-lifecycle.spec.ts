import { DomainErrorCode, type DomainException } from '../errors/domain.exception';
import { NotificationEvent } from '../notifications/notification-kinds';
import { MatchAction } from './match-event.entity';
import {
  answer,
  assertReasonExplained,
  assertReviewable,
  notificationFor,
} from './match-lifecycle';
import { DeclineReason, MatchResponse, MatchStatus } from './match.entity';

const approved = { status: MatchStatus.APPROVED, firmResponse: null, researcherResponse: null };
const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as DomainException).code;
  }
  return undefined;
};

describe('match lifecycle', () => {
  it('lets coordinators review proposed matches only', () => {
    expect(codeOf(() => assertReviewable(MatchStatus.PROPOSED))).toBeUndefined();
    expect(codeOf(() => assertReviewable(MatchStatus.APPROVED))).toBe(DomainErrorCode.CONFLICT);
  });

  it('wants a note with OTHER', () => {
    expect(codeOf(() => assertReasonExplained('note', DeclineReason.OTHER, '  '))).toBe(
      DomainErrorCode.INVALID_INPUT,
    );
    expect(
      codeOf(() => assertReasonExplained('note', DeclineReason.OTHER, 'Brak mocy przerobowych')),
    ).toBeUndefined();
    expect(
      codeOf(() => assertReasonExplained('note', DeclineReason.NOT_RELEVANT, null)),
    ).toBeUndefined();
  });

  it('introduces the sides on the second yes', () => {
    const first = answer(approved, 'firm', true);
    expect(first).toMatchObject({
      status: MatchStatus.APPROVED,
      firmResponse: MatchResponse.INTERESTED,
    });
    expect(answer(first, 'researcher', true).status).toBe(MatchStatus.INTRODUCED);
  });

  it('declines on any no', () => {
    expect(answer(approved, 'researcher', false)).toMatchObject({
      status: MatchStatus.DECLINED,
      researcherResponse: MatchResponse.NOT_INTERESTED,
    });
  });

  it('takes one answer per side and none before approval', () => {
    expect(codeOf(() => answer(answer(approved, 'firm', true), 'firm', true))).toBe(
      DomainErrorCode.CONFLICT,
    );
    expect(codeOf(() => answer({ ...approved, status: MatchStatus.PROPOSED }, 'firm', true))).toBe(
      DomainErrorCode.CONFLICT,
    );
  });

  it('announces approvals, first answers and introductions, and nothing else', () => {
    expect(notificationFor(MatchAction.APPROVED, MatchStatus.APPROVED)).toBe(
      NotificationEvent.MATCH_APPROVED,
    );
    expect(notificationFor(MatchAction.RESPONDED, MatchStatus.APPROVED)).toBe(
      NotificationEvent.OTHER_SIDE_INTERESTED,
    );
    expect(notificationFor(MatchAction.RESPONDED, MatchStatus.INTRODUCED)).toBe(
      NotificationEvent.INTRODUCED,
    );
    expect(notificationFor(MatchAction.RESPONDED, MatchStatus.DECLINED)).toBeUndefined();
    expect(notificationFor(MatchAction.REJECTED, MatchStatus.REJECTED)).toBeUndefined();
    expect(notificationFor(MatchAction.INTEREST_EXPRESSED, MatchStatus.PROPOSED)).toBe(
      NotificationEvent.MATCH_TO_REVIEW,
    );
  });
});
