import {
  eventually,
  ops,
  type PlatformUnderTest,
  proposedMatch,
  startPlatformUnderTest,
  type TestUser,
} from '@app/testing';
import { QueueName } from '@app/queue';
import ICAL from 'ical.js';
import type { ParsedMail } from 'mailparser';

const meetingEvents = [
  'MEETING_PROPOSED',
  'MEETING_CONFIRMED',
  'MEETING_CANCELLED',
  'MEETING_FOLLOW_UP',
];

/** The next `month`/`day` at least a week ahead, at 08:00 UTC: a winter and a summer date. */
function next(month: number, day: number): string {
  const now = new Date();
  const date = new Date(Date.UTC(now.getUTCFullYear(), month - 1, day, 8));
  if (date.getTime() < now.getTime() + 7 * 86_400_000)
    date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.toISOString();
}
const winter = next(1, 14);
const summer = next(7, 1);
const localDay = (iso: string) => iso.slice(0, 10).replaceAll('-', '');

/** A calendar file as a calendar program reads it. */
function calendar(content: string) {
  const parsed = new ICAL.Component(ICAL.parse(content));
  for (const zone of parsed.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  const vevent = parsed.getFirstSubcomponent('vevent')!;
  const event = new ICAL.Event(vevent);
  const start = content.slice(content.indexOf('BEGIN:VEVENT')).match(/^DTSTART[^\r\n]*/m)![0];
  return {
    method: parsed.getFirstPropertyValue('method'),
    uid: event.uid,
    sequence: event.sequence,
    status: vevent.getFirstPropertyValue('status'),
    start,
    startsAt: event.startDate.toJSDate().toISOString(),
    summary: event.summary,
    description: event.description,
  };
}

/** The calendar part of an e-mail (nodemailer's icalEvent: a text/calendar alternative). */
function invitationIn(mail: ParsedMail): string {
  const part = mail.attachments.find((attachment) =>
    attachment.contentType.startsWith('text/calendar'),
  );
  if (!part) throw new Error(`no calendar part in "${mail.subject}"`);
  return part.content.toString('utf8');
}

describe('meetings after an introduction', () => {
  let platform: PlatformUnderTest;

  beforeAll(async () => {
    platform = await startPlatformUnderTest();
  }, 180_000);
  afterAll(() => platform.stop());
  afterEach(() => ICAL.TimezoneService.reset());

  const meetingsOf = async (user: TestUser, matchId: string) =>
    (await user.client.ok(ops.matchMeetings, { id: matchId })).match.meetings;
  const counts = async (matchId: string) =>
    (
      await platform.api.dataSource.query(
        `SELECT (SELECT count(*) FROM meetings WHERE match_id = $1)::int AS meetings,
           (SELECT count(*) FROM match_events WHERE match_id = $1)::int AS events,
           (SELECT count(*) FROM outbox_events)::int AS outbox`,
        [matchId],
      )
    )[0];
  const mailsTo = (user: TestUser, subject: string) =>
    platform.mailbox.to(user.email).filter((mail) => mail.subject === subject);

  it('offers, picks, moves and cancels a meeting with calendar files in each side’s zone and language; refuses bad input changing nothing', async () => {
    const { world, pipeline } = platform;
    const { firm, researcher, coordinator, otherCoordinator, otherFirm } = world;
    // E-mail about meetings is opt-in, as every notice other than the account's own.
    for (const user of [firm, researcher]) {
      await user.client.ok(ops.updateNotificationPreferences, {
        input: {
          ...(user === researcher ? { timeZone: 'America/New_York' } : {}),
          events: meetingEvents.map((event) => ({ event, frequency: 'INSTANT' })),
        },
      });
    }
    await researcher.client.ok(ops.updateProfile, { input: { language: 'en' } });
    const { id: matchId } = await proposedMatch(world);
    await coordinator.client.ok(ops.approveMatch, { id: matchId });
    const offer = {
      matchId,
      times: [summer, winter],
      durationMinutes: 90,
      online: false,
      location: 'ul. Nadbystrzycka 38, Lublin',
    };

    // Not yet introduced: the match's own step says no.
    const early = await firm.client.fails(ops.proposeMeeting, { input: offer });
    expect(early.extensions?.code).toBe('CONFLICT');
    await firm.client.ok(ops.respondToMatch, { id: matchId, interested: true });
    await researcher.client.ok(ops.respondToMatch, { id: matchId, interested: true });
    await pipeline.idle();
    expect((await firm.client.ok(ops.matchMeetings, { id: matchId })).match.viewerCan.meet).toBe(
      true,
    );

    const before = await counts(matchId);
    const refusals: [Record<string, unknown>, string][] = [
      [{ times: [1, 2, 3, 4].map((i) => next(2, i)) }, 'input.times'],
      [{ times: [new Date(Date.now() - 3_600_000).toISOString()] }, 'input.times'],
      [{ times: [] }, 'input.times'],
      [{ durationMinutes: 5 }, 'input.durationMinutes'],
      [{ online: true, location: 'Teams, link to follow' }, 'input.location'],
    ];
    for (const [change, field] of refusals) {
      const error = await firm.client.fails(ops.proposeMeeting, { input: { ...offer, ...change } });
      expect({ code: error.extensions?.code, field: error.extensions?.field }).toEqual({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    expect(await counts(matchId)).toEqual(before);

    // The firm offers a summer and a winter time; the researcher hears of it.
    const { proposeMeeting: offered } = await firm.client.ok(ops.proposeMeeting, { input: offer });
    expect(offered).toMatchObject({
      status: 'PROPOSED',
      proposedBy: 'FIRM',
      proposedTimes: [winter, summer],
      startsAt: null,
      viewerCan: { accept: false, propose: true, cancel: true, report: false },
    });
    await pipeline.idle();
    await eventually(async () => mailsTo(researcher, 'A meeting is proposed').length === 1);
    expect(mailsTo(firm, 'Propozycja spotkania')).toHaveLength(0);

    const own = await firm.client.fails(ops.acceptMeetingTime, {
      meetingId: offered.id,
      startsAt: winter,
    });
    expect(own.extensions?.code).toBe('FORBIDDEN');
    const notOffered = await researcher.client.fails(ops.acceptMeetingTime, {
      meetingId: offered.id,
      startsAt: next(3, 3),
    });
    expect(notOffered.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsAt' });
    const stranger = await otherFirm.client.fails(ops.acceptMeetingTime, {
      meetingId: offered.id,
      startsAt: winter,
    });
    expect(stranger.extensions?.code).toBe('NOT_FOUND');

    // The researcher picks the winter time: both get an invitation, each in their own zone.
    const { acceptMeetingTime: picked } = await researcher.client.ok(ops.acceptMeetingTime, {
      meetingId: offered.id,
      startsAt: winter,
    });
    expect(picked).toMatchObject({ status: 'CONFIRMED', startsAt: winter, sequence: 0 });
    await pipeline.idle();
    await eventually(async () => mailsTo(firm, 'Spotkanie ustalone').length === 1);
    await eventually(async () => mailsTo(researcher, 'The meeting is set').length === 1);
    const forFirm = calendar(invitationIn(mailsTo(firm, 'Spotkanie ustalone')[0]!));
    expect(forFirm).toMatchObject({
      method: 'REQUEST',
      uid: `${offered.id}@matchmaking`,
      sequence: 0,
      status: 'CONFIRMED',
      // 08:00 UTC in January is 09:00 in Warsaw (CET).
      start: `DTSTART;TZID=Europe/Warsaw:${localDay(winter)}T090000`,
      startsAt: new Date(winter).toISOString(),
    });
    expect(forFirm.summary).toMatch(/^Spotkanie: /);
    expect(forFirm.description).toContain(researcher.email);
    const forResearcher = calendar(invitationIn(mailsTo(researcher, 'The meeting is set')[0]!));
    expect(forResearcher).toMatchObject({
      method: 'REQUEST',
      start: `DTSTART;TZID=America/New_York:${localDay(winter)}T030000`,
      startsAt: new Date(winter).toISOString(),
    });
    expect(forResearcher.summary).toMatch(/^Meeting: /);
    expect(forResearcher.description).toContain(firm.email);

    // The download is the same event; coordinators see the meeting but get no file.
    const [downloaded] = await meetingsOf(firm, matchId);
    expect(calendar(downloaded.invitation)).toMatchObject({ sequence: 0, start: forFirm.start });
    const [seen] = await meetingsOf(coordinator, matchId);
    expect(seen).toMatchObject({ id: offered.id, status: 'CONFIRMED', invitation: null });
    expect(seen.viewerCan).toEqual({ accept: false, propose: false, cancel: false, report: false });
    const upcoming = (await coordinator.client.ok(ops.upcomingMeetings)).upcomingMeetings;
    expect(upcoming.map((meeting: { id: string }) => meeting.id)).toContain(offered.id);
    const elsewhere = (await otherCoordinator.client.ok(ops.upcomingMeetings)).upcomingMeetings;
    expect(elsewhere.map((meeting: { id: string }) => meeting.id)).not.toContain(offered.id);
    const early2 = await firm.client.fails(ops.reportMeeting, {
      meetingId: offered.id,
      held: true,
    });
    expect(early2.extensions?.code).toBe('CONFLICT');

    // The researcher moves it to summer; the picked time stays until the firm agrees.
    const { proposeMeeting: moved } = await researcher.client.ok(ops.proposeMeeting, {
      input: { ...offer, times: [summer] },
    });
    expect(moved).toMatchObject({ id: offered.id, status: 'PROPOSED', startsAt: winter });
    await firm.client.ok(ops.acceptMeetingTime, { meetingId: offered.id, startsAt: summer });
    await pipeline.idle();
    await eventually(async () => mailsTo(firm, 'Spotkanie ustalone').length === 2);
    const updated = calendar(invitationIn(mailsTo(firm, 'Spotkanie ustalone')[1]!));
    expect(updated).toMatchObject({
      method: 'REQUEST',
      uid: forFirm.uid,
      sequence: 1,
      // 08:00 UTC in July is 10:00 in Warsaw (CEST).
      start: `DTSTART;TZID=Europe/Warsaw:${localDay(summer)}T100000`,
    });

    // Cancelled: both get METHOD:CANCEL of the same event with a higher SEQUENCE.
    await firm.client.ok(ops.cancelMeeting, { meetingId: offered.id });
    await pipeline.idle();
    await eventually(async () => mailsTo(researcher, 'The meeting is cancelled').length === 1);
    const cancelled = calendar(invitationIn(mailsTo(researcher, 'The meeting is cancelled')[0]!));
    expect(cancelled).toMatchObject({
      method: 'CANCEL',
      uid: forFirm.uid,
      sequence: 2,
      status: 'CANCELLED',
    });
    const again = await firm.client.fails(ops.cancelMeeting, { meetingId: offered.id });
    expect(again.extensions?.code).toBe('CONFLICT');

    // The match's history holds every step, through the match's own transitions.
    const { match } = await coordinator.client.ok(ops.match, { id: matchId });
    expect(
      match.history
        .map((event: { action: string }) => event.action)
        .filter((action: string) => action.startsWith('MEETING_')),
    ).toEqual([
      'MEETING_PROPOSED',
      'MEETING_ACCEPTED',
      'MEETING_PROPOSED',
      'MEETING_ACCEPTED',
      'MEETING_CANCELLED',
    ]);
  });

  it('asks both sides after the meeting how it went, and records MEETING_HELD with one click', async () => {
    const { world, pipeline, api } = platform;
    const { firm, researcher, coordinator } = world;
    const { id: matchId } = await proposedMatch(world);
    await coordinator.client.ok(ops.approveMatch, { id: matchId });
    await firm.client.ok(ops.respondToMatch, { id: matchId, interested: true });
    await researcher.client.ok(ops.respondToMatch, { id: matchId, interested: true });
    const link = 'https://meet.example.com/abc-defg-hij';
    const { proposeMeeting: offered } = await researcher.client.ok(ops.proposeMeeting, {
      input: { matchId, times: [winter], durationMinutes: 30, online: true, location: link },
    });
    await firm.client.ok(ops.acceptMeetingTime, { meetingId: offered.id, startsAt: winter });
    await pipeline.idle();

    // Time passes: the meeting began two hours ago and has ended.
    const began = new Date(Date.now() - 2 * 3_600_000);
    await api.dataSource.query(
      `UPDATE meetings SET starts_at = $2, proposed_times = ARRAY[$2]::timestamptz[] WHERE id = $1`,
      [offered.id, began],
    );
    // The sweep the scheduler runs every 15 minutes; a second run asks nobody again.
    for (let run = 0; run < 2; run++) {
      await pipeline.add(QueueName.Schedules, {
        name: 'sweep-deadlines',
        data: { asOf: new Date().toISOString() },
      });
      await pipeline.idle();
    }
    const asked = await api.dataSource.query(
      `SELECT user_id FROM notifications WHERE meeting_id = $1 AND event = 'MEETING_FOLLOW_UP'`,
      [offered.id],
    );
    expect(asked.map((row: { user_id: string }) => row.user_id).sort()).toEqual(
      [firm.id, researcher.id].sort(),
    );

    const [meeting] = await meetingsOf(firm, matchId);
    expect(meeting.viewerCan.report).toBe(true);
    expect(meeting.followUpAskedAt).not.toBeNull();
    const { reportMeeting } = await firm.client.ok(ops.reportMeeting, {
      meetingId: offered.id,
      held: true,
    });
    expect(reportMeeting.status).toBe('HELD');
    const after = (await researcher.client.ok(ops.matchMeetings, { id: matchId })).match;
    expect(after.outcome).toBe('MEETING_HELD');
    const twice = await researcher.client.fails(ops.reportMeeting, {
      meetingId: offered.id,
      held: false,
    });
    expect(twice.extensions?.code).toBe('CONFLICT');
    const { match } = await coordinator.client.ok(ops.match, { id: matchId });
    expect(match.history.at(-1)).toMatchObject({
      action: 'OUTCOME_RECORDED',
      reason: 'MEETING_HELD',
    });
  });
});
