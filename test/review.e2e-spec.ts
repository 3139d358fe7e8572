import { QueueName } from '@app/queue';
import {
  bracketsCapability,
  bracketsNeed,
  capabilityInput,
  needInput,
  databaseFingerprint,
  eventually,
  ops,
  type Pipeline,
  emailProposalsAtOnce,
  proposedMatch as proposedPair,
  type SmtpInbox,
  type TestApi,
  type World,
  type PlatformUnderTest,
  startPlatformUnderTest,
} from '@app/testing';
import { randomUUID } from 'node:crypto';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';

describe('coordinator review and introductions', () => {
  let platform: PlatformUnderTest;
  let api: TestApi;
  let world: World;
  let pipeline: Pipeline;
  let mailbox: SmtpInbox;

  beforeAll(async () => {
    platform = await startPlatformUnderTest();
    ({ api, world, pipeline, mailbox } = platform);
  }, 180_000);
  afterAll(() => platform.stop());

  const idle = () => pipeline.idle();
  const proposedMatch = () => proposedPair(world);

  it('runs the journey: proposed, approved, both interested, introduced with contacts, audited', async () => {
    const { id, needId } = await proposedMatch();
    const queue_ = (await world.coordinator.client.ok(ops.reviewQueue, { first: 100 })).reviewQueue;
    expect(queue_.edges.map((edge: any) => edge.node.id)).toContain(id);
    const otherQueue = (await world.otherCoordinator.client.ok(ops.reviewQueue, { first: 100 }))
      .reviewQueue;
    expect(otherQueue.edges.map((edge: any) => edge.node.id)).not.toContain(id);

    expect(
      (await world.coordinator.client.ok(ops.approveMatch, { id, note: 'Dobre dopasowanie' }))
        .approveMatch.status,
    ).toBe('APPROVED');
    const before = (await world.firm.client.ok(ops.match, { id })).match;
    expect(before).toMatchObject({
      status: 'APPROVED',
      firmContact: null,
      researcherContact: null,
      history: null,
    });

    const message = 'Zapraszamy do zakładu w przyszły wtorek.';
    const firmAnswer = (
      await world.firm.client.ok(ops.respondToMatch, { id, interested: true, message })
    ).respondToMatch;
    expect(firmAnswer).toMatchObject({ status: 'APPROVED', firmContact: null });
    // The message waits for the introduction: the researcher cannot read it before saying yes.
    expect((await world.researcher.client.ok(ops.match, { id })).match.firmContact).toBeNull();
    const both = (await world.researcher.client.ok(ops.respondToMatch, { id, interested: true }))
      .respondToMatch;
    expect(both.status).toBe('INTRODUCED');
    expect(both.firmContact).toEqual({ email: world.firm.email, message });
    expect(both.researcherContact).toEqual({ email: world.researcher.email, message: null });

    const audited = (await world.coordinator.client.ok(ops.match, { id })).match;
    expect(
      audited.history.map((event: any) => [event.action, event.fromStatus, event.toStatus]),
    ).toEqual([
      ['APPROVED', 'PROPOSED', 'APPROVED'],
      ['RESPONDED', 'APPROVED', 'APPROVED'],
      ['RESPONDED', 'APPROVED', 'INTRODUCED'],
    ]);
    expect(audited.history.map((event: any) => event.actorId)).toEqual([
      world.coordinator.id,
      world.firm.id,
      world.researcher.id,
    ]);
    // Coordinators are named in the trail; the sides only by their role (a firm may be anonymous).
    expect(audited.history.map((event: any) => [event.actorRole, event.actorName])).toEqual([
      ['COORDINATOR', expect.stringMatching(/^Test COORDINATOR /)],
      ['FIRM', null],
      ['RESEARCHER', null],
    ]);

    // The engine keeps its hands off matches people have acted on.
    await world.firm.client.ok(ops.updateNeed, {
      id: needId,
      input: { title: 'Recykling opakowań', description: 'Sortowanie folii' },
    });
    await idle();
    expect((await world.firm.client.ok(ops.match, { id })).match.status).toBe('INTRODUCED');
  });

  it('declines when one side is not interested, and asks why', async () => {
    const { id } = await proposedMatch();
    await world.coordinator.client.ok(ops.approveMatch, { id });
    const unexplained = await world.researcher.client.fails(ops.respondToMatch, {
      id,
      interested: false,
    });
    expect(unexplained.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const declined = await world.researcher.client.ok(ops.respondToMatch, {
      id,
      interested: false,
      reason: 'NO_CAPACITY',
    });
    expect(declined.respondToMatch.status).toBe('DECLINED');
    const late = await world.firm.client.fails(ops.respondToMatch, { id, interested: true });
    expect(late.extensions).toMatchObject({ code: 'CONFLICT', currentState: 'DECLINED' });
  });

  it('rejects with a reason code; OTHER needs a note; a decided match is a conflict', async () => {
    const { id } = await proposedMatch();
    await idle();
    const before = await databaseFingerprint(api.dataSource);
    const noNote = await world.coordinator.client.fails(ops.rejectMatch, { id, reason: 'OTHER' });
    expect(noNote.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    const wrongCode = await world.coordinator.client.fails(ops.rejectMatch, {
      id,
      reason: 'BORING',
    });
    expect(wrongCode.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await databaseFingerprint(api.dataSource)).toEqual(before);

    expect(
      (await world.coordinator.client.ok(ops.rejectMatch, { id, reason: 'TOO_EARLY_STAGE' }))
        .rejectMatch.status,
    ).toBe('REJECTED');
    const again = await world.coordinator.client.fails(ops.approveMatch, { id });
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', currentState: 'REJECTED' });
  });

  it('keeps other clusters, other firms and the sides themselves out of the review', async () => {
    const { id } = await proposedMatch();
    expect(
      (await world.otherCoordinator.client.fails(ops.approveMatch, { id })).extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await world.firm.client.fails(ops.approveMatch, { id })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await world.otherFirm.client.fails(ops.match, { id })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect(
      (await world.firm.client.fails(ops.respondToMatch, { id, interested: true })).extensions,
    ).toMatchObject({
      code: 'CONFLICT',
      currentState: 'PROPOSED',
    });
    expect((await world.anonymous.fails(ops.reviewQueue, {})).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await world.firm.client.fails(ops.reviewQueue, {})).extensions?.code).toBe('FORBIDDEN');
    const foreignCluster = await world.coordinator.client.fails(ops.reviewQueue, {
      clusterId: world.otherClusterId,
    });
    expect(foreignCluster.extensions?.code).toBe('FORBIDDEN');
  });

  it('filters the queue by sector, city, age and deadline, and refuses bad filters', async () => {
    const { id } = await proposedMatch();
    const { dueAt } = (await world.coordinator.client.ok(ops.match, { id })).match;
    const listed = async (filters: Record<string, unknown>) =>
      (
        await world.coordinator.client.ok(ops.reviewQueue, { first: 100, ...filters })
      ).reviewQueue.edges.some((edge: any) => edge.node.id === id);
    const minute = 60_000;
    expect(await listed({ sectors: ['C29'] })).toBe(true);
    expect(await listed({ sectors: ['C10', 'A01'] })).toBe(false);
    expect(await listed({ city: 'LUBLIN' })).toBe(true);
    expect(await listed({ city: 'Radom' })).toBe(false);
    expect(await listed({ minAgeDays: 0 })).toBe(true);
    expect(await listed({ minAgeDays: 1 })).toBe(false);
    const dueBefore = (offset: number) =>
      new Date(new Date(dueAt).getTime() + offset).toISOString();
    expect(await listed({ dueBefore: dueBefore(minute) })).toBe(true);
    expect(await listed({ dueBefore: dueBefore(-minute) })).toBe(false);
    const { id: other, needId: otherNeed } = await proposedMatch();
    const only = async (filters: Record<string, unknown>) =>
      (await world.coordinator.client.ok(ops.reviewQueue, filters)).reviewQueue.edges.map(
        (edge: any) => edge.node.id,
      );
    expect((await only({ ids: [id, other] })).sort()).toEqual([id, other].sort());
    const ofOtherNeed = await only({ postingId: otherNeed, first: 100 });
    expect(ofOtherNeed).toContain(other);
    expect(ofOtherNeed).not.toContain(id);
    expect(await only({ ids: [id], sectors: ['C10'] })).toEqual([]);
    const foreign = await world.otherCoordinator.client.ok(ops.reviewQueue, { ids: [id] });
    expect(foreign.reviewQueue.edges).toEqual([]);

    const tooMany = Array.from({ length: 101 }, () => randomUUID());
    for (const bad of [
      { sectors: ['XX'] },
      { minAgeDays: -1 },
      { dueBefore: 'tomorrow' },
      { ids: ['not-an-id'] },
      { ids: tooMany },
    ]) {
      const error = await world.coordinator.client.fails(ops.reviewQueue, bad);
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    }
    // Like every ID argument that is not even a UUID: it names nothing.
    const unknown = await world.coordinator.client.fails(ops.reviewQueue, {
      postingId: 'not-an-id',
    });
    expect(unknown.extensions?.code).toBe('NOT_FOUND');
  });

  it('orders the queue by score, age or deadline, page after page', async () => {
    const undated = await proposedMatch();
    await proposedMatch();
    await api.dataSource.query(
      `UPDATE matches SET due_at = NULL, created_at = now() - interval '3 days' WHERE id = $1`,
      [undated.id],
    );
    const status = ['PROPOSED', 'APPROVED'];
    const walk = async (orderBy: string) => {
      const nodes: { id: string; score: number; createdAt: string; dueAt: string | null }[] = [];
      let after: string | null = null;
      let total: number;
      do {
        const { reviewQueue }: { reviewQueue: any } = await world.coordinator.client.ok(
          ops.reviewQueue,
          {
            first: 3,
            after,
            orderBy,
            status,
          },
        );
        nodes.push(...reviewQueue.edges.map((edge: any) => edge.node));
        total = reviewQueue.totalCount;
        after = reviewQueue.pageInfo.hasNextPage ? reviewQueue.pageInfo.endCursor : null;
      } while (after);
      expect(new Set(nodes.map((node) => node.id)).size).toBe(total);
      return nodes;
    };
    const time = (value: string | null) => (value ? Date.parse(value) : Infinity);
    const key: Record<string, (node: any) => number> = {
      BEST_SCORE: (node) => -node.score,
      LOWEST_SCORE: (node) => node.score,
      OLDEST: (node) => time(node.createdAt),
      NEWEST: (node) => -time(node.createdAt),
      DUE_SOONEST: (node) => time(node.dueAt),
      DUE_LATEST: (node) => (node.dueAt ? -time(node.dueAt) : Infinity),
    };
    for (const [orderBy, sortKey] of Object.entries(key)) {
      const nodes = await walk(orderBy);
      expect(nodes.map((node) => node.id)).toContain(undated.id);
      const keys = nodes.map(sortKey);
      expect(keys).toEqual([...keys].sort((a, b) => a - b));
      if (orderBy.startsWith('DUE')) expect(nodes.at(-1)?.dueAt ?? null).toBeNull();
    }
    const error = await world.coordinator.client.fails(ops.reviewQueue, { orderBy: 'SIDEWAYS' });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('loads the history and contacts of a whole page at once (no N+1)', async () => {
    while (
      (await world.coordinator.client.ok(ops.reviewQueue, { first: 100 })).reviewQueue.totalCount <
      12
    ) {
      await proposedMatch();
    }
    const page = `query($first: Int) { reviewQueue(first: $first, status: [PROPOSED, APPROVED, INTRODUCED]) {
      edges { node { id history { action } firmContact { email } researcherContact { email } } } } }`;
    const statementsFor = async (first: number) => {
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      const { reviewQueue } = await world.coordinator.client.ok(page, { first });
      const count = spy.mock.calls.length;
      spy.mockRestore();
      expect(reviewQueue.edges).toHaveLength(first);
      return count;
    };
    const [small, large] = [await statementsFor(2), await statementsFor(12)];
    expect(large).toBe(small);
  });

  it('approves many at once and reports each id', async () => {
    const [first, second] = [await proposedMatch(), await proposedMatch()];
    await world.coordinator.client.ok(ops.approveMatch, { id: second.id });
    const missing = randomUUID();
    const { approveMatches } = await world.coordinator.client.ok(ops.approveMatches, {
      ids: [first.id, second.id, missing],
    });
    expect(approveMatches).toEqual([
      { id: first.id, match: { status: 'APPROVED' }, error: null },
      { id: second.id, match: null, error: { code: 'CONFLICT', message: expect.any(String) } },
      { id: missing, match: null, error: { code: 'NOT_FOUND', message: expect.any(String) } },
    ]);
  });

  it('lets a researcher ask for a pair the engine did not propose; the engine scores it and leaves it be', async () => {
    const { createNeed } = await world.firm.client.ok(ops.createNeed, { input: bracketsNeed });
    await world.firm.client.ok(ops.publishNeed, { id: createNeed.id });
    const { createCapability } = await world.researcher.client.ok(ops.createCapability, {
      input: capabilityInput({
        title: 'Battery cell ageing',
        summary: 'Ageing tests',
        description: 'Lithium-ion ageing tests.',
        expertiseKeywords: ['batteries'],
      }),
    });
    await world.researcher.client.ok(ops.publishCapability, { id: createCapability.id });
    const ids = { needId: createNeed.id, capabilityId: createCapability.id };

    const forged = await world.otherFirm.client.fails(ops.expressInterest, ids);
    expect(forged.extensions?.code).toBe('FORBIDDEN');
    const { expressInterest } = await world.researcher.client.ok(ops.expressInterest, {
      ...ids,
      message: 'Mamy stanowisko do badań',
    });
    expect(expressInterest).toMatchObject({
      status: 'PROPOSED',
      userInitiated: true,
      interestMessage: 'Mamy stanowisko do badań',
    });

    const scored = await eventually(async () => {
      const { match } = await world.coordinator.client.ok(ops.match, { id: expressInterest.id });
      return match.engineVersion !== 'pending' && match;
    });
    expect(scored.factors.length).toBeGreaterThan(0);
    await world.firm.client.ok(ops.updateNeed, { id: createNeed.id, input: { trlMax: 8 } });
    await idle();
    expect(
      (await world.coordinator.client.ok(ops.match, { id: expressInterest.id })).match.status,
    ).toBe('PROPOSED');
    const queued = (
      await world.coordinator.client.ok(ops.reviewQueue, { userInitiated: true, first: 100 })
    ).reviewQueue.edges.map((edge: any) => edge.node.id);
    expect(queued).toContain(expressInterest.id);
    const engineFound = (
      await world.coordinator.client.ok(ops.reviewQueue, { userInitiated: false, first: 100 })
    ).reviewQueue.edges.map((edge: any) => edge.node.id);
    expect(engineFound).not.toContain(expressInterest.id);

    await world.coordinator.client.ok(ops.rejectMatch, {
      id: expressInterest.id,
      reason: 'NOT_RELEVANT',
    });
    const again = await world.researcher.client.fails(ops.expressInterest, ids);
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', currentState: 'REJECTED' });
  });

  it('records how an introduction turned out', async () => {
    const { id } = await proposedMatch();
    await world.coordinator.client.ok(ops.approveMatch, { id });
    const early = await world.firm.client.fails(ops.recordOutcome, {
      matchId: id,
      outcome: 'MEETING_HELD',
    });
    expect(early.extensions).toMatchObject({ code: 'CONFLICT', currentState: 'APPROVED' });
    await world.firm.client.ok(ops.respondToMatch, { id, interested: true });
    await world.researcher.client.ok(ops.respondToMatch, { id, interested: true });

    await world.firm.client.ok(ops.recordOutcome, { matchId: id, outcome: 'MEETING_HELD' });
    const untyped = await world.researcher.client.fails(ops.recordOutcome, {
      matchId: id,
      outcome: 'AGREEMENT_SIGNED',
    });
    expect(untyped.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agreementType' });
    const { recordOutcome } = await world.coordinator.client.ok(ops.recordOutcome, {
      matchId: id,
      outcome: 'AGREEMENT_SIGNED',
      agreementType: 'CONTRACT_RESEARCH',
      note: 'Umowa na badania zmęczeniowe',
    });
    expect(recordOutcome).toMatchObject({
      status: 'INTRODUCED',
      outcome: 'AGREEMENT_SIGNED',
      agreementType: 'CONTRACT_RESEARCH',
    });
    expect(
      (await world.otherFirm.client.fails(ops.recordOutcome, { matchId: id, outcome: 'NO_DEAL' }))
        .extensions?.code,
    ).toBe('NOT_FOUND');
  });

  it('tells each coordinator once per published need, naming it and counting its proposals', async () => {
    const series = String(Date.now());
    for (const lab of ['A', 'B', 'C']) {
      const { createCapability } = await world.researcher.client.ok(ops.createCapability, {
        input: {
          ...bracketsCapability,
          title: `${bracketsCapability.title} ${series} ${lab}`,
          expertiseKeywords: [...bracketsCapability.expertiseKeywords, series],
        },
      });
      await world.researcher.client.ok(ops.publishCapability, { id: createCapability.id });
    }
    // The labs' own passes end first: one that ran after the need was published would tell
    // the coordinator of a match of it as the capability's news, beside the need's notice.
    await idle();
    const title = `${bracketsNeed.title} ${series}`;
    const { createNeed } = await world.otherFirm.client.ok(ops.createNeed, {
      input: {
        ...bracketsNeed,
        title,
        technologyKeywords: [...bracketsNeed.technologyKeywords, series],
      },
    });
    await world.otherFirm.client.ok(ops.publishNeed, { id: createNeed.id });
    await idle();
    const [{ proposals }] = await api.dataSource.query(
      `SELECT count(*)::int AS proposals FROM matches WHERE need_id = $1 AND status = 'PROPOSED'`,
      [createNeed.id],
    );
    expect(proposals).toBeGreaterThanOrEqual(3);

    // Each coordinator hears once, of the proposals that concern their cluster: the firm's
    // (B) of all of them, the labs' (A) of this suite's three and the others its members made.
    const notices = await api.dataSource.query(
      `SELECT n.user_id, n.match_id, n.match_count, n.email_frequency, n.emailed_at FROM notifications n
       WHERE n.event = 'MATCH_TO_REVIEW' AND n.user_id = ANY($2) AND (n.need_id = $1
         OR n.match_id IN (SELECT id FROM matches WHERE need_id = $1))`,
      [createNeed.id, [world.coordinator.id, world.otherCoordinator.id]],
    );
    expect(notices).toHaveLength(2);
    const noticeOf = (userId: string) => notices.find((notice: any) => notice.user_id === userId);
    // Proposals wait for the morning digest by default.
    expect(noticeOf(world.otherCoordinator.id)).toMatchObject({
      match_id: null,
      match_count: proposals,
      email_frequency: 'DAILY_DIGEST',
      emailed_at: null,
    });
    expect(noticeOf(world.coordinator.id).match_count).toBeGreaterThanOrEqual(3);

    const { notifications } = await world.otherCoordinator.client.ok(ops.notifications, {
      first: 100,
    });
    const shown = notifications.edges
      .map((edge: any) => edge.node)
      .find((node: any) => node.needId === createNeed.id);
    expect(shown).toMatchObject({
      event: 'MATCH_TO_REVIEW',
      matchId: null,
      path: `/review?posting=${createNeed.id}`,
    });
    expect(shown.title).toMatch(new RegExp(`^Do przeglądu: ${proposals} (nowe|nowych) dopasowa`));
    expect(shown.title).toContain(`dla „${title}”`);
    const queue = await world.otherCoordinator.client.ok(ops.reviewQueue, {
      postingId: createNeed.id,
      first: 100,
    });
    expect(queue.reviewQueue.totalCount).toBe(proposals);
  });

  it('notifies each person concerned exactly once, in their language', async () => {
    await emailProposalsAtOnce(world);
    const { id, needId } = await proposedMatch();
    // The need's proposals come in one notice: about the match if it is the only one.
    const inbox = async (client: typeof world.admin) =>
      (await client.ok(ops.notifications, { first: 100 })).notifications.edges
        .map((edge: any) => edge.node)
        .filter((node: any) => node.matchId === id || (node.needId === needId && !node.matchId));
    const review = await eventually(
      async () =>
        (await inbox(world.coordinator.client)).length === 1 && inbox(world.coordinator.client),
    );
    expect(review).toMatchObject([{ event: 'MATCH_TO_REVIEW', readAt: null }]);
    expect(review[0].title).toMatch(
      /^Do przeglądu: (nowe dopasowanie|\d+ nowe|\d+ nowych) .*dla „/,
    );
    const reviewLink = review[0].matchId ? `/matches/${id}` : `/review?posting=${needId}`;
    expect(review[0].path).toBe(reviewLink);

    await world.coordinator.client.ok(ops.approveMatch, { id });
    await world.firm.client.ok(ops.respondToMatch, { id, interested: true });
    await world.researcher.client.ok(ops.respondToMatch, { id, interested: true });
    const events = async (client: typeof world.admin) =>
      (await inbox(client)).map((node: any) => node.event).sort();
    await eventually(async () => (await events(world.researcher.client)).length === 3);
    expect(await events(world.researcher.client)).toEqual([
      'INTRODUCED',
      'MATCH_APPROVED',
      'OTHER_SIDE_INTERESTED',
    ]);
    await eventually(async () => (await events(world.firm.client)).length === 2);
    expect(await events(world.firm.client)).toEqual(['INTRODUCED', 'MATCH_APPROVED']);
    expect(await events(world.otherCoordinator.client)).toEqual([]);

    // The same events processed again notify nobody twice: the run's proposals, then the steps.
    const notifications = pipeline.queues[QueueName.Notifications];
    const [proposed] = (await notifications.getJobs(['completed'])).filter(
      (job) => job.name === 'matches-proposed' && job.data.matchIds.includes(id),
    );
    await notifications.add(proposed!.name, proposed!.data, { jobId: `replay-proposed-${id}` });
    for (const event of ['MATCH_APPROVED', 'INTRODUCED']) {
      await notifications.add(
        'match-event',
        { event, matchId: id },
        { jobId: `replay-${event}-${id}` },
      );
    }
    await idle();
    expect(await events(world.researcher.client)).toHaveLength(3);
    expect(await events(world.coordinator.client)).toHaveLength(1);

    // One e-mail per notification, in the recipient's language, even after the replays above.
    const mailFor = (email: string) =>
      mailbox
        .to(email)
        .filter((mail) => [`/matches/${id}`, reviewLink].some((link) => mail.text?.includes(link)));
    await eventually(
      async () =>
        mailFor(world.researcher.email).length === 3 &&
        mailFor(world.coordinator.email).length === 1,
    );
    await idle();
    expect(
      mailFor(world.researcher.email)
        .map((mail) => mail.subject)
        .sort(),
    ).toEqual([
      'Druga strona jest zainteresowana',
      'Koordynator polecił dopasowanie',
      'Możecie rozmawiać',
    ]);
    expect(mailFor(world.firm.email)).toHaveLength(2);
    expect(mailFor(world.coordinator.email)).toHaveLength(1);
    const introduced = mailFor(world.firm.email).find(
      (mail) => mail.subject === 'Możecie rozmawiać',
    )!;
    expect(introduced.text).toContain('Dzień dobry');
    expect(introduced.html).toContain(`/matches/${id}`);
    expect(introduced.messageId).toMatch(/@matchmaking>?$/);

    const unread = (await world.firm.client.ok(ops.unreadNotificationCount))
      .unreadNotificationCount;
    const firmIds = (await inbox(world.firm.client)).map((node: any) => node.id);
    const foreign = (await inbox(world.coordinator.client))[0].id;
    await idle();
    const before = await databaseFingerprint(api.dataSource);
    expect(
      (await world.firm.client.fails(ops.markNotificationsRead, { ids: [...firmIds, foreign] }))
        .extensions?.code,
    ).toBe('NOT_FOUND');
    expect(await databaseFingerprint(api.dataSource)).toEqual(before);
    expect(
      (await world.firm.client.ok(ops.markNotificationsRead, { ids: firmIds }))
        .markNotificationsRead,
    ).toBe(2);
    expect((await world.firm.client.ok(ops.unreadNotificationCount)).unreadNotificationCount).toBe(
      unread - 2,
    );
    const unreadOnly = (
      await world.firm.client.ok(ops.notifications, { unreadOnly: true, first: 100 })
    ).notifications.edges;
    expect(unreadOnly.map((edge: any) => edge.node.id)).not.toEqual(
      expect.arrayContaining(firmIds),
    );
  });

  it('sums up the cluster’s funnel and its gaps for the coordinator, in SQL', async () => {
    const { createNeed } = await world.firm.client.ok(ops.createNeed, {
      input: needInput({
        title: 'Przechowywanie jabłek w kontrolowanej atmosferze',
        summary: 'Sadownictwo: chłodnie dla jabłek.',
        description: 'Szukamy sposobu na dłuższe przechowywanie jabłek w chłodniach sadowniczych.',
        technologyKeywords: ['sadownictwo'],
        marketKeywords: [],
        sectors: ['A01.24'],
        trlMin: 2,
        trlMax: 3,
      }),
    });
    await world.firm.client.ok(ops.publishNeed, { id: createNeed.id });
    await idle();
    const { clusterStats } = await world.coordinator.client.ok(ops.clusterStats, {
      clusterId: world.clusterId,
    });
    expect(clusterStats.needsPosted).toBeGreaterThanOrEqual(8);
    expect(clusterStats.matchesProposed).toBeGreaterThanOrEqual(6);
    expect(clusterStats.matchesApproved).toBeGreaterThanOrEqual(4);
    expect(clusterStats.rejectedByReason).toEqual(
      expect.arrayContaining([{ key: 'TOO_EARLY_STAGE', count: 1 }]),
    );
    expect(clusterStats.matchesIntroduced).toBeGreaterThanOrEqual(2);
    expect(clusterStats.agreements).toBe(1);
    expect(clusterStats.medianHoursToDecision).toBeGreaterThanOrEqual(0);
    expect(clusterStats.medianHoursToIntroduction).toBeGreaterThanOrEqual(0);
    expect(clusterStats.unmatchedNeeds).toBeGreaterThanOrEqual(1);
    expect(clusterStats.unmatchedBySector).toEqual(
      expect.arrayContaining([{ key: 'A01', count: 1 }]),
    );
    expect(clusterStats.unmatchedByTrl).toEqual(expect.arrayContaining([{ key: '2-3', count: 1 }]));

    const future = await world.coordinator.client.ok(ops.clusterStats, {
      clusterId: world.clusterId,
      from: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(future.clusterStats).toMatchObject({ needsPosted: 0, matchesProposed: 0 });
    const inverted = await world.coordinator.client.fails(ops.clusterStats, {
      clusterId: world.clusterId,
      from: '2027-01-01T00:00:00Z',
      to: '2026-01-01T00:00:00Z',
    });
    expect(inverted.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    expect(
      (await world.otherCoordinator.client.fails(ops.clusterStats, { clusterId: world.clusterId }))
        .extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await world.firm.client.fails(ops.clusterStats, { clusterId: world.clusterId })).extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await world.admin.fails(ops.clusterStats, { clusterId: randomUUID() })).extensions?.code,
    ).toBe('NOT_FOUND');
  });
});
