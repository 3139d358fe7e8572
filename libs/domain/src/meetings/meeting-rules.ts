import { conflict, DomainException, forbidden, invalidInput } from '../errors/domain.exception';
import type { MatchSide } from '../matches/match-lifecycle';
import { MatchOutcome } from '../matches/match.entity';
import { MeetingStatus } from './meeting.entity';

export const meetingLimits = {
  times: 3,
  minMinutes: 15,
  maxMinutes: 480,
  locationLength: 500,
  /** Nobody plans a first meeting further ahead than this. */
  horizonDays: 365,
} as const;

/** An offer of a meeting: up to three times, how long, and where (an address or a link). */
export interface MeetingProposal {
  times: Date[];
  durationMinutes: number;
  online: boolean;
  location: string;
}

/** The meeting as its rules need it. */
export interface MeetingStanding {
  status: MeetingStatus;
  proposedBySide: MatchSide;
  proposedTimes: Date[];
  startsAt: Date | null;
}

/** A meeting being agreed or agreed: a match has at most one. */
export const openMeetingStatuses: readonly MeetingStatus[] = [
  MeetingStatus.PROPOSED,
  MeetingStatus.CONFIRMED,
];

const dayMs = 24 * 60 * 60 * 1000;

const isWebLink = (text: string): boolean => {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
};

/** Checks an offer as of `now`; returns it with its times in order and its place trimmed. */
export function checkMeetingProposal(proposal: MeetingProposal, now: Date): MeetingProposal {
  const { times, durationMinutes, online } = proposal;
  if (times.length === 0) throw invalidInput('times', 'Offer at least one time', 'required');
  if (times.length > meetingLimits.times) {
    throw invalidInput('times', `Offer at most ${meetingLimits.times} times`, 'arrayMaxSize');
  }
  const instants = times.map((time) => time.getTime());
  if (instants.some((instant) => Number.isNaN(instant))) {
    throw invalidInput('times', 'A time is not a date and time', 'isDate');
  }
  if (instants.some((instant) => instant <= now.getTime())) {
    throw invalidInput('times', 'Offer times that are still ahead', 'in-the-past');
  }
  if (instants.some((instant) => instant > now.getTime() + meetingLimits.horizonDays * dayMs)) {
    throw invalidInput('times', 'Offer times within a year', 'too-far');
  }
  if (new Set(instants).size !== instants.length) {
    throw invalidInput('times', 'The same time is offered twice', 'duplicate');
  }
  if (
    !Number.isInteger(durationMinutes) ||
    durationMinutes < meetingLimits.minMinutes ||
    durationMinutes > meetingLimits.maxMinutes
  ) {
    throw invalidInput(
      'durationMinutes',
      `A meeting lasts ${meetingLimits.minMinutes} to ${meetingLimits.maxMinutes} minutes`,
      'meeting-length',
    );
  }
  const location = proposal.location.trim();
  if (!location) {
    throw invalidInput('location', online ? 'Give the link' : 'Give the address', 'required');
  }
  if (location.length > meetingLimits.locationLength) {
    throw invalidInput(
      'location',
      `At most ${meetingLimits.locationLength} characters`,
      'maxLength',
    );
  }
  if (online && !isWebLink(location)) {
    throw invalidInput('location', 'An online meeting needs a web link (https://…)', 'web-link');
  }
  return {
    times: [...instants].sort((a, b) => a - b).map((instant) => new Date(instant)),
    durationMinutes,
    online,
    location,
  };
}

/** Only the side that did not make the offer picks, while it is being agreed. */
function assertCanPick(meeting: MeetingStanding, side: MatchSide): void {
  if (meeting.status !== MeetingStatus.PROPOSED) {
    throw conflict(
      `The meeting is ${meeting.status}; only offered times can be picked`,
      meeting.status,
    );
  }
  if (side === meeting.proposedBySide) {
    throw forbidden('The other side picks one of the times you offered');
  }
}

/** The side that did not make the offer picks one of its times, while it is still ahead. */
export function assertCanAccept(
  meeting: MeetingStanding,
  side: MatchSide,
  startsAt: Date,
  now: Date,
): void {
  assertCanPick(meeting, side);
  if (!meeting.proposedTimes.some((time) => time.getTime() === startsAt.getTime())) {
    throw invalidInput('startsAt', 'Pick one of the times offered', 'not-offered');
  }
  if (startsAt.getTime() <= now.getTime()) {
    throw invalidInput('startsAt', 'This time has passed: offer others', 'in-the-past');
  }
}

/** A meeting being agreed, or agreed, can be cancelled or offered other times. */
export function assertOpen(meeting: Pick<MeetingStanding, 'status'>): void {
  if (!openMeetingStatuses.includes(meeting.status)) {
    throw conflict(`The meeting is ${meeting.status}`, meeting.status);
  }
}

/** Whether it took place is said once, of an agreed meeting that has begun. */
export function assertCanReport(meeting: MeetingStanding, now: Date): void {
  if (meeting.status !== MeetingStatus.CONFIRMED) {
    throw conflict(
      `The meeting is ${meeting.status}; only an agreed meeting can be reported`,
      meeting.status,
    );
  }
  if (meeting.startsAt!.getTime() > now.getTime()) {
    throw conflict('The meeting has not begun yet', meeting.status);
  }
}

const passes = (check: () => void): boolean => {
  try {
    check();
    return true;
  } catch (error) {
    if (error instanceof DomainException) return false;
    throw error;
  }
};

/** What one side can do to the meeting now, by the checks each step makes; others, nothing. */
export function meetingSteps(meeting: MeetingStanding, side: MatchSide | null, now: Date) {
  if (!side) return { accept: false, propose: false, cancel: false, report: false };
  const open = passes(() => assertOpen(meeting));
  return {
    accept: passes(() => assertCanPick(meeting, side)),
    propose: open,
    cancel: open,
    report: passes(() => assertCanReport(meeting, now)),
  };
}

/**
 * The match's outcome once a meeting was held: MEETING_HELD, unless a later stage (an NDA or an
 * agreement) is recorded already, which a meeting does not undo. Null: nothing to record.
 */
export function outcomeAfterMeeting(current: MatchOutcome | null): MatchOutcome | null {
  if (current === MatchOutcome.NDA_SIGNED || current === MatchOutcome.AGREEMENT_SIGNED) return null;
  if (current === MatchOutcome.MEETING_HELD) return null;
  return MatchOutcome.MEETING_HELD;
}
