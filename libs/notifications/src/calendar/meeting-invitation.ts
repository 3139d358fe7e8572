import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { Language, type MatchSide } from '@app/domain';
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import ical, { ICalAttendeeRole, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

dayjs.extend(utc);
dayjs.extend(timezone);

/** One side of the meeting as its invitation names it; an erased person has no name or address. */
export interface InvitationParty {
  organization: string;
  person: string | null;
  email: string | null;
}

export interface InvitationMeeting {
  id: string;
  sequence: number;
  startsAt: Date;
  durationMinutes: number;
  online: boolean;
  location: string;
}

export interface MeetingInvitationInput {
  meeting: InvitationMeeting;
  /** A cancellation removes the event the earlier invitations put in calendars. */
  cancelled: boolean;
  /** Whose file it is: their language, their time zone, the other side's contact. */
  reader: { language: Language; timeZone: string; side: MatchSide };
  firm: InvitationParty;
  researcher: InvitationParty;
  needTitle: string;
  /** The match's page. */
  link: string;
  /** The platform's sender (`Name <address>`), which sends every change. */
  sender: string;
}

export interface MeetingInvitation {
  method: 'REQUEST' | 'CANCEL';
  filename: string;
  content: string;
}

const words = {
  [Language.pl]: {
    summary: (title: string) => `Spotkanie: ${title}`,
    intro: 'Spotkanie po przedstawieniu na platformie współpracy nauki i biznesu.',
    with: 'Druga strona',
    join: 'Dołącz',
    match: 'Dopasowanie',
    erased: 'osoba usunięta',
  },
  [Language.en]: {
    summary: (title: string) => `Meeting: ${title}`,
    intro: 'A meeting after an introduction on the science–business matchmaking platform.',
    with: 'The other side',
    join: 'Join',
    match: 'Match',
    erased: 'a deleted user',
  },
};

const parseSender = (sender: string) => {
  const bracketed = /^\s*"?([^"<]*)"?\s*<([^>]+)>\s*$/.exec(sender);
  return bracketed
    ? { name: bracketed[1]!.trim(), email: bracketed[2]!.trim() }
    : { name: sender, email: sender };
};

/**
 * The iCalendar file of a meeting for one of its sides (RFC 5546: METHOD:REQUEST, and
 * METHOD:CANCEL with the same UID and a higher SEQUENCE). Times are written in the reader's
 * time zone with its VTIMEZONE, so a calendar shows them right on either side of a change
 * between summer and winter time; a zone without a definition is written in UTC.
 */
export function meetingInvitation(input: MeetingInvitationInput): MeetingInvitation {
  const { meeting, reader, cancelled } = input;
  const text = words[reader.language];
  const other = reader.side === 'firm' ? input.researcher : input.firm;
  const zone = getVtimezoneComponent(reader.timeZone) ? reader.timeZone : null;
  const method = cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST;
  const calendar = ical({
    prodId: {
      company: 'matchmaking',
      product: 'meetings',
      language: reader.language.toUpperCase(),
    },
    method,
    ...(zone ? { timezone: { name: zone, generator: getVtimezoneComponent } } : {}),
  });
  const start = dayjs(meeting.startsAt);
  const end = start.add(meeting.durationMinutes, 'minute');
  const inZone = (time: dayjs.Dayjs) => (zone ? time.tz(zone) : time.toDate());
  const contact = [other.person ?? text.erased, other.organization, other.email]
    .filter(Boolean)
    .join(', ');
  const description = [
    text.intro,
    `${text.with}: ${contact}`,
    ...(meeting.online ? [`${text.join}: ${meeting.location}`] : []),
    `${text.match}: ${input.link}`,
  ].join('\n');
  calendar.createEvent({
    id: `${meeting.id}@matchmaking`,
    sequence: meeting.sequence,
    start: inZone(start),
    end: inZone(end),
    ...(zone ? { timezone: zone } : {}),
    summary: text.summary(input.needTitle),
    description,
    location: meeting.location,
    ...(meeting.online ? { url: meeting.location } : {}),
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: parseSender(input.sender),
    attendees: [input.firm, input.researcher]
      .filter((party) => party.email)
      .map((party) => ({
        name: party.person ?? party.organization,
        email: party.email!,
        role: ICalAttendeeRole.REQ,
      })),
  });
  return {
    method: cancelled ? 'CANCEL' : 'REQUEST',
    filename: cancelled ? 'cancellation.ics' : 'invitation.ics',
    content: calendar.toString(),
  };
}
