import { buildWorld, needInput, ops, startTestApi, type TestApi, type World } from '@app/testing';

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
});
