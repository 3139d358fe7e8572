import { conflict } from '../errors/domain.exception';
import {
  type MatchNotificationEvent,
  NotificationEvent,
} from '../notifications/notification-kinds';
import { MatchAction } from './match-event.entity';
import { MatchStatus } from './match.entity';

/** Who takes a step: a person in one of these roles, or the platform itself. */
export enum MatchActor {
  /** A coordinator of a cluster either side belongs to, or an admin. */
  COORDINATOR = 'COORDINATOR',
  /** The firm or the research team of the match. */
  SIDE = 'SIDE',
  SIDE_OR_COORDINATOR = 'SIDE_OR_COORDINATOR',
  /** A member of either organisation who found the other posting themselves. */
  REQUESTER = 'REQUESTER',
  /** The matching engine, as the postings change. */
  ENGINE = 'ENGINE',
  /** The deadline sweep, as time passes. */
  CLOCK = 'CLOCK',
}

export interface MatchTransition {
  from: readonly MatchStatus[];
  /** Where the step may lead; more than one when the outcome depends on the match (answers). */
  to: readonly MatchStatus[];
  by: MatchActor;
  /** The notification each resulting status announces; the event recorded is the action. */
  announces: Partial<Record<MatchStatus, MatchNotificationEvent>>;
  /** Why a match in any other status cannot take the step. */
  refusal: (status: MatchStatus) => string;
}

const { PROPOSED, WITHDRAWN, APPROVED, REJECTED, INTRODUCED, DECLINED, EXPIRED } = MatchStatus;

/** Meetings are arranged by the sides once they are introduced; each meeting announces itself. */
const meetingStep: MatchTransition = {
  from: [INTRODUCED],
  to: [INTRODUCED],
  by: MatchActor.SIDE,
  announces: {},
  refusal: (status) => `Meetings follow introductions; the match is ${status}`,
};

/**
 * Every step a match can take. The ledger writes statuses only through it, the API's and
 * worker's checks ask it, the CHECK constraint on `matches.status` is tested against it and
 * `docs/match-lifecycle.md` is rendered from it. The engine also proposes new pairs: they start
 * as PROPOSED with no event, and a proposal whose scores move stays PROPOSED.
 */
export const matchTransitions: Record<MatchAction, MatchTransition> = {
  [MatchAction.INTEREST_EXPRESSED]: {
    from: [PROPOSED, WITHDRAWN],
    to: [PROPOSED],
    by: MatchActor.REQUESTER,
    announces: { [PROPOSED]: NotificationEvent.MATCH_TO_REVIEW },
    refusal: (status) => `These two are already matched and the match is ${status}`,
  },
  [MatchAction.APPROVED]: {
    from: [PROPOSED],
    to: [APPROVED],
    by: MatchActor.COORDINATOR,
    announces: { [APPROVED]: NotificationEvent.MATCH_APPROVED },
    refusal: (status) => `The match is ${status}, not PROPOSED`,
  },
  [MatchAction.REJECTED]: {
    from: [PROPOSED],
    to: [REJECTED],
    by: MatchActor.COORDINATOR,
    announces: {},
    refusal: (status) => `The match is ${status}, not PROPOSED`,
  },
  [MatchAction.RESPONDED]: {
    from: [APPROVED],
    to: [APPROVED, DECLINED, INTRODUCED],
    by: MatchActor.SIDE,
    announces: {
      [APPROVED]: NotificationEvent.OTHER_SIDE_INTERESTED,
      [INTRODUCED]: NotificationEvent.INTRODUCED,
    },
    refusal: (status) => `The match is ${status}; only APPROVED matches take answers`,
  },
  [MatchAction.OUTCOME_RECORDED]: {
    from: [INTRODUCED],
    to: [INTRODUCED],
    by: MatchActor.SIDE_OR_COORDINATOR,
    announces: {},
    refusal: (status) => `Outcomes follow introductions; the match is ${status}`,
  },
  [MatchAction.MEETING_PROPOSED]: meetingStep,
  [MatchAction.MEETING_ACCEPTED]: meetingStep,
  [MatchAction.MEETING_CANCELLED]: meetingStep,
  [MatchAction.EXPIRED]: {
    from: [PROPOSED, APPROVED],
    to: [EXPIRED],
    by: MatchActor.CLOCK,
    announces: { [EXPIRED]: NotificationEvent.MATCH_EXPIRED },
    refusal: (status) => `The match is ${status}; it has no step that can expire`,
  },
  [MatchAction.WITHDRAWN]: {
    from: [PROPOSED],
    to: [WITHDRAWN],
    by: MatchActor.ENGINE,
    announces: {},
    refusal: (status) => `The match is ${status}; only proposals are withdrawn`,
  },
  [MatchAction.PROPOSED_AGAIN]: {
    from: [WITHDRAWN],
    to: [PROPOSED],
    by: MatchActor.ENGINE,
    announces: {},
    refusal: (status) => `The match is ${status}; only withdrawn proposals come back`,
  },
};

/** Statuses that are a step with a deadline: someone is expected to act (`due_at`). */
export const matchStepStatuses = matchTransitions[MatchAction.EXPIRED].from;

/** Before a step's deadline its actors are reminded, this many days ahead. */
export const matchReminderDays = 3;

/** Throws the step's CONFLICT unless a match in this status can take it. */
export function assertCanTake(action: MatchAction, status: MatchStatus): void {
  const transition = matchTransitions[action];
  if (!transition.from.includes(status)) throw conflict(transition.refusal(status), status);
}

/** Throws unless the step may lead there: a programming error, not a user's. */
export function assertLeadsTo(action: MatchAction, to: MatchStatus): void {
  if (!matchTransitions[action].to.includes(to)) {
    throw new Error(`${action} cannot lead to ${to}`);
  }
}

/** Which notification a step announces, given where it led; undefined for none. */
export const notificationFor = (
  action: MatchAction,
  to: MatchStatus,
): MatchNotificationEvent | undefined => matchTransitions[action].announces[to];
