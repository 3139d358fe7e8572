import { QueueName } from '@app/queue';
import {
  eventually,
  ops,
  type Pipeline,
  proposedMatch,
  type SmtpInbox,
  startWorker,
  type TestApi,
  type World,
  type PlatformUnderTest,
  startPlatformUnderTest,
} from '@app/testing';
import type { GraphqlClient } from '@app/testing';

const day = 24 * 3600 * 1000;
const shift = (date: string | Date, ms: number) => new Date(new Date(date).getTime() + ms);

describe('deadlines: reminders and expiry as BullMQ schedules on a controllable clock', () => {
  let platform: PlatformUnderTest;
  let api: TestApi;
  let world: World;
  let pipeline: Pipeline;
  let mailbox: SmtpInbox;

  beforeAll(async () => {
    platform = await startPlatformUnderTest();
    ({ api, world, pipeline, mailbox } = platform);
    // Sweeps look at the whole database: first let everything earlier suites left run out, so
    // the sweeps below meet this suite's matches only.
    await sweepAsOf(new Date(Date.now() + 400 * day), 150_000);
  }, 360_000);
  afterAll(() => platform.stop());

  /** Runs the sweep the scheduler runs, as if it were `asOf`, and waits for what follows. */
  async function sweepAsOf(asOf: Date, timeoutMs?: number) {
    await pipeline.add(QueueName.Schedules, {
      name: 'sweep-deadlines',
      data: { asOf: asOf.toISOString() },
    });
    await pipeline.idle(timeoutMs);
  }

  const notifications = async (client: GraphqlClient) =>
    (await client.ok(ops.notifications, { first: 100 })).notifications.edges.map(
      (edge: any) => edge.node,
    );
  const about = async (client: GraphqlClient, event: string, subjectId: string) =>
    (await notifications(client)).filter(
      (node: any) =>
        node.event === event && [node.matchId, node.needId, node.capabilityId].includes(subjectId),
    );
  const matchAs = async (client: GraphqlClient, id: string) =>
    (await client.ok(ops.match, { id })).match;

  it('keeps one job scheduler per scheduled job in Redis, however many workers start', async () => {
    const second = await startWorker();
    try {
      const schedulers = await pipeline.queues[QueueName.Schedules].getJobSchedulers();
      expect(
        schedulers
          .map(({ key, pattern }) => ({ key, pattern }))
          .sort((a, b) => (a.key < b.key ? -1 : 1)),
      ).toEqual([
        { key: 'apply-retention', pattern: '50 3 * * *' },
        { key: 'prune-idempotency-keys', pattern: '40 * * * *' },
        { key: 'prune-outbox', pattern: '30 3 * * *' },
        { key: 'rescore-matches', pattern: '0 2 * * *' },
        { key: 'send-digests', pattern: '2 * * * *' },
        { key: 'sweep-deadlines', pattern: '*/15 * * * *' },
      ]);
    } finally {
      await second.stop('SIGTERM');
    }
  });

  it('lets the cluster’s coordinators set the step deadline; others cannot, bad values change nothing', async () => {
    const set = (client: GraphqlClient, clusterId: string, stepDeadlineDays: unknown) =>
      client.fails(ops.updateClusterSettings, { clusterId, input: { stepDeadlineDays } });
    expect((await set(world.coordinator.client, world.clusterId, 2)).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await set(world.coordinator.client, world.clusterId, 91)).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await set(world.coordinator.client, world.clusterId, 'x')).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await set(world.otherCoordinator.client, world.clusterId, 10)).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await set(world.firm.client, world.clusterId, 10)).extensions?.code).toBe('FORBIDDEN');
    expect((await set(world.anonymous, world.clusterId, 10)).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      (await set(world.coordinator.client, '00000000-0000-4000-8000-000000000000', 10)).extensions
        ?.code,
    ).toBe('NOT_FOUND');
    const [{ step_deadline_days: unchanged }] = await api.dataSource.query(
      'SELECT step_deadline_days FROM clusters WHERE id = $1',
      [world.clusterId],
    );
    expect(unchanged).toBe(14);

    const { updateClusterSettings } = await world.coordinator.client.ok(ops.updateClusterSettings, {
      clusterId: world.clusterId,
      input: { stepDeadlineDays: 10 },
    });
    expect(updateClusterSettings.stepDeadlineDays).toBe(10);
    const { id } = await proposedMatch(world);
    const { dueAt, createdAt } = await matchAs(world.coordinator.client, id);
    expect(new Date(dueAt).getTime() - new Date(createdAt).getTime()).toBeCloseTo(10 * day, -5);
    await world.coordinator.client.ok(ops.updateClusterSettings, {
      clusterId: world.clusterId,
      input: { stepDeadlineDays: 14 },
    });
  });

  it('reminds the coordinators 3 days before the review deadline, once, then expires the match', async () => {
    const { id } = await proposedMatch(world);
    const { dueAt } = await matchAs(world.coordinator.client, id);

    await sweepAsOf(shift(dueAt, -4 * day));
    expect(await about(world.coordinator.client, 'MATCH_REMINDER', id)).toHaveLength(0);

    await sweepAsOf(shift(dueAt, -2 * day));
    await sweepAsOf(shift(dueAt, -1 * day));
    expect(await about(world.coordinator.client, 'MATCH_REMINDER', id)).toHaveLength(1);
    expect(await about(world.firm.client, 'MATCH_REMINDER', id)).toHaveLength(0);
    await eventually(async () =>
      mailbox
        .to(world.coordinator.email)
        .some((mail) => mail.subject === 'Dopasowanie czeka na Twoją decyzję'),
    );

    await sweepAsOf(shift(dueAt, 60_000));
    const expired = await matchAs(world.coordinator.client, id);
    expect(expired).toMatchObject({ status: 'EXPIRED', dueAt: null });
    expect(expired.history.at(-1)).toMatchObject({
      action: 'EXPIRED',
      actorId: null,
      fromStatus: 'PROPOSED',
      toStatus: 'EXPIRED',
    });
    expect(await about(world.coordinator.client, 'MATCH_EXPIRED', id)).toHaveLength(1);
    expect(await about(world.researcher.client, 'MATCH_EXPIRED', id)).toHaveLength(0);

    const late = await world.coordinator.client.fails(ops.approveMatch, { id });
    expect(late.extensions).toMatchObject({ code: 'CONFLICT', currentState: 'EXPIRED' });
    await sweepAsOf(shift(dueAt, 2 * day));
    expect(await about(world.coordinator.client, 'MATCH_EXPIRED', id)).toHaveLength(1);
  });

  it('gives both sides a new deadline on approval and reminds only the side that has not answered', async () => {
    const { id } = await proposedMatch(world);
    await world.coordinator.client.ok(ops.approveMatch, { id });
    await world.firm.client.ok(ops.respondToMatch, { id, interested: true });
    const { dueAt, status } = await matchAs(world.researcher.client, id);
    expect(status).toBe('APPROVED');
    expect(new Date(dueAt).getTime()).toBeGreaterThan(Date.now() + 13 * day);

    await sweepAsOf(shift(dueAt, -2 * day));
    expect(await about(world.researcher.client, 'MATCH_REMINDER', id)).toHaveLength(1);
    expect(await about(world.firm.client, 'MATCH_REMINDER', id)).toHaveLength(0);

    await sweepAsOf(shift(dueAt, 60_000));
    expect((await matchAs(world.firm.client, id)).status).toBe('EXPIRED');
    expect(await about(world.firm.client, 'MATCH_EXPIRED', id)).toHaveLength(1);
    expect(await about(world.researcher.client, 'MATCH_EXPIRED', id)).toHaveLength(1);
    expect(await about(world.coordinator.client, 'MATCH_EXPIRED', id)).toHaveLength(0);

    const { clusterStats } = await world.coordinator.client.ok(ops.clusterStats, {
      clusterId: world.clusterId,
    });
    expect(clusterStats.matchesExpired).toBeGreaterThanOrEqual(2);
    expect(clusterStats.matchesApproved).toBe(1);
  });

  it('warns authors 14 days before their posting expires, then expires it and withdraws its proposals', async () => {
    const { id, needId } = await proposedMatch(world);
    // The need was published almost a year ago.
    await api.dataSource.query(
      `UPDATE needs SET expires_at = now() + interval '5 days' WHERE id = $1`,
      [needId],
    );
    const now = new Date();

    await sweepAsOf(shift(now, day));
    await sweepAsOf(shift(now, 2 * day));
    const warnings = await about(world.firm.client, 'POSTING_EXPIRING', needId);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      matchId: null,
      needId,
      title: 'Twoje ogłoszenie wkrótce wygaśnie',
    });
    await eventually(async () =>
      mailbox.to(world.firm.email).some((mail) => mail.text?.includes(`/needs/${needId}`)),
    );

    await sweepAsOf(shift(now, 6 * day));
    expect((await world.firm.client.ok(ops.need, { id: needId })).need.status).toBe('EXPIRED');
    await eventually(
      async () => (await matchAs(world.coordinator.client, id)).status === 'WITHDRAWN',
    );

    // Renewing it brings it back to matching, with a fresh review deadline.
    await world.firm.client.ok(ops.publishNeed, { id: needId });
    const renewed = await eventually(async () => {
      const match = await matchAs(world.coordinator.client, id);
      return match.status === 'PROPOSED' && match;
    });
    expect(new Date(renewed.dueAt).getTime()).toBeGreaterThan(Date.now() + 13 * day);
  });

  it('matches the members’ needs again when their cluster changes its threshold', async () => {
    const { id } = await proposedMatch(world);
    const { score } = await matchAs(world.coordinator.client, id);
    const settings = (input: Record<string, unknown>) =>
      world.coordinator.client.ok(ops.updateClusterSettings, { clusterId: world.clusterId, input });

    for (const input of [{ matchThreshold: 1.5 }, { matchTopK: 0 }, { stepDeadlineDays: null }]) {
      const error = await world.coordinator.client.fails(ops.updateClusterSettings, {
        clusterId: world.clusterId,
        input,
      });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    }

    const stricter = Math.min(1, score + 0.05);
    expect((await settings({ matchThreshold: stricter })).updateClusterSettings).toMatchObject({
      matchThreshold: stricter,
      matchTopK: null,
      stepDeadlineDays: 14,
    });
    await pipeline.idle();
    expect((await matchAs(world.coordinator.client, id)).status).toBe('WITHDRAWN');

    await settings({ matchThreshold: null });
    await pipeline.idle();
    const again = await matchAs(world.coordinator.client, id);
    expect(again.status).toBe('PROPOSED');
    // Both moves are in the audit trail, made by the platform.
    expect(again.history.slice(-2)).toEqual([
      expect.objectContaining({ action: 'WITHDRAWN', actorId: null, toStatus: 'WITHDRAWN' }),
      expect.objectContaining({ action: 'PROPOSED_AGAIN', actorId: null, toStatus: 'PROPOSED' }),
    ]);
  });

  it('prunes idempotency keys older than a day, and keeps younger ones', async () => {
    const insert = (hoursAgo: number) =>
      api.dataSource.query(
        `INSERT INTO idempotency_keys (scope, key, operation, request_hash, created_at)
         VALUES ('anonymous', $1, 'signUp', repeat('0', 64), now() - make_interval(hours => $2))
         RETURNING key`,
        [`prune-test.${Math.random()}`, hoursAgo],
      );
    const [[old], [recent]] = [await insert(25), await insert(23)];
    await pipeline.add(QueueName.Schedules, { name: 'prune-idempotency-keys', data: {} });
    await pipeline.idle();
    const left: { key: string }[] = await api.dataSource.query(
      'SELECT key FROM idempotency_keys WHERE key = ANY($1)',
      [[old.key, recent.key]],
    );
    expect(left.map((row) => row.key)).toEqual([recent.key]);
  });

  it('prunes outbox rows settled over 30 days ago, and never unsettled ones', async () => {
    const insert = (settledDaysAgo: number | null) =>
      api.dataSource.query(
        `INSERT INTO outbox_events (queue, job_name, job_id, payload, relayed_at, settled_at)
         VALUES ('matching', 'match-requested', $1, jsonb_build_object('matchId', gen_random_uuid()),
                 now() - interval '40 days',
                 now() - make_interval(days => $2::int))
         RETURNING id`,
        [`prune-test.${Math.random()}`, settledDaysAgo],
      );
    const [[old], [recent], [unsettled]] = [await insert(31), await insert(29), await insert(null)];
    await pipeline.add(QueueName.Schedules, { name: 'prune-outbox', data: {} });
    await pipeline.idle();
    const left: { id: string }[] = await api.dataSource.query(
      'SELECT id FROM outbox_events WHERE id = ANY($1)',
      [[old.id, recent.id, unsettled.id]],
    );
    expect(left.map((row) => row.id).sort()).toEqual([recent.id, unsettled.id].sort());
  });
});
