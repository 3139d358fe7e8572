import {
  buildWorld,
  capabilityInput,
  eventually,
  needInput,
  ops,
  startSmtpInbox,
  startTestApi,
  startWorker,
  type RunningProcess,
  type SmtpInbox,
  type TestApi,
  type World,
} from '@app/testing';

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
 * SIGKILL in the middle, a fresh worker finishing the rest. Every recipient must hold exactly
 * one notification per event and match, and one e-mail (by Message-ID) for each.
 */
describe('notifications survive a worker killed mid-burst', () => {
  let api: TestApi;
  let world: World;
  let mailbox: SmtpInbox;
  const workers: RunningProcess[] = [];
  let matchIds: string[] = [];

  beforeAll(async () => {
    api = await startTestApi();
    world = await buildWorld(api);
    mailbox = await startSmtpInbox();
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
    matchIds = rows.map((row) => row.id);
    await api.dataSource.query(
      `INSERT INTO outbox_events (queue, job_name, job_id, payload)
       SELECT 'notifications', 'match-event', 'match-event.' || e.event || '.' || m.id || '.firm',
              jsonb_build_object('event', e.event, 'matchId', m.id, 'side', 'firm')
       FROM unnest($1::uuid[]) AS m(id), unnest($2::text[]) AS e(event)`,
      [matchIds, events],
    );
  }, 120_000);

  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.stop('SIGTERM')));
    await mailbox.close();
    await api.close();
  });

  const notificationsOfBurst = async () =>
    (
      await api.dataSource.query(
        `SELECT count(*)::int AS total, count(DISTINCT (user_id, event, match_id))::int AS distinct_
         FROM notifications WHERE match_id = ANY($1)`,
        [matchIds],
      )
    )[0] as { total: number; distinct_: number };

  it('delivers every notification and e-mail exactly once', async () => {
    const expected = matchIds.length * recipientsPerMatch;
    workers.push(await startWorker({ SMTP_URL: mailbox.url }));
    await eventually(async () => (await notificationsOfBurst()).total >= expected / 5, 60_000);
    await workers[0]!.stop('SIGKILL');
    const atKill = await notificationsOfBurst();
    workers.push(await startWorker({ SMTP_URL: mailbox.url }));

    await eventually(async () => {
      const [{ unsent }] = await api.dataSource.query(
        'SELECT count(*)::int AS unsent FROM notifications WHERE match_id = ANY($1) AND emailed_at IS NULL',
        [matchIds],
      );
      return (await notificationsOfBurst()).total === expected && unsent === 0;
    }, 150_000);

    const stored = await notificationsOfBurst();
    expect(stored).toEqual({ total: expected, distinct_: expected });
    const burstIds = new Set(
      (
        await api.dataSource.query('SELECT id FROM notifications WHERE match_id = ANY($1)', [
          matchIds,
        ])
      ).map((row: { id: string }) => `<${row.id}@matchmaking>`),
    );
    const mails = mailbox.messages.filter((mail) => burstIds.has(mail.messageId ?? ''));
    const distinctMessages = new Set(mails.map((mail) => mail.messageId));
    expect(distinctMessages.size).toBe(expected);
    const duplicates = mails.length - distinctMessages.size;
    console.log(
      `kill -9 burst: ${events.length * matchIds.length} jobs, ${expected} notifications ` +
        `(${atKill.total} stored before the kill), ${mails.length} e-mails received, ` +
        `${duplicates} duplicate e-mail(s) (same Message-ID)`,
    );
    expect(duplicates).toBeLessThanOrEqual(8);
  }, 240_000);
});
