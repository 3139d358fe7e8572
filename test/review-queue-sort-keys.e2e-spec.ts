import {
  buildWorld,
  insertProposals,
  isolatedRun,
  startTestApi,
  type TestApi,
  type World,
} from '@app/testing';

const orders = [
  'BEST_SCORE',
  'LOWEST_SCORE',
  'OLDEST',
  'NEWEST',
  'DUE_SOONEST',
  'DUE_LATEST',
] as const;

const queuePage = `query($orderBy: ReviewQueueOrder, $after: String) {
  reviewQueue(first: 7, orderBy: $orderBy, after: $after) {
    edges { sortKey node { id } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface QueuePage {
  edges: { sortKey: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The client places a live row by `sortKey` alone: the keys must sort as the api lists rows. */
describe('review queue sort keys', () => {
  let run: Awaited<ReturnType<typeof isolatedRun>>;
  let api: TestApi;
  let world: World;

  beforeAll(async () => {
    run = await isolatedRun('queue-sort-keys');
    api = await startTestApi(run.env);
    world = await buildWorld(api);
    const { ids } = await insertProposals(api, world, 24);
    // Ties and gaps on purpose: scores in four values, ages to the microsecond, undated rows.
    await api.dataSource.query(
      `UPDATE matches m SET score = (p.n % 4) / 4.0,
         created_at = now() - make_interval(secs => p.n % 5 + p.n * 0.000001),
         due_at = CASE WHEN p.n % 3 = 0 THEN NULL ELSE now() + make_interval(days => (p.n % 4)::int) END
       FROM unnest($1::uuid[]) WITH ORDINALITY AS p(id, n) WHERE m.id = p.id`,
      [ids],
    );
  });
  afterAll(async () => {
    await api?.close();
    await run?.drop();
  });

  it.each(orders)(
    'in %s order, each page and the next are in increasing key order',
    async (orderBy) => {
      const keys: string[] = [];
      let after: string | null = null;
      do {
        const { reviewQueue }: { reviewQueue: QueuePage } = await world.coordinator.client.ok(
          queuePage,
          { orderBy, after },
        );
        keys.push(...reviewQueue.edges.map((edge) => edge.sortKey));
        after = reviewQueue.pageInfo.hasNextPage ? reviewQueue.pageInfo.endCursor : null;
      } while (after);
      expect(keys).toHaveLength(24);
      expect(keys.every((key, index) => index === 0 || keys[index - 1]! < key)).toBe(true);
    },
  );
});
