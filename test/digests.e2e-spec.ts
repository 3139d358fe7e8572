import { loadEnv } from '@app/config';
import { QueueName } from '@app/queue';
import {
  emailProposalsAtOnce,
  eventually,
  type GraphqlClient,
  needInput,
  ops,
  type Pipeline,
  proposedMatch,
  type SmtpInbox,
  type TestApi,
  type World,
  type PlatformUnderTest,
  startPlatformUnderTest,
} from '@app/testing';
import { UnrecoverableError } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { EmailSenderService } from '../apps/worker/src/notifications/email-sender.service';

const hour = 3600 * 1000;
const day = 24 * hour;

/**
 * A fixed-offset zone in which it is now 20:xx, so the real hourly schedule cannot send this
 * suite's digests (they go out 8:00–11:59 local) while the test drives the clock itself.
 */
function eveningZone(now: Date): { zone: string; offsetHours: number } {
  let offsetHours = (20 - now.getUTCHours() + 24) % 24;
  if (offsetHours > 14) offsetHours -= 24;
  const zone =
    offsetHours === 0 ? 'Etc/GMT' : `Etc/GMT${offsetHours > 0 ? '-' : '+'}${Math.abs(offsetHours)}`;
  return { zone, offsetHours };
}

describe('notification preferences, digests in the user’s time zone, failed e-mails', () => {
  let platform: PlatformUnderTest;
  let api: TestApi;
  let world: World;
  let pipeline: Pipeline;
  let mailbox: SmtpInbox;
  const now = new Date();
  const { zone, offsetHours } = eveningZone(now);
  const localWeekday = (at: Date) => new Date(at.getTime() + offsetHours * hour).getUTCDay();
  const tomorrow = new Date(Math.floor(now.getTime() / hour) * hour + 12.5 * hour);
  /** 08:30 on the next morning in that zone that is not a Monday. */
  const morning = localWeekday(tomorrow) === 1 ? new Date(tomorrow.getTime() + day) : tomorrow;
  /** 08:30 on the Monday after it. */
  const monday = new Date(morning.getTime() + ((1 - localWeekday(morning) + 7) % 7) * day);

  beforeAll(async () => {
    // The coordinator's mailbox refuses everything for good; the other firm's, for now.
    platform = await startPlatformUnderTest((world) => ({
      refuse: [world.coordinator.email],
      defer: [world.otherFirm.email],
    }));
    ({ api, world, pipeline, mailbox } = platform);
  }, 180_000);
  afterAll(() => platform.stop());

  const preferencesOf = async (client: GraphqlClient) =>
    (await client.ok(ops.notificationPreferences)).notificationPreferences;
  const frequencyOf = (preferences: any, event: string) =>
    preferences.events.find((item: any) => item.event === event).frequency;
  const sendDigestsAsOf = async (asOf: Date) => {
    await pipeline.add(QueueName.Schedules, {
      name: 'send-digests',
      data: { asOf: asOf.toISOString() },
    });
    await pipeline.idle();
  };

  it('e-mails someone who opted in at sign-up every event at once but proposals in a daily digest, in Warsaw time', async () => {
    const preferences = await preferencesOf(world.researcher.client);
    for (const { consentedAt } of preferences.events) {
      expect(Date.now() - Date.parse(consentedAt)).toBeLessThan(10 * 60_000);
    }
    expect(preferences.timeZone).toBe('Europe/Warsaw');
    expect(preferences.events).toHaveLength(11);
    expect(
      Object.fromEntries(preferences.events.map((item: any) => [item.event, item.frequency])),
    ).toEqual({
      MATCH_TO_REVIEW: 'DAILY_DIGEST',
      MATCH_APPROVED: 'INSTANT',
      OTHER_SIDE_INTERESTED: 'INSTANT',
      INTRODUCED: 'INSTANT',
      MATCH_REMINDER: 'INSTANT',
      MATCH_EXPIRED: 'INSTANT',
      MEETING_PROPOSED: 'INSTANT',
      MEETING_CONFIRMED: 'INSTANT',
      MEETING_CANCELLED: 'INSTANT',
      MEETING_FOLLOW_UP: 'INSTANT',
      POSTING_EXPIRING: 'INSTANT',
    });
  });

  it('refuses bad preferences with clear errors and changes nothing', async () => {
    const update = (client: GraphqlClient, input: unknown) =>
      client.fails(ops.updateNotificationPreferences, { input });
    const before = await preferencesOf(world.researcher.client);
    const unknownZone = await update(world.researcher.client, { timeZone: 'Mars/Olympus' });
    expect(unknownZone.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.timeZone',
    });
    const twice = await update(world.researcher.client, {
      timeZone: zone,
      events: [
        { event: 'MATCH_APPROVED', frequency: 'OFF' },
        { event: 'MATCH_APPROVED', frequency: 'DAILY_DIGEST' },
      ],
    });
    expect(twice.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.events' });
    const badFrequency = await update(world.researcher.client, {
      events: [{ event: 'MATCH_APPROVED', frequency: 'HOURLY' }],
    });
    expect(badFrequency.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await update(world.anonymous, { timeZone: zone })).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(await preferencesOf(world.researcher.client)).toEqual(before);
  });

  it('sends daily digests in the user’s morning, once, and nothing to those who chose OFF', async () => {
    const { updateNotificationPreferences } = await world.researcher.client.ok(
      ops.updateNotificationPreferences,
      {
        input: {
          timeZone: zone,
          events: [
            { event: 'MATCH_APPROVED', frequency: 'DAILY_DIGEST' },
            { event: 'OTHER_SIDE_INTERESTED', frequency: 'WEEKLY_DIGEST' },
          ],
        },
      },
    );
    expect(updateNotificationPreferences.timeZone).toBe(zone);
    expect(frequencyOf(updateNotificationPreferences, 'MATCH_APPROVED')).toBe('DAILY_DIGEST');
    expect(frequencyOf(updateNotificationPreferences, 'INTRODUCED')).toBe('INSTANT');
    await world.firm.client.ok(ops.updateNotificationPreferences, {
      input: { events: [{ event: 'MATCH_APPROVED', frequency: 'OFF' }] },
    });

    const { id } = await proposedMatch(world);
    await world.coordinator.client.ok(ops.approveMatch, { id });
    await world.firm.client.ok(ops.respondToMatch, { id, interested: true });
    await pipeline.idle();
    // Both are told in the app; neither gets an e-mail now.
    for (const side of [world.firm, world.researcher]) {
      const { notifications } = await side.client.ok(ops.notifications, { first: 50 });
      expect(notifications.edges.map((edge: any) => edge.node.event)).toContain('MATCH_APPROVED');
      expect(mailbox.to(side.email)).toHaveLength(0);
    }

    await sendDigestsAsOf(new Date(morning.getTime() - hour));
    expect(mailbox.to(world.researcher.email)).toHaveLength(0);

    await sendDigestsAsOf(morning);
    await sendDigestsAsOf(new Date(morning.getTime() + hour));
    const [digest, ...more] = await eventually(async () => {
      const received = mailbox.to(world.researcher.email);
      return received.length > 0 && received;
    });
    expect(more).toHaveLength(0);
    expect(digest.subject).toMatch(/^(Podsumowanie|Digest): 1 /);
    expect(digest.text).toContain(`/matches/${id}`);
    expect(digest.headers.get('list')).toEqual({
      unsubscribe: { url: expect.stringMatching(/\/settings\/notifications$/) },
    });
    expect(mailbox.to(world.firm.email)).toHaveLength(0);
  });

  it('sends weekly digests on Monday morning only', async () => {
    const received = () => mailbox.to(world.researcher.email);
    expect(received()).toHaveLength(1);
    // The daily digest went out this (non-Monday) morning; the weekly one waits.
    expect(received()[0].text).not.toMatch(/is interested|jest zainteresowana/);
    await sendDigestsAsOf(new Date(monday.getTime() - day));
    expect(received()).toHaveLength(1);

    await sendDigestsAsOf(monday);
    const weekly = await eventually(async () => received()[1]);
    expect(weekly.text).toMatch(/is interested|jest zainteresowana/);
    await sendDigestsAsOf(new Date(monday.getTime() + 2 * hour));
    expect(received()).toHaveLength(2);
  });

  it('applies a change of mind to notifications still waiting for a digest', async () => {
    const choose = (events: Record<string, string>) =>
      world.researcher.client.ok(ops.updateNotificationPreferences, {
        input: {
          events: Object.entries(events).map(([event, frequency]) => ({ event, frequency })),
        },
      });
    await choose({
      MATCH_APPROVED: 'DAILY_DIGEST',
      OTHER_SIDE_INTERESTED: 'WEEKLY_DIGEST',
      INTRODUCED: 'WEEKLY_DIGEST',
    });
    const received = () => mailbox.to(world.researcher.email);
    const before = received().length;
    const { id } = await proposedMatch(world);
    await world.coordinator.client.ok(ops.approveMatch, { id });
    await world.firm.client.ok(ops.respondToMatch, { id, interested: true });
    await world.researcher.client.ok(ops.respondToMatch, { id, interested: true });
    await pipeline.idle();
    expect(received()).toHaveLength(before);

    await choose({ INTRODUCED: 'INSTANT', MATCH_APPROVED: 'OFF' });
    await pipeline.idle();
    const [introduced] = await api.dataSource.query(
      `SELECT id FROM notifications WHERE user_id = $1 AND match_id = $2 AND event = 'INTRODUCED'`,
      [world.researcher.id, id],
    );
    expect(
      received()
        .slice(before)
        .map((mail) => mail.messageId),
    ).toEqual([`<${introduced.id}@matchmaking>`]);
    // Nothing is left for a daily digest: the approval is no longer e-mailed at all.
    await sendDigestsAsOf(new Date(morning.getTime() + 7 * day));
    expect(received()).toHaveLength(before + 1);
  });

  it('records e-mails the SMTP server refuses for good, without retrying, for admins to see', async () => {
    await emailProposalsAtOnce(world);
    await proposedMatch(world);
    await pipeline.idle();
    const failed = await eventually(async () => {
      const { failedEmails } = await world.admin.ok(ops.failedEmails, { first: 200 });
      return failedEmails.find(
        (email: any) => email.userId === world.coordinator.id && email.event === 'MATCH_TO_REVIEW',
      );
    });
    expect(failed).toMatchObject({ kind: 'NOTIFICATION', recipient: world.coordinator.email });
    expect(failed.error).toContain('550');
    // Sent in a batch: the refusal is recorded and the job, not failed, runs only once.
    const [job] = (
      await pipeline.queues[QueueName.Notifications].getJobs(['completed', 'failed'])
    ).filter((candidate) => candidate.data.notificationIds?.includes(failed.id));
    expect(await job!.getState()).toBe('completed');
    expect(job!.attemptsStarted).toBe(1);
    expect(job!.returnvalue.refused).toBeGreaterThanOrEqual(1);
    expect(mailbox.to(world.coordinator.email)).toHaveLength(0);

    expect((await world.coordinator.client.fails(ops.failedEmails)).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await world.admin.fails(ops.failedEmails, { first: 0 })).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('lets admins send failed e-mails again, all or none', async () => {
    const failedEmails = async () =>
      (await world.admin.ok(ops.failedEmails, { first: 200 })).failedEmails;
    await proposedMatch(world);
    await pipeline.idle();
    // Newest first: the coordinator's refused MATCH_TO_REVIEW of the match just proposed.
    const failed = (await failedEmails()).find(
      (email: any) => email.userId === world.coordinator.id,
    );
    const stillFailed = async () =>
      (await failedEmails()).find((email: any) => email.id === failed.id);
    const retry = (client: GraphqlClient, ids: string[]) =>
      client.fails(ops.retryFailedEmails, { ids });
    expect((await retry(world.admin, [])).extensions?.code).toBe('BAD_USER_INPUT');
    expect((await retry(world.admin, [failed.id, randomUUID()])).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await retry(world.coordinator.client, [failed.id])).extensions?.code).toBe('FORBIDDEN');
    expect((await retry(world.anonymous, [failed.id])).extensions?.code).toBe('UNAUTHENTICATED');
    expect(await stillFailed()).toEqual(failed);

    mailbox.accept(world.coordinator.email);
    const { retryFailedEmails } = await world.admin.ok(ops.retryFailedEmails, {
      ids: [failed.id, failed.id],
    });
    expect(retryFailedEmails).toBe(1);
    await pipeline.idle();
    expect(mailbox.to(world.coordinator.email).map((mail) => mail.messageId)).toContain(
      `<${failed.id}@matchmaking>`,
    );
    expect(await stillFailed()).toBeUndefined();
    expect((await retry(world.admin, [failed.id])).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('leaves temporary SMTP failures to the retries and records the one the last attempt met', async () => {
    const { createNeed } = await world.otherFirm.client.ok(ops.createNeed, {
      input: needInput(),
    });
    const [{ id }] = await api.dataSource.query(
      `INSERT INTO notifications (user_id, event, need_id, idempotency_key)
       VALUES ($1, 'POSTING_EXPIRING', $2, $3) RETURNING id`,
      [world.otherFirm.id, createNeed.id, `test:${randomUUID()}`],
    );
    const recorded = async () =>
      (await world.admin.ok(ops.failedEmails, { first: 200 })).failedEmails.find(
        (email: any) => email.id === id,
      );
    const sender = new EmailSenderService(
      loadEnv({ ...process.env, SMTP_URL: mailbox.url }),
      api.dataSource,
    );
    try {
      const early = await sender.send(id, false).catch((error: unknown) => error);
      expect(String(early)).toContain('451');
      expect(early).not.toBeInstanceOf(UnrecoverableError);
      expect(await recorded()).toBeUndefined();

      await expect(sender.send(id, true)).rejects.toThrow(/451/);
      expect(await recorded()).toMatchObject({
        kind: 'NOTIFICATION',
        event: 'POSTING_EXPIRING',
        recipient: world.otherFirm.email,
      });
    } finally {
      sender.onApplicationShutdown();
    }
  });

  it('e-mails nobody about an event they did not opt in to, and records when they do', async () => {
    // As anyone who did not tick the box at sign-up, or was invited.
    await api.dataSource.query(`DELETE FROM notification_preferences WHERE user_id = $1`, [
      world.firm.id,
    ]);
    const choices = await preferencesOf(world.firm.client);
    expect(new Set(choices.events.map((item: any) => item.frequency))).toEqual(new Set(['OFF']));
    expect(new Set(choices.events.map((item: any) => item.consentedAt))).toEqual(new Set([null]));

    const firmMail = () => mailbox.to(world.firm.email).length;
    const before = firmMail();
    const { id } = await proposedMatch(world);
    await world.coordinator.client.ok(ops.approveMatch, { id });
    await pipeline.idle();
    // Kept in the app, not e-mailed: every job has run by now.
    expect(
      await api.dataSource.query(
        `SELECT email_frequency, emailed_at FROM notifications
         WHERE match_id = $1 AND event = 'MATCH_APPROVED' AND user_id = $2`,
        [id, world.firm.id],
      ),
    ).toEqual([{ email_frequency: 'OFF', emailed_at: null }]);
    expect(firmMail()).toBe(before);

    const choose = async (frequency: string) =>
      (
        await world.firm.client.ok(ops.updateNotificationPreferences, {
          input: { events: [{ event: 'MATCH_APPROVED', frequency }] },
        })
      ).updateNotificationPreferences.events.find((item: any) => item.event === 'MATCH_APPROVED');
    const optedIn = await choose('INSTANT');
    expect(Date.now() - Date.parse(optedIn.consentedAt)).toBeLessThan(60_000);
    expect((await choose('WEEKLY_DIGEST')).consentedAt).toBe(optedIn.consentedAt);
    expect(await choose('OFF')).toEqual({
      event: 'MATCH_APPROVED',
      frequency: 'OFF',
      consentedAt: null,
    });
  });
});
