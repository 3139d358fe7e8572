import {
  buildWorld,
  capabilityInput,
  needInput,
  ops,
  startTestApi,
  type TestApi,
  type World,
} from '@app/testing';

describe('clusters and coordinators', () => {
  let api: TestApi;
  let world: World;

  beforeAll(async () => {
    api = await startTestApi();
    world = await buildWorld(api);
  });
  afterAll(() => api.close());

  it('show each actor the clusters they belong to or coordinate', async () => {
    const clusterIds = async (client: typeof world.admin) =>
      (await client.ok(ops.clusters)).clusters.map((c: any) => c.id);
    expect(await clusterIds(world.firm.client)).toEqual([world.clusterId]);
    expect(await clusterIds(world.coordinator.client)).toEqual([world.clusterId]);
    expect(await clusterIds(world.otherFirm.client)).toEqual([world.otherClusterId]);
    expect(await clusterIds(world.admin)).toEqual(
      expect.arrayContaining([world.clusterId, world.otherClusterId]),
    );
  });

  it("let a coordinator see the published, paused and closed postings of the cluster's members, but not drafts", async () => {
    const firm = world.firm.client;
    const create = async () =>
      (await firm.ok(ops.createNeed, { input: needInput({ visibility: 'CLUSTER' }) })).createNeed
        .id as string;
    const [draft, paused] = [await create(), await create()];
    await firm.ok(ops.publishNeed, { id: paused });
    await firm.ok(ops.pauseNeed, { id: paused });
    const visible = async (client: typeof world.admin) =>
      (await client.ok(ops.needs, { first: 100 })).needs.edges.map((edge: any) => edge.node.id);
    const seenByCoordinator = await visible(world.coordinator.client);
    expect(seenByCoordinator).toContain(paused);
    expect(seenByCoordinator).not.toContain(draft);
    expect(await visible(world.otherCoordinator.client)).not.toContain(paused);
    expect(await visible(world.researcher.client)).not.toContain(paused);
  });

  it('show invite codes only to the organisation’s own members', async () => {
    const code = async (client: typeof world.admin) =>
      (await client.ok(ops.organization, { id: world.firm.organizationId })).organization
        .inviteCode;
    expect(await code(world.firm.client)).toBe(world.firm.inviteCode);
    expect(await code(world.admin)).toBe(world.firm.inviteCode);
    expect(await code(world.coordinator.client)).toBeNull();
    expect(await code(world.otherFirm.client)).toBeNull();
  });

  it("list a cluster's member organisations by name", async () => {
    const { organizations } = await world.coordinator.client.ok(ops.organizations, {
      filter: { clusterId: world.clusterId },
    });
    expect(organizations.totalCount).toBe(2);
    expect(organizations.edges.map((edge: any) => edge.node.id).sort()).toEqual(
      [world.firm.organizationId, world.researcher.organizationId].sort(),
    );
  });

  const impactQuery = `query($id: ID!, $threshold: Float!) {
    cluster(id: $id) { thresholdImpact(threshold: $threshold) { openNeeds withoutProposal } } }`;

  it("counts the members' open needs a threshold would leave without a proposal", async () => {
    const publish = async () => {
      const { createNeed } = await world.firm.client.ok(ops.createNeed, { input: needInput() });
      await world.firm.client.ok(ops.publishNeed, { id: createNeed.id });
      return createNeed.id as string;
    };
    const matched = await publish();
    await publish();
    const { createCapability } = await world.researcher.client.ok(ops.createCapability, {
      input: capabilityInput(),
    });
    await api.dataSource.query(
      `INSERT INTO matches (need_id, capability_id, score, factors, reason_for_firm,
         reason_for_researcher, engine_version, need_version, capability_version)
       VALUES ($1, $2, 0.55, '[]', '{}', '{}', 'test', 1, 1)`,
      [matched, createCapability.id],
    );
    const impact = async (threshold: number) =>
      (await world.coordinator.client.ok(impactQuery, { id: world.clusterId, threshold })).cluster
        .thresholdImpact;
    const [below, above] = [await impact(0.5), await impact(0.6)];
    // Other tests of this suite publish too: the stored 0.55 is what tells the two apart.
    expect(below.openNeeds).toBeGreaterThanOrEqual(2);
    expect(above).toEqual({
      openNeeds: below.openNeeds,
      withoutProposal: below.withoutProposal + 1,
    });
    expect(above.withoutProposal).toBe(above.openNeeds);
  });

  it('is for the cluster’s coordinators and admins, on a threshold from 0 to 1', async () => {
    const asFirm = await world.firm.client.fails(impactQuery, {
      id: world.clusterId,
      threshold: 0.5,
    });
    expect(asFirm.extensions?.code).toBe('FORBIDDEN');
    const outOfRange = await world.coordinator.client.fails(impactQuery, {
      id: world.clusterId,
      threshold: 40,
    });
    expect(outOfRange.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
