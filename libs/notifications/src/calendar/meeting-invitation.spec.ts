import { Language } from '@app/domain';
import ICAL from 'ical.js';
import { meetingInvitation, type MeetingInvitationInput } from './meeting-invitation';

const firm = { organization: 'Autoparts Radom', person: 'Anna Nowak', email: 'anna@autoparts.pl' };
const researcher = {
  organization: 'Politechnika Lubelska',
  person: 'Jan Kowalski',
  email: 'jan@pollub.pl',
};

const input = (overrides: Partial<MeetingInvitationInput> = {}): MeetingInvitationInput => ({
  meeting: {
    id: '5a8f0c1e-1111-4222-8333-944455556666',
    sequence: 0,
    startsAt: new Date('2027-07-01T08:00:00Z'),
    durationMinutes: 90,
    online: false,
    location: 'ul. Nadbystrzycka 38, Lublin',
  },
  cancelled: false,
  reader: { language: Language.pl, timeZone: 'Europe/Warsaw', side: 'firm' },
  firm,
  researcher,
  needTitle: 'Spawanie laserowe',
  link: 'https://platform.example/matches/m1',
  sender: 'Klaster WMM <no-reply@matchmaking.example>',
  ...overrides,
});

/** Parses the file as a calendar program would, with the time zone it carries. */
function parse(content: string) {
  const calendar = new ICAL.Component(ICAL.parse(content));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

/** The event's DTSTART line (the VTIMEZONE has its own). */
const startLine = (content: string) =>
  content
    .slice(content.indexOf('BEGIN:VEVENT'))
    .split(/\r?\n/)
    .find((line) => line.startsWith('DTSTART'));

afterEach(() => ICAL.TimezoneService.reset());

describe('meetingInvitation', () => {
  it('invites with METHOD:REQUEST, the UID and SEQUENCE of the meeting and both sides', () => {
    const { method, filename, content } = meetingInvitation(input());
    expect([method, filename]).toEqual(['REQUEST', 'invitation.ics']);
    const { calendar, vevent, event } = parse(content);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.uid).toBe('5a8f0c1e-1111-4222-8333-944455556666@matchmaking');
    expect(event.sequence).toBe(0);
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(event.attendees.map((attendee) => attendee.getFirstValue())).toEqual([
      'MAILTO:anna@autoparts.pl',
      'MAILTO:jan@pollub.pl',
    ]);
    expect(vevent.getFirstPropertyValue('organizer')).toMatch(/no-reply@matchmaking\.example/i);
    expect(event.location).toBe('ul. Nadbystrzycka 38, Lublin');
  });

  it.each([
    ['summer (CEST, UTC+2)', '2027-07-01T08:00:00Z', '20270701T100000', 120],
    ['winter (CET, UTC+1)', '2027-01-14T08:00:00Z', '20270114T090000', 60],
    ['the morning after the clocks go forward', '2027-03-28T06:00:00Z', '20270328T080000', 120],
    ['the morning after the clocks go back', '2027-10-31T06:00:00Z', '20271031T070000', 60],
  ])('writes Warsaw time in %s and reads back the same instant', (_, iso, local, offset) => {
    const { content } = meetingInvitation(
      input({ meeting: { ...input().meeting, startsAt: new Date(iso) } }),
    );
    expect(startLine(content)).toBe(`DTSTART;TZID=Europe/Warsaw:${local}`);
    const { event } = parse(content);
    expect(event.startDate.toJSDate().toISOString()).toBe(new Date(iso).toISOString());
    expect(event.startDate.zone?.tzid).toBe('Europe/Warsaw');
    expect(event.startDate.utcOffset() / 60).toBe(offset);
    expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(
      90 * 60 * 1000,
    );
  });

  it("writes each reader's own time zone, language and the other side's contact", () => {
    const { content } = meetingInvitation(
      input({
        reader: { language: Language.en, timeZone: 'America/New_York', side: 'researcher' },
      }),
    );
    expect(startLine(content)).toBe('DTSTART;TZID=America/New_York:20270701T040000');
    const { event } = parse(content);
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-07-01T08:00:00.000Z');
    expect(event.summary).toBe('Meeting: Spawanie laserowe');
    expect(event.description).toContain(
      'The other side: Anna Nowak, Autoparts Radom, anna@autoparts.pl',
    );
    expect(event.description).not.toContain('Jan Kowalski');

    const polish = parse(meetingInvitation(input()).content).event;
    expect(polish.summary).toBe('Spotkanie: Spawanie laserowe');
    expect(polish.description).toContain(
      'Druga strona: Jan Kowalski, Politechnika Lubelska, jan@pollub.pl',
    );
  });

  it('gives an online meeting its link as location and URL', () => {
    const link = 'https://meet.example.com/abc-defg-hij';
    const { content } = meetingInvitation(
      input({ meeting: { ...input().meeting, online: true, location: link } }),
    );
    const { vevent, event } = parse(content);
    expect(event.location).toBe(link);
    expect(vevent.getFirstPropertyValue('url')).toBe(link);
    expect(event.description).toContain(`Dołącz: ${link}`);
  });

  it('cancels with METHOD:CANCEL, the same UID and the higher SEQUENCE', () => {
    const { method, content } = meetingInvitation(
      input({ cancelled: true, meeting: { ...input().meeting, sequence: 2 } }),
    );
    expect(method).toBe('CANCEL');
    const { calendar, vevent, event } = parse(content);
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.uid).toBe('5a8f0c1e-1111-4222-8333-944455556666@matchmaking');
    expect(event.sequence).toBe(2);
  });

  it('writes UTC for a zone it has no definition of, and leaves out an erased person', () => {
    const { content } = meetingInvitation(
      input({
        reader: { language: Language.pl, timeZone: 'Mars/Olympus_Mons', side: 'researcher' },
        firm: { organization: 'Autoparts Radom', person: null, email: null },
      }),
    );
    expect(startLine(content)).toBe('DTSTART:20270701T080000Z');
    const { event } = parse(content);
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-07-01T08:00:00.000Z');
    expect(event.attendees).toHaveLength(1);
    expect(event.description).toContain('Druga strona: osoba usunięta, Autoparts Radom');
  });
});
