import { createQueue, QueueName } from '@app/queue';
import {
  buildWorld,
  capabilityInput,
  eventually,
  needInput,
  ops,
  startWorker,
  startTestApi,
  type RunningProcess,
  type TestApi,
  type World,
} from '@app/testing';
import type { Queue } from 'bullmq';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';

const springsNeed = (overrides: Record<string, unknown> = {}) =>
  needInput({
    title: 'Badania zmęczeniowe sprężyn zawieszenia pojazdów ciężarowych',
    summary:
      'Szukamy laboratorium, które zbada trwałość zmęczeniową sprężyn i zaproponuje zmiany materiału.',
    description:
      'Sprężyny zawieszenia pękają po 200 tys. km. Potrzebujemy badań zmęczeniowych, analizy pęknięć i symulacji obciążeń.',
    technologyKeywords: ['sprężyny', 'zmęczenie materiału', 'zawieszenie'],
    marketKeywords: ['pojazdy ciężarowe'],
    sectors: ['C29.32'],
    trlMin: 4,
    trlMax: 7,
    collaborationTypes: ['TESTING_AND_LAB_SERVICES', 'CONTRACT_RESEARCH'],
    ...overrides,
  });

const springsCapability = (overrides: Record<string, unknown> = {}) =>
  capabilityInput({
    title: 'Fatigue testing of suspension springs and spring steels',
    summary:
      'Bench fatigue tests, crack analysis and load simulation for vehicle suspension springs.',
    description:
      'Our laboratory runs fatigue tests of coil and leaf springs, analyses fatigue cracks and simulates suspension loads.',
    expertiseKeywords: ['fatigue', 'springs', 'suspension'],
    sectors: ['C29.32', 'C25.93'],
    trl: 6,
    collaborationTypes: ['TESTING_AND_LAB_SERVICES'],
    language: 'en',
    ...overrides,
  });

describe('matching pipeline', () => {
  let api: TestApi;
  let world: World;
  let queue: Queue;
  const workers: RunningProcess[] = [];

  const addWorker = async () => workers.push(await startWorker());

  /** Every committed change relayed and every job done. */
  const settled = (timeoutMs = 30_000) =>
    eventually(async () => {
      const [{ pending }] = await api.dataSource.query(
        'SELECT count(*)::int AS pending FROM outbox_events WHERE relayed_at IS NULL',
      );
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      return pending === 0 && Object.values(counts).every((count) => count === 0);
    }, timeoutMs);

  const matchesOf = async (needId: string) =>
    (
      await world.firm.client.ok(ops.matchesForNeed, { needId, first: 100 })
    ).matchesForNeed.edges.map((edge: any) => edge.node);

  const publishNeed = async (input: Record<string, unknown>) => {
    const { createNeed } = await world.firm.client.ok(ops.createNeed, { input });
    return (await world.firm.client.ok(ops.publishNeed, { id: createNeed.id })).publishNeed
      .id as string;
  };
  const publishCapability = async (input: Record<string, unknown>) => {
    const { createCapability } = await world.researcher.client.ok(ops.createCapability, { input });
    return (await world.researcher.client.ok(ops.publishCapability, { id: createCapability.id }))
      .publishCapability.id as string;
  };

  beforeAll(async () => {
    api = await startTestApi();
    world = await buildWorld(api);
    queue = createQueue(QueueName.Matching, process.env.REDIS_URL!, process.env.QUEUE_PREFIX!);
    await addWorker();
    // Suites before this one may leave postings for the worker to catch up on first.
    await settled(150_000);
  }, 180_000);
  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.stop('SIGTERM')));
    await queue.close();
    await api.close();
  });

  it('proposes an English capability for a Polish need within seconds, with factors and reasons', async () => {
    const capabilityId = await publishCapability(springsCapability());
    const needId = await publishNeed(springsNeed());
    const match = await eventually(async () =>
      (await matchesOf(needId)).find((m: any) => m.capability.id === capabilityId),
    );
    expect(match.status).toBe('PROPOSED');
    expect(match.score).toBeGreaterThan(0.5);
    const sum = match.factors.reduce(
      (total: number, factor: any) => total + factor.contribution,
      0,
    );
    expect(sum).toBeCloseTo(match.score, 6);
    expect(match.factors.map((factor: any) => factor.name)).toEqual(
      expect.arrayContaining([
        'topic',
        'keywords',
        'trl',
        'collaboration',
        'geography',
        'feasibility',
      ]),
    );
    expect(match.reasonForFirm).toMatch(/^Wspólne tematy: .+\. TRL 6 mieści się w zakresie 4–7/);
    expect(match.matchedTerms.join(' ')).toMatch(/zmęczeniow\w* ↔ fatigue|sprężyn\w* ↔ springs/);
    expect(match.engineVersion).toMatch(/^\d{4}\.\d+\.\d+$/);

    const { matchesForCapability } = await world.researcher.client.ok(ops.matchesForCapability, {
      capabilityId,
    });
    const reverse = matchesForCapability.edges
      .map((edge: any) => edge.node)
      .find((m: any) => m.need.id === needId);
    expect(reverse.score).toBeCloseTo(match.score, 10);
    expect(reverse.reasonForResearcher).toMatch(/Twoje TRL 6 mieści się w zakresie 4–7/);
  });

  it('loads the postings of a page of matches without a query per match', async () => {
    const needId = await publishNeed(springsNeed());
    await publishCapability(springsCapability());
    await eventually(async () => (await matchesOf(needId)).length >= 2);
    const statementsFor = async (first: number) => {
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      await world.firm.client.ok(ops.matchesForNeed, { needId, first });
      const count = spy.mock.calls.length;
      spy.mockRestore();
      return count;
    };
    const [one, two] = [await statementsFor(1), await statementsFor(2)];
    expect(one).toBeGreaterThan(0);
    expect(two).toBe(one);
  });

  it('shows a need’s matches to its firm and cluster coordinator only, and keeps an anonymous firm hidden', async () => {
    const capabilityId = await publishCapability(springsCapability());
    const needId = await publishNeed(springsNeed({ visibility: 'ANONYMOUS' }));
    await eventually(async () =>
      (await matchesOf(needId)).some((m: any) => m.capability.id === capabilityId),
    );
    const other = await world.otherFirm.client.fails(ops.matchesForNeed, { needId });
    expect(other.extensions?.code).toBe('FORBIDDEN');
    await world.coordinator.client.ok(ops.matchesForNeed, { needId });
    const { matchesForCapability } = await world.researcher.client.ok(ops.matchesForCapability, {
      capabilityId,
      first: 100,
    });
    const seen = matchesForCapability.edges
      .map((edge: any) => edge.node)
      .find((m: any) => m.need.id === needId);
    expect(seen.need.organization).toBeNull();
    expect(JSON.stringify(seen)).not.toContain('Świdnik');
    // Both are in lubelskie: not even "the same region" may be said of an anonymous firm.
    expect(seen.factors.map((factor: any) => factor.name)).not.toContain('geography');
    expect(seen.reasonForResearcher).not.toMatch(/region|city|country|abroad|tym samym|granicą/);
  });

  it('withdraws matches when a need is edited off the subject, and proposes them again when edited back', async () => {
    const capabilityId = await publishCapability(springsCapability());
    const needId = await publishNeed(springsNeed());
    const has = async () =>
      (await matchesOf(needId)).some((m: any) => m.capability.id === capabilityId);
    await eventually(has);
    await world.firm.client.ok(ops.updateNeed, {
      id: needId,
      input: {
        title: 'Recykling opakowań spożywczych',
        summary: 'Szukamy metody sortowania folii.',
        description:
          'Opakowania po żywności trafiają na wysypisko; chcemy je sortować i przetwarzać.',
        technologyKeywords: ['recykling'],
        marketKeywords: [],
      },
    });
    await eventually(async () => !(await has()));
    await world.firm.client.ok(ops.updateNeed, { id: needId, input: springsNeed() });
    await eventually(has);
  });

  it('withdraws matches when a capability closes or pauses', async () => {
    const capabilityId = await publishCapability(springsCapability());
    const needId = await publishNeed(springsNeed());
    const has = async () =>
      (await matchesOf(needId)).some((m: any) => m.capability.id === capabilityId);
    await eventually(has);
    await world.researcher.client.ok(ops.pauseCapability, { id: capabilityId });
    await eventually(async () => !(await has()));
    const [{ status }] = await api.dataSource.query(
      'SELECT status FROM matches WHERE need_id = $1 AND capability_id = $2',
      [needId, capabilityId],
    );
    expect(status).toBe('WITHDRAWN');
  });

  it('takes capabilities into a full list one pair at a time, as matching the need in full would', async () => {
    const setTopK = async (matchTopK: number | null) => {
      await world.coordinator.client.ok(ops.updateClusterSettings, {
        clusterId: world.clusterId,
        input: { matchTopK },
      });
      await settled();
    };
    const hydroforming = {
      title: 'Hydroformowanie rur aluminiowych na ramy rowerowe',
      summary: 'Szukamy badań hydroformowania rur ze stopów aluminium.',
      description:
        'Rury aluminiowe pękają przy hydroformowaniu. Potrzebujemy prób hydroformowania, symulacji i doboru stopu.',
      technologyKeywords: ['hydroformowanie', 'rury aluminiowe'],
      marketKeywords: [],
    };
    const lab = (title: string, description: string) =>
      springsCapability({
        title,
        summary: 'Hydroforming of aluminium tubes.',
        description,
        expertiseKeywords: ['hydroforming', 'aluminium tubes'],
      });
    const listed = async (needId: string) =>
      (await matchesOf(needId))
        .filter((match: any) => match.status === 'PROPOSED')
        .sort((a: any, b: any) => b.score - a.score)
        .map((match: any) => match.capability.id as string);

    await setTopK(2);
    try {
      const needId = await publishNeed(springsNeed(hydroforming));
      await settled();
      const labs = [
        await publishCapability(
          lab(
            'Hydroforming of aluminium tubes for bicycle frames',
            'Hydroforming trials, simulation and alloy selection for aluminium tubes that crack.',
          ),
        ),
        await publishCapability(
          lab('Hydroforming of aluminium tubes', 'Hydroforming trials of aluminium tubes.'),
        ),
        await publishCapability(lab('Metal forming lab', 'Forming of aluminium tubes.')),
      ];
      await settled();
      const incremental = await listed(needId);
      expect(incremental).toHaveLength(2);
      expect(labs).toEqual(expect.arrayContaining(incremental));
      // A new top-k matches every need of the cluster in full: the same list.
      await setTopK(2);
      expect(await listed(needId)).toEqual(incremental);

      // The best leaves a full list: the one it kept out comes in.
      await world.researcher.client.ok(ops.closeCapability, {
        id: incremental[0],
        reason: 'WITHDRAWN',
      });
      await settled();
      const keptOut = labs.find((id) => !incremental.includes(id))!;
      expect((await listed(needId)).sort()).toEqual([incremental[1]!, keptOut].sort());
    } finally {
      await setTopK(null);
    }
  });

  it('stores one row per pair however often the same event is processed', async () => {
    const needId = await publishNeed(springsNeed());
    await settled();
    const { version } = (await world.firm.client.ok(ops.need, { id: needId })).need;
    for (let attempt = 0; attempt < 3; attempt++) {
      await queue.add(
        'need-changed',
        { needId, version, change: 'UPDATED' },
        { jobId: `replay-${needId}-${attempt}` },
      );
    }
    await settled();
    const rows = await api.dataSource.query(
      'SELECT capability_id, count(*)::int AS copies FROM matches WHERE need_id = $1 GROUP BY capability_id',
      [needId],
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row: { copies: number }) => row.copies === 1)).toBe(true);
  });

  it('skips a job for an outdated version of a posting', async () => {
    const needId = await publishNeed(springsNeed());
    await settled();
    const job = await queue.add(
      'need-changed',
      { needId, version: 1, change: 'UPDATED' },
      { jobId: `stale-${needId}` },
    );
    await settled();
    expect((await queue.getJob(job.id!))?.returnvalue).toEqual({
      skipped: expect.stringMatching(/version/),
    });
  });

  it('gives the same matches with two workers as with one', async () => {
    await addWorker();
    const needIds: string[] = [];
    const variants = ['sprężyn zawieszenia', 'resorów piórowych', 'stabilizatorów zawieszenia'];
    for (const [index, subject] of variants.entries()) {
      await publishCapability(
        springsCapability({
          title: `Fatigue of ${['suspension springs', 'leaf springs', 'anti-roll bars'][index]}`,
        }),
      );
      needIds.push(await publishNeed(springsNeed({ title: `Badania zmęczeniowe ${subject}` })));
    }
    await settled();
    const snapshot = async () =>
      api.dataSource.query(
        `SELECT need_id, capability_id, score FROM matches
         WHERE need_id = ANY($1) AND status = 'PROPOSED' ORDER BY need_id, capability_id`,
        [needIds],
      );
    const withTwo = await snapshot();
    expect(withTwo.length).toBeGreaterThanOrEqual(needIds.length);

    await workers.pop()!.stop('SIGTERM');
    await api.dataSource.query('DELETE FROM matches WHERE need_id = ANY($1)', [needIds]);
    for (const needId of needIds) {
      const { version } = (await world.firm.client.ok(ops.need, { id: needId })).need;
      await queue.add(
        'need-changed',
        { needId, version, change: 'UPDATED' },
        { jobId: `recheck-${needId}` },
      );
    }
    await settled();
    // Scores move slightly as each worker's term statistics differ a little (one built its
    // index at start, the other kept it current), so near-ties at the top-20 cut may swap;
    // every pair clear of the cut must be in both, with nearly the same score.
    const withOne = await snapshot();
    type Row = { need_id: string; capability_id: string; score: number };
    const key = (row: Row) => `${row.need_id}:${row.capability_id}`;
    const clearOfCut = (rows: Row[]) =>
      rows.filter((row) => {
        const ofNeed = rows.filter((other) => other.need_id === row.need_id);
        const cut = Math.min(...ofNeed.map((other) => other.score));
        return ofNeed.length < 20 || row.score > cut + 0.02;
      });
    const scoreIn = (rows: Row[]) => new Map(rows.map((row) => [key(row), row.score]));
    for (const [clear, other] of [
      [clearOfCut(withOne), scoreIn(withTwo)],
      [clearOfCut(withTwo), scoreIn(withOne)],
    ] as const) {
      expect(clear.length).toBeGreaterThanOrEqual(needIds.length);
      for (const row of clear) {
        expect(other.has(key(row))).toBe(true);
        expect(Math.abs(row.score - other.get(key(row))!)).toBeLessThan(0.02);
      }
    }
  });
});
