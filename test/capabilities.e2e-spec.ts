import {
  buildWorld,
  capabilityInput,
  ops,
  startTestApi,
  type TestApi,
  type World,
} from '@app/testing';

describe('research capabilities', () => {
  let api: TestApi;
  let world: World;

  beforeAll(async () => {
    api = await startTestApi();
    world = await buildWorld(api);
  });
  afterAll(() => api.close());

  it('go from draft through edit, publish and pause to closed', async () => {
    const researcher = world.researcher.client;
    const { createCapability: draft } = await researcher.ok(ops.createCapability, {
      input: capabilityInput({ team: null, methods: null }),
    });
    expect(draft).toMatchObject({
      status: 'DRAFT',
      team: '',
      methods: [],
      isOwn: true,
      version: 1,
    });

    const { updateCapability: edited } = await researcher.ok(ops.updateCapability, {
      id: draft.id,
      input: { trl: 7, equipment: ['tribometr wysokotemperaturowy'] },
    });
    expect(edited).toMatchObject({
      trl: 7,
      equipment: ['tribometr wysokotemperaturowy'],
      title: draft.title,
    });

    expect(
      (await researcher.ok(ops.publishCapability, { id: draft.id })).publishCapability.status,
    ).toBe('PUBLISHED');
    expect(
      (await researcher.ok(ops.pauseCapability, { id: draft.id })).pauseCapability.status,
    ).toBe('PAUSED');
    const { closeCapability } = await researcher.ok(ops.closeCapability, {
      id: draft.id,
      reason: 'WITHDRAWN',
    });
    expect(closeCapability).toMatchObject({ status: 'CLOSED', closeReason: 'WITHDRAWN' });
  });

  it('are filtered by TRL range and IPR status', async () => {
    const researcher = world.researcher.client;
    const publish = async (overrides: Record<string, unknown>) => {
      const { createCapability } = await researcher.ok(ops.createCapability, {
        input: capabilityInput(overrides),
      });
      await researcher.ok(ops.publishCapability, { id: createCapability.id });
      return createCapability.id as string;
    };
    const early = await publish({ trl: 3, iprStatus: 'SECRET_KNOW_HOW' });
    const mature = await publish({ trl: 8, iprStatus: 'IPR_GRANTED' });
    const ids = async (filter: Record<string, unknown>) =>
      (
        await world.firm.client.ok(ops.capabilities, {
          filter: { status: ['PUBLISHED'], ...filter },
          first: 100,
        })
      ).capabilities.edges
        .map((edge: any) => edge.node.id)
        .filter((id: string) => [early, mature].includes(id));
    expect(await ids({ trlMin: 6 })).toEqual([mature]);
    expect(await ids({ trlMax: 4 })).toEqual([early]);
    expect(await ids({ iprStatus: ['SECRET_KNOW_HOW'] })).toEqual([early]);
    expect(await ids({ text: 'coatings tribology' })).toEqual([mature, early]);
    // Search crosses languages as matching does: the Polish word finds the English offer.
    expect(await ids({ text: 'powłoki' })).toEqual([mature, early]);
  });
});
