import { buildWorld, insertProposals, startTestApi, type TestApi, type World } from '@app/testing';

/** The queue's filter given as one input, as the web app sends it, or as arguments. */
describe('review queue filter', () => {
  let api: TestApi;
  let world: World;
  let capabilityId: string;
  let ids: string[];

  beforeAll(async () => {
    api = await startTestApi();
    world = await buildWorld(api);
    ({ ids, capabilityId } = await insertProposals(api, world, 3));
  });
  afterAll(async () => {
    await api.dataSource.query('DELETE FROM outbox_events WHERE relayed_at IS NULL');
    await api.close();
  });

  const queue = `query($filter: ReviewQueueFilter, $postingId: ID, $minScore: Float) {
    reviewQueue(first: 10, filter: $filter, postingId: $postingId, minScore: $minScore) {
      totalCount edges { node { id } } } }`;
  type Queue = { reviewQueue: { edges: { node: { id: string } }[] } };
  const idsOf = (data: Queue) => data.reviewQueue.edges.map((edge) => edge.node.id).sort();

  it('finds the same matches whichever way the filter is given', async () => {
    const asInput = await world.coordinator.client.ok<Queue>(queue, {
      filter: { postingId: capabilityId, clusterId: world.clusterId, minScore: 0.5 },
    });
    const asArguments = await world.coordinator.client.ok<Queue>(queue, {
      postingId: capabilityId,
      minScore: 0.5,
    });
    expect(idsOf(asInput)).toEqual([...ids].sort());
    expect(idsOf(asArguments)).toEqual([...ids].sort());
    const narrowed = await world.coordinator.client.ok<Queue>(queue, {
      filter: { postingId: capabilityId, ids: [ids[0]] },
    });
    expect(idsOf(narrowed)).toEqual([ids[0]]);
  });

  it('refuses a filter given both ways, or a bad value inside it, on its field', async () => {
    const both = await world.coordinator.client.request(queue, {
      filter: { postingId: capabilityId },
      minScore: 0.5,
    });
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter' });
    const outOfRange = await world.coordinator.client.request(queue, {
      filter: { minScore: 7 },
    });
    expect(outOfRange.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const notUuid = await world.coordinator.client.request(queue, {
      filter: { clusterId: 'not-a-cluster' },
    });
    expect(notUuid.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("refuses another cluster's filter as before", async () => {
    const other = await world.otherCoordinator.client.request(queue, {
      filter: { clusterId: world.clusterId },
    });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
