import {
  bracketsCapability,
  bracketsNeed,
  buildWorld,
  eventually,
  openPipeline,
  ops,
  type Pipeline,
  type RunningProcess,
  startTestApi,
  startWorker,
  type TestApi,
  type World,
} from '@app/testing';
import { QueueName } from '@app/queue';
import { mkdtemp, readdir, rm, stat, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The worker's in-memory index: kept whole across restarts, and current with clusters. */
describe("the worker's matching index", () => {
  let api: TestApi;
  let world: World;
  let pipeline: Pipeline;
  let snapshotDir: string;
  let worker: RunningProcess | undefined;

  const start = async (env: Record<string, string> = {}) => {
    worker = await startWorker({ MATCHING_SNAPSHOT_DIR: snapshotDir, LOG_LEVEL: 'info', ...env });
    await eventually(async () => worker!.output().includes('matching index built'), 60_000);
    await pipeline.idle(60_000);
    return worker;
  };
  const stop = async () => {
    await worker?.stop('SIGTERM');
    worker = undefined;
  };
  const restoredFromSnapshot = (running: RunningProcess) =>
    /"restored":true[^\n]*matching index built/.test(running.output());

  const publishCapability = async (input: Record<string, unknown>) => {
    const { createCapability } = await world.researcher.client.ok(ops.createCapability, { input });
    await world.researcher.client.ok(ops.publishCapability, { id: createCapability.id });
    return createCapability.id as string;
  };
  const publishNeed = async (client: World['firm']['client'], input = bracketsNeed) => {
    const { createNeed } = await client.ok(ops.createNeed, { input });
    await client.ok(ops.publishNeed, { id: createNeed.id });
    return createNeed.id as string;
  };
  /**
   * This suite's proposed pairs with their scores, as the coordinators' queue would show them.
   * Other suites' postings share the database and may be reconciled at a restart (a worker
   * reloads a posting whose organisation it held differently), so they are not compared.
   */
  const proposals = async () => {
    const organizations = [world.firm, world.otherFirm, world.researcher].map(
      (user) => user.organizationId,
    );
    const rows: { pair: string; score: number }[] = await api.dataSource.query(
      `SELECT m.need_id || '/' || m.capability_id AS pair, m.score
       FROM matches m
       JOIN needs n ON n.id = m.need_id
       JOIN capabilities c ON c.id = m.capability_id
       WHERE m.status = 'PROPOSED' AND n.organization_id = ANY($1) AND c.organization_id = ANY($1)`,
      [organizations],
    );
    return new Map(rows.map((row) => [row.pair, row.score]));
  };
  const rescore = async () => {
    await pipeline.add(QueueName.Schedules, { name: 'rescore-matches', data: {} });
    await pipeline.idle(60_000);
  };
  /** Pairs missing on one side or scored apart. */
  const differences = (a: Map<string, number>, b: Map<string, number>) =>
    [...new Set([...a.keys(), ...b.keys()])].filter(
      (pair) => !a.has(pair) || !b.has(pair) || Math.abs(a.get(pair)! - b.get(pair)!) > 1e-9,
    );
  const matched = (needId: string, capabilityId: string) =>
    proposals().then((pairs) => pairs.has(`${needId}/${capabilityId}`));

  beforeAll(async () => {
    api = await startTestApi();
    world = await buildWorld(api);
    pipeline = openPipeline(api);
    snapshotDir = await mkdtemp(join(tmpdir(), 'matching-snapshots-'));
  });
  afterAll(async () => {
    await stop();
    await pipeline.close();
    await api.close();
    await rm(snapshotDir, { recursive: true, force: true });
  });

  it("matches an organisation that joins a cluster with the cluster's own postings at once", async () => {
    await start();
    const insideOnly = await publishCapability({ ...bracketsCapability, visibility: 'CLUSTER' });
    const needId = await publishNeed(world.otherFirm.client);
    await pipeline.idle();
    expect(await matched(needId, insideOnly)).toBe(false);

    await world.admin.ok(ops.addClusterMember, {
      clusterId: world.clusterId,
      organizationId: world.otherFirm.organizationId,
    });
    await pipeline.idle();
    expect(await matched(needId, insideOnly)).toBe(true);
  }, 120_000);

  it('restarts from its snapshot scoring as it did before, and catches up on what changed meanwhile', async () => {
    worker ??= await start();
    // More labs on the subject, so the lists compared hold several pairs whatever ran before.
    for (const title of ['Welded bracket fatigue tests', 'Fatigue of welded steel joints']) {
      await publishCapability({ ...bracketsCapability, title });
    }
    await publishNeed(world.firm.client);
    await rescore();
    const beforeStop = await proposals();
    await stop();
    expect((await readdir(snapshotDir)).some((file) => file.endsWith('.snapshot'))).toBe(true);
    const restarted = await start();
    expect(restoredFromSnapshot(restarted)).toBe(true);
    await rescore();
    expect(beforeStop.size).toBeGreaterThan(2);
    expect(differences(beforeStop, await proposals())).toEqual([]);
    await stop();

    // While no worker runs: a new lab, and a new need of the firm that joined the cluster.
    const newLab = await publishCapability({
      ...bracketsCapability,
      title: 'Fatigue of welded frames',
    });
    const lateNeed = await publishNeed(world.otherFirm.client, {
      ...bracketsNeed,
      title: 'Pękające ramy spawane',
    });
    expect(restoredFromSnapshot(await start())).toBe(true);
    expect(await matched(lateNeed, newLab)).toBe(true);

    // Without a snapshot, or with one of another database, the worker builds afresh: with its
    // texts analysed in threads or in its own thread, to the same scores.
    await stop();
    await rm(snapshotDir, { recursive: true, force: true });
    expect(restoredFromSnapshot(await start({ MATCHING_BUILD_THREADS: '2' }))).toBe(false);
    await rescore();
    const builtInThreads = await proposals();
    await stop();
    await rm(snapshotDir, { recursive: true, force: true });
    expect(restoredFromSnapshot(await start({ MATCHING_BUILD_THREADS: '0' }))).toBe(false);
    await rescore();
    expect(builtInThreads.size).toBeGreaterThan(2);
    expect(differences(builtInThreads, await proposals())).toEqual([]);

    // A file cut short (its end, which holds the vocabulary, missing) is not restored.
    await stop();
    const [file] = (await readdir(snapshotDir)).filter((name) => name.endsWith('.snapshot'));
    const path = join(snapshotDir, file!);
    await truncate(path, (await stat(path)).size - 100);
    expect(restoredFromSnapshot(await start())).toBe(false);
    expect(await matched(lateNeed, newLab)).toBe(true);
  }, 240_000);
});
