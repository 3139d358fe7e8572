import { NotificationEvent } from '@app/domain';
import { emailJobs, notificationJob } from './jobs';

describe('notification job ids', () => {
  const matchId = '6f1c2b1e-0d5e-4a36-9c55-0c8d1a2f3b4c';
  const step = (dueAt: string) => ({ status: 'PROPOSED' as const, dueAt });

  it('never contain a colon, which BullMQ refuses in custom ids', () => {
    const { jobId } = notificationJob({
      name: 'match-event',
      data: {
        event: NotificationEvent.MATCH_REMINDER,
        matchId,
        step: step('2026-12-10T08:00:00.000Z'),
      },
    });
    expect(jobId).toBe(`match-event.MATCH_REMINDER.${matchId}.PROPOSED.2026-12-10T08-00-00.000Z`);
  });

  it('tell apart the steps of one match but not replays of one step', () => {
    const reminder = (dueAt: string) =>
      notificationJob({
        name: 'match-event',
        data: { event: NotificationEvent.MATCH_REMINDER, matchId, step: step(dueAt) },
      }).jobId;
    expect(reminder('2026-12-10T08:00:00.000Z')).toBe(reminder('2026-12-10T08:00:00.000Z'));
    expect(reminder('2026-12-10T08:00:00.000Z')).not.toBe(reminder('2027-01-10T08:00:00.000Z'));
  });

  it('name each posting expiry warning by the expiry date it warns about', () => {
    const warning = (expiresAt: string) =>
      notificationJob({
        name: 'posting-expiring',
        data: { kind: 'need', postingId: matchId, expiresAt },
      }).jobId;
    expect(warning('2027-11-26T10:00:00.000Z')).not.toBe(warning('2028-11-26T10:00:00.000Z'));
  });

  it('send the e-mails of a pass in batches of 50, each its own job', () => {
    const ids = Array.from({ length: 120 }, (_, i) => `notification-${i}`);
    const jobs = emailJobs(ids);
    expect(
      jobs.map(({ job }) => (job.data as { notificationIds: string[] }).notificationIds.length),
    ).toEqual([50, 50, 20]);
    expect(
      jobs.flatMap(({ job }) => (job.data as { notificationIds: string[] }).notificationIds),
    ).toEqual(ids);
    expect(new Set(jobs.map((job) => job.jobId)).size).toBe(3);
    expect(emailJobs([])).toEqual([]);
  });
});
