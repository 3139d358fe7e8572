import { createQueue, QueueName } from '@app/queue';
import {
  buildWorld,
  capabilityInput,
  eventually,
  isolatedRun,
  needInput,
  ops,
  startTestApi,
  startWorker,
  type RunningProcess,
  type TestApi,
  type World,
} from '@app/testing';
import type { Queue } from 'bullmq';

const settleMs = 3000;

const topics = [
  ['sprężyny', 'zmęczenie', 'zawieszenie', 'pęknięcia'],
  ['spawanie', 'spoiny', 'wsporniki', 'ramy'],
  ['powłoki', 'korozja', 'lakierowanie', 'cynkowanie'],
  ['łożyska', 'smarowanie', 'wały', 'drgania'],
  ['odlewy', 'aluminium', 'porowatość', 'krzepnięcie'],
  ['frezowanie', 'narzędzia', 'zużycie', 'chłodzenie'],
];

/** Postings on overlapping subjects, so word weights move as they are published. */
const subjectOf = (i: number) => {
  const [main, other] = [topics[i % topics.length]!, topics[(i * 5 + 1) % topics.length]!];
  return {
    title: `${main[0]} ${main[1]} ${other[i % 4]} nr ${i}`,
    summary: `Badania: ${main.join(', ')} oraz ${other[0]}.`,
    description: `Zakres prac obejmuje ${main.join(' i ')}; dodatkowo ${other.slice(0, 1 + (i % 3)).join(', ')}.`,
  };
};
const needs = Array.from({ length: 8 }, (_, i) =>
  needInput({ ...subjectOf(i), technologyKeywords: topics[i % topics.length]!.slice(0, 2) }),
);
const capabilities = Array.from({ length: 8 }, (_, i) =>
  capabilityInput({
    ...subjectOf(i + 3),
    language: 'pl',
    expertiseKeywords: topics[(i + 3) % topics.length]!.slice(1, 3),
  }),
);

/**
 * Another cluster's needs on a few of the same subjects: they match nothing here, but they
 * change how much those words weigh.
 */
const noise = Array.from({ length: 24 }, (_, i) =>
  needInput({
    title: `${topics[i % 2]!.join(' ')} ${topics[2]![i % 4]}`,
    summary: `Szukamy: ${topics[i % 2]!.join(', ')}.`,
    description: `Potrzebujemy ${topics[i % 2]!.join(' i ')} oraz ${topics[2]!.join(', ')}.`,
    technologyKeywords: topics[i % 2]!.slice(0, 2),
    visibility: 'CLUSTER',
  }),
);

describe('stored matches', () => {
  let api: TestApi;
  let world: World;
  let matching: Queue;
  let schedules: Queue;
  let worker: RunningProcess;
  let run: Awaited<ReturnType<typeof isolatedRun>>;

  /** Every matching change relayed and done (notifications may still wait their window). */
  const settled = () =>
    eventually(async () => {
      const [{ pending }] = await api.dataSource.query(
        `SELECT count(*)::int AS pending FROM outbox_events WHERE relayed_at IS NULL AND queue = 'matching'`,
      );
      const counts = await matching.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      return pending === 0 && Object.values(counts).every((count) => count === 0);
    }, 60_000);

  /** A capability on subject `i`, named apart from its twins. */
  const labOn = (i: number, name: string) =>
    capabilityInput({
      ...subjectOf(i),
      title: `${subjectOf(i).title} (${name})`,
      language: 'pl',
      expertiseKeywords: topics[i]!.slice(0, 2),
    });

  /** The capabilities whose proposal with the need the coordinator was told of. */
  /** Proposals of the need the coordinator heard of, and those standing now (by capability). */
  const announcedFor = async (needId: string) => {
    const [{ announced }] = await api.dataSource.query(
      `SELECT coalesce(sum(n.match_count), 0)::int AS announced FROM notifications n
       LEFT JOIN matches m ON m.id = n.match_id
       WHERE n.event = 'MATCH_TO_REVIEW' AND n.user_id = $2 AND (n.need_id = $1 OR m.need_id = $1)`,
      [needId, world.coordinator.id],
    );
    const standing: { capability_id: string }[] = await api.dataSource.query(
      `SELECT capability_id FROM matches WHERE need_id = $1 AND status = 'PROPOSED'`,
      [needId],
    );
    return { announced: announced as number, standing: standing.map((row) => row.capability_id) };
  };

  type Kind = 'need' | 'capability' | 'noise';
  const publish = async (kind: Kind, input: Record<string, unknown>) => {
    const [client, create, publish] =
      kind === 'capability'
        ? [world.researcher.client, ops.createCapability, ops.publishCapability]
        : [
            (kind === 'need' ? world.firm : world.otherFirm).client,
            ops.createNeed,
            ops.publishNeed,
          ];
    const created = Object.values(await client.ok(create, { input }))[0] as { id: string };
    await client.ok(publish, { id: created.id });
    return created.id;
  };

  const close = (kind: Kind, id: string) =>
    kind === 'capability'
      ? world.researcher.client.ok(ops.closeCapability, { id, reason: 'WITHDRAWN' })
      : (kind === 'need' ? world.firm : world.otherFirm).client.ok(ops.closeNeed, {
          id,
          reason: 'WITHDRAWN',
        });

  /** Proposed pairs among the given postings, by title, with their scores. */
  const proposals = async (ids: string[]) => {
    const rows: { pair: string; score: number }[] = await api.dataSource.query(
      `SELECT n.title || ' ⇄ ' || c.title AS pair, m.score FROM matches m
       JOIN needs n ON n.id = m.need_id JOIN capabilities c ON c.id = m.capability_id
       WHERE m.status = 'PROPOSED' AND m.need_id = ANY($1) AND m.capability_id = ANY($1)`,
      [ids],
    );
    return new Map(rows.map((row) => [row.pair, row.score]));
  };

  const rescore = async () => {
    const job = await schedules.add('rescore-matches', {}, { jobId: `rescore-${Date.now()}` });
    await eventually(async () => (await job.getState()) === 'completed', 60_000);
    await settled();
  };

  /** Publishes the postings one change at a time in the given order; returns what was stored. */
  const publishInOrder = async (order: { kind: Kind; index: number }[]) => {
    const published: { kind: Kind; id: string }[] = [];
    for (const { kind, index } of order) {
      const inputs = { need: needs, capability: capabilities, noise }[kind];
      const id = await publish(kind, inputs[index]!);
      published.push({ kind, id });
      await settled();
    }
    const ids = published.filter((p) => p.kind !== 'noise').map((p) => p.id);
    const asPublished = await proposals(ids);
    await rescore();
    const rescored = await proposals(ids);
    for (const { kind, id } of published) await close(kind, id);
    await settled();
    return { asPublished, rescored };
  };

  beforeAll(async () => {
    // Other suites' postings would weigh in the word statistics, and those they leave to expire
    // or be re-matched can change between the two orders: this suite's corpus is its own.
    run = await isolatedRun('convergence');
    api = await startTestApi(run.env);
    world = await buildWorld(api);
    const { QUEUE_PREFIX: prefix } = run.env;
    matching = createQueue(QueueName.Matching, process.env.REDIS_URL!, prefix);
    schedules = createQueue(QueueName.Schedules, process.env.REDIS_URL!, prefix);
    worker = await startWorker({ ...run.env, MATCH_REVIEW_SETTLE_MS: String(settleMs) });
    await settled();
  }, 180_000);
  afterAll(async () => {
    await worker.stop('SIGTERM');
    await Promise.all([matching.close(), schedules.close()]);
    await api.close();
    await run.drop();
  });

  it('converge to the same pairs and scores whatever order the postings were published in', async () => {
    const postings = [
      ...needs.map((_, index) => ({ kind: 'need' as const, index })),
      ...capabilities.map((_, index) => ({ kind: 'capability' as const, index })),
    ];
    const noiseOrder = noise.map((_, index) => ({ kind: 'noise' as const, index }));
    const needsFirst = [...postings, ...noiseOrder];
    const interleavedBackwards = [...noiseOrder, ...postings.reverse()];
    const first = await publishInOrder(needsFirst);
    const second = await publishInOrder(interleavedBackwards);

    // A posting's term weights are normalised by the field lengths of the corpus it joined, and
    // rescoring does not weigh them again: topics keep a small drift between the orders.
    // The structured factors count in proportion to the topic below 0.5, which can make that
    // up to twice as much in a score.
    const differences = (a: Map<string, number>, b: Map<string, number>) =>
      [...new Set([...a.keys(), ...b.keys()])].filter(
        (pair) => !a.has(pair) || !b.has(pair) || Math.abs(a.get(pair)! - b.get(pair)!) > 0.02,
      );
    // Without the rescoring pass the orders disagree; the test shows it so it cannot pass idly.
    expect(differences(first.asPublished, second.asPublished).length).toBeGreaterThan(0);
    expect(first.rescored.size).toBeGreaterThan(0);
    expect(differences(first.rescored, second.rescored)).toEqual([]);
  }, 300_000);

  it('are announced to coordinators only once they have lasted the settle window', async () => {
    const lasting = await publish('capability', labOn(0, 'lab A'));
    const brief = await publish('capability', labOn(0, 'lab B'));
    const needId = await publish('need', { ...needs[0]!, title: `${needs[0]!.title} (settle)` });
    await settled();
    const [withBrief] = await api.dataSource.query(
      `SELECT id FROM matches WHERE need_id = $1 AND capability_id = $2 AND status = 'PROPOSED'`,
      [needId, brief],
    );
    expect(withBrief).toBeDefined();
    await close('capability', brief);
    await settled();

    const announced = () => announcedFor(needId);
    expect((await announced()).announced).toBe(0);
    // Once announced, the notice counts the proposals that lasted: the brief one is not among them.
    const { announced: count, standing } = await eventually(
      async () => ((await announced()).announced > 0 ? announced() : null),
      settleMs + 15_000,
    );
    expect(standing).toContain(lasting);
    expect(standing).not.toContain(brief);
    expect(count).toBe(standing.length);
  }, 60_000);

  it('announces no proposal withdrawn before its notice, however far behind the engine is', async () => {
    const lasting = await publish('capability', labOn(1, 'lab C'));
    const brief = await publish('capability', labOn(1, 'lab D'));
    const needId = await publish('need', { ...needs[1]!, title: `${needs[1]!.title} (behind)` });
    await settled();
    // The engine stops taking work, as when it falls behind; the withdrawal waits in its queue
    // while the proposals' settle window passes.
    await matching.pause();
    try {
      await close('capability', brief);
      await eventually(async () => (await matching.getJobCounts('waiting')).waiting! > 0);
      await new Promise((resolve) => setTimeout(resolve, settleMs + 3_000));
      expect((await announcedFor(needId)).announced).toBe(0);
    } finally {
      await matching.resume();
    }
    const { announced, standing } = await eventually(
      async () => ((await announcedFor(needId)).announced > 0 ? announcedFor(needId) : null),
      30_000,
    );
    expect(standing).toContain(lasting);
    expect(standing).not.toContain(brief);
    expect(announced).toBe(standing.length);
  }, 60_000);
});
