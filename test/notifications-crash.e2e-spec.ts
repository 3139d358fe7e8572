import { QueueName } from '@app/queue';
import {
  buildWorld,
  capabilityInput,
  emailProposalsAtOnce,
  eventually,
  needInput,
  openPipeline,
  ops,
  type Pipeline,
  startSmtpInbox,
  startTestApi,
  startWorker,
  type RunningProcess,
  type SmtpInbox,
  type TestApi,
  type World,
} from '@app/testing';
import { Redis } from 'ioredis';

const events = [
  'MATCH_TO_REVIEW',
  'MATCH_APPROVED',
  'INTRODUCED',
  'OTHER_SIDE_INTERESTED',
] as const;
/** Recipients per event: the cluster's coordinator; both sides; both sides; the researcher. */
const recipientsPerMatch = 1 + 2 + 2 + 1;

/**
 * Exactly once as users see it: a burst of 1,000 notification jobs, the worker killed with
 * SIGKILL in the middle, or Redis losing every queued job. Every recipient must hold exactly
 * one notification per event and match, and one e-mail (by Message-ID) for each.
 */
describe('notifications survive a worker killed mid-burst and a Redis that lost its jobs', () => {
  let api: TestApi;
  let world: World;
  let mailbox: SmtpInbox;
  let pipeline: Pipeline;
  const workers: RunningProcess[] = [];

  beforeAll(async () => {
    api = await startTestApi();
    world = await buildWorld(api);
    await emailProposalsAtOnce(world);
    mailbox = await startSmtpInbox();
    pipeline = openPipeline(api);
  });
  afterAll(async () => {
    // A failed test must not leave the run's queue paused for the suites after it.
    await pipeline.queues[QueueName.Notifications].resume();
    await Promise.all(workers.map((worker) => worker.stop('SIGTERM')));
    await pipeline.close();
    await mailbox.close();
    await api.close();
  });

  /** 250 approved matches between 16 fresh needs and 16 fresh capabilities. */
  async function approvedMatches(): Promise<string[]> {
    const needs: string[] = [];
    const capabilities: string[] = [];
    for (let i = 0; i < 16; i++) {
      needs.push(
        (await world.firm.client.ok(ops.createNeed, { input: needInput() })).createNeed.id,
      );
      capabilities.push(
        (await world.researcher.client.ok(ops.createCapability, { input: capabilityInput() }))
          .createCapability.id,
      );
    }
    const pairs = needs
      .flatMap((need) => capabilities.map((capability) => [need, capability]))
      .slice(0, 250);
    const rows: { id: string }[] = await api.dataSource.query(
      `INSERT INTO matches (need_id, capability_id, score, factors, reason_for_firm, reason_for_researcher,
         engine_version, status, need_version, capability_version)
       SELECT pair[1]::uuid, pair[2]::uuid, 0.5, '[]', '{"pl":"","en":""}', '{"pl":"","en":""}', 'test', 'APPROVED', 1, 1
       FROM jsonb_array_elements($1::jsonb) AS p(value),
            LATERAL (SELECT ARRAY[p.value->>0, p.value->>1]) AS x(pair)
       RETURNING id`,
      [JSON.stringify(pairs)],
    );
    return rows.map((row) => row.id);
  }

  /** Four events per match, 1,000 jobs, as committed changes would announce them. */
  async function announceBurst(matchIds: string[]): Promise<void> {
    await api.dataSource.query(
      `INSERT INTO outbox_events (queue, job_name, job_id, payload)
       SELECT 'notifications', 'match-event', 'match-event.' || e.event || '.' || m.id || '.firm',
              jsonb_build_object('event', e.event, 'matchId', m.id, 'side', 'firm')
       FROM unnest($1::uuid[]) AS m(id), unnest($2::text[]) AS e(event)`,
      [matchIds, events],
    );
  }

  const storedFor = async (matchIds: string[]) =>
    (
      await api.dataSource.query(
        `SELECT count(*)::int AS total, count(DISTINCT (user_id, event, match_id))::int AS distinct_,
           count(*) FILTER (WHERE emailed_at IS NULL)::int AS unsent
         FROM notifications WHERE match_id = ANY($1)`,
        [matchIds],
      )
    )[0] as { total: number; distinct_: number; unsent: number };

  /** Waits until every notification is stored and e-mailed, then counts e-mails by Message-ID. */
  async function delivered(matchIds: string[], timeoutMs: number) {
    const expected = matchIds.length * recipientsPerMatch;
    await eventually(async () => {
      const stored = await storedFor(matchIds);
      return stored.total === expected && stored.unsent === 0;
    }, timeoutMs);
    expect(await storedFor(matchIds)).toEqual({ total: expected, distinct_: expected, unsent: 0 });
    const messageIds = new Set(
      (
        await api.dataSource.query('SELECT id FROM notifications WHERE match_id = ANY($1)', [
          matchIds,
        ])
      ).map((row: { id: string }) => `<${row.id}@matchmaking>`),
    );
    const mails = mailbox.messages.filter((mail) => messageIds.has(mail.messageId ?? ''));
    const distinctMessages = new Set(mails.map((mail) => mail.messageId));
    expect(distinctMessages.size).toBe(expected);
    return { expected, mails: mails.length, duplicates: mails.length - distinctMessages.size };
  }

  it('delivers every notification and e-mail exactly once when the worker is killed', async () => {
    const matchIds = await approvedMatches();
    await announceBurst(matchIds);
    workers.push(await startWorker({ SMTP_URL: mailbox.url }));
    const fifth = (matchIds.length * recipientsPerMatch) / 5;
    await eventually(async () => (await storedFor(matchIds)).total >= fifth, 60_000);
    await workers[0]!.stop('SIGKILL');
    const atKill = await storedFor(matchIds);
    workers.push(await startWorker({ SMTP_URL: mailbox.url }));

    const { expected, mails, duplicates } = await delivered(matchIds, 150_000);
    console.log(
      `kill -9 burst: ${events.length * matchIds.length} jobs, ${expected} notifications ` +
        `(${atKill.total} stored before the kill), ${mails} e-mails received, ` +
        `${duplicates} duplicate e-mail(s) (same Message-ID)`,
    );
    expect(duplicates).toBeLessThanOrEqual(8);
  }, 240_000);

  it('adds again the jobs Redis lost in a restart, and still delivers each once', async () => {
    await Promise.all(workers.map((worker) => worker.stop('SIGTERM')));
    // Written before a worker runs, so the engine cannot propose the same pairs first.
    const matchIds = await approvedMatches();
    const queue = pipeline.queues[QueueName.Notifications];
    // Jobs reach Redis but nobody takes them, until Redis comes back without them.
    await queue.pause();
    workers.push(await startWorker({ SMTP_URL: mailbox.url, OUTBOX_REDRIVE_AFTER_MS: '2000' }));
    await announceBurst(matchIds);
    // The engine's own proposals for these postings queue notifications too; count only ours.
    const ours = new Set(matchIds);
    const waitingOfOurs = async () =>
      (await queue.getWaiting(0, -1)).filter((job) => ours.has(job.data.matchId)).length;
    const unfinished = async (column: 'relayed_at' | 'settled_at') =>
      (
        await api.dataSource.query(
          `SELECT count(*)::int AS count FROM outbox_events
           WHERE ${column} IS NULL AND payload->>'matchId' = ANY($1)`,
          [matchIds],
        )
      )[0].count as number;
    await eventually(async () => (await unfinished('relayed_at')) === 0, 30_000);
    expect(await waitingOfOurs()).toBe(matchIds.length * events.length);
    // Redrive leaves jobs that are waiting alone, however long they wait.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(await waitingOfOurs()).toBe(matchIds.length * events.length);

    // What a restart of a Redis that keeps nothing on disk does to this run's queue.
    const redis = new Redis(process.env.REDIS_URL!);
    await redis.del(
      ...(await redis.keys(`${process.env.QUEUE_PREFIX}:${QueueName.Notifications}:*`)),
    );
    await redis.quit();

    const { expected, mails, duplicates } = await delivered(matchIds, 120_000);
    await eventually(async () => (await unfinished('settled_at')) === 0, 30_000);
    console.log(
      `Redis data loss: ${events.length * matchIds.length} relayed jobs deleted from Redis and ` +
        `added again from the outbox; ${expected} notifications, ${mails} e-mails, ` +
        `${duplicates} duplicate(s)`,
    );
    expect(duplicates).toBe(0);
  }, 240_000);
});
