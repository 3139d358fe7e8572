import { DomainErrorCode, DomainException } from '../errors/domain.exception';
import { MatchOutcome } from '../matches/match.entity';
import { MeetingStatus } from './meeting.entity';
import {
  assertCanAccept,
  assertCanReport,
  checkMeetingProposal,
  type MeetingProposal,
  outcomeAfterMeeting,
} from './meeting-rules';

const now = new Date('2027-03-01T12:00:00Z');
const hoursLater = (hours: number) => new Date(now.getTime() + hours * 3_600_000);
const offer = (overrides: Partial<MeetingProposal> = {}): MeetingProposal => ({
  times: [hoursLater(48), hoursLater(24)],
  durationMinutes: 60,
  online: false,
  location: '  ul. Nadbystrzycka 38, Lublin ',
  ...overrides,
});

const failure = (check: () => unknown) => {
  try {
    check();
  } catch (error) {
    if (!(error instanceof DomainException)) throw error;
    return {
      code: error.code,
      fields: error.details.fieldErrors?.map((e) => `${e.field}:${e.rule}`),
    };
  }
  throw new Error('passed');
};

describe('checkMeetingProposal', () => {
  it('sorts the times and trims the place', () => {
    expect(checkMeetingProposal(offer(), now)).toEqual({
      ...offer(),
      times: [hoursLater(24), hoursLater(48)],
      location: 'ul. Nadbystrzycka 38, Lublin',
    });
  });

  it.each([
    ['no time', { times: [] }, 'times:required'],
    ['four times', { times: [1, 2, 3, 4].map(hoursLater) }, 'times:arrayMaxSize'],
    ['a time that has passed', { times: [hoursLater(-1)] }, 'times:in-the-past'],
    ['now itself', { times: [now] }, 'times:in-the-past'],
    ['a time two years ahead', { times: [hoursLater(2 * 366 * 24)] }, 'times:too-far'],
    ['the same time twice', { times: [hoursLater(5), hoursLater(5)] }, 'times:duplicate'],
    ['an invalid date', { times: [new Date('nope')] }, 'times:isDate'],
    ['ten minutes', { durationMinutes: 10 }, 'durationMinutes:meeting-length'],
    ['nine hours', { durationMinutes: 540 }, 'durationMinutes:meeting-length'],
    ['half minutes', { durationMinutes: 30.5 }, 'durationMinutes:meeting-length'],
    ['no place', { location: '   ' }, 'location:required'],
    ['a long place', { location: 'x'.repeat(501) }, 'location:maxLength'],
    ['online without a link', { online: true, location: 'Teams' }, 'location:web-link'],
    [
      'online with another scheme',
      { online: true, location: 'javascript:alert(1)' },
      'location:web-link',
    ],
  ])('refuses %s', (_, overrides, field) => {
    expect(failure(() => checkMeetingProposal(offer(overrides), now))).toEqual({
      code: DomainErrorCode.INVALID_INPUT,
      fields: [field],
    });
  });

  it('takes an online meeting with a web link', () => {
    const link = 'https://teams.microsoft.com/l/meetup-join/19%3a';
    expect(checkMeetingProposal(offer({ online: true, location: link }), now).location).toBe(link);
  });
});

describe('meeting steps', () => {
  const proposed = {
    status: MeetingStatus.PROPOSED,
    proposedBySide: 'firm' as const,
    proposedTimes: [hoursLater(24), hoursLater(48)],
    startsAt: null,
  };

  it('lets the other side pick an offered time still ahead', () => {
    expect(() => assertCanAccept(proposed, 'researcher', hoursLater(24), now)).not.toThrow();
    expect(failure(() => assertCanAccept(proposed, 'firm', hoursLater(24), now)).code).toBe(
      DomainErrorCode.FORBIDDEN,
    );
    expect(failure(() => assertCanAccept(proposed, 'researcher', hoursLater(25), now))).toEqual({
      code: DomainErrorCode.INVALID_INPUT,
      fields: ['startsAt:not-offered'],
    });
    expect(
      failure(() => assertCanAccept(proposed, 'researcher', hoursLater(24), hoursLater(30))),
    ).toEqual({ code: DomainErrorCode.INVALID_INPUT, fields: ['startsAt:in-the-past'] });
    const confirmed = { ...proposed, status: MeetingStatus.CONFIRMED, startsAt: hoursLater(24) };
    expect(failure(() => assertCanAccept(confirmed, 'researcher', hoursLater(24), now)).code).toBe(
      DomainErrorCode.CONFLICT,
    );
  });

  it('takes a report of an agreed meeting once it has begun', () => {
    const confirmed = { ...proposed, status: MeetingStatus.CONFIRMED, startsAt: hoursLater(24) };
    expect(failure(() => assertCanReport(confirmed, now)).code).toBe(DomainErrorCode.CONFLICT);
    expect(() => assertCanReport(confirmed, hoursLater(25))).not.toThrow();
    expect(failure(() => assertCanReport(proposed, hoursLater(25))).code).toBe(
      DomainErrorCode.CONFLICT,
    );
  });

  it.each([
    [null, MatchOutcome.MEETING_HELD],
    [MatchOutcome.NO_DEAL, MatchOutcome.MEETING_HELD],
    [MatchOutcome.MEETING_HELD, null],
    [MatchOutcome.NDA_SIGNED, null],
    [MatchOutcome.AGREEMENT_SIGNED, null],
  ])('after a meeting held, an outcome of %s becomes %s', (current, next) => {
    expect(outcomeAfterMeeting(current)).toBe(next);
  });
});
