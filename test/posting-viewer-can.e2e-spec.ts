import { buildWorld, needInput, ops, startTestApi, type TestApi, type World } from '@app/testing';

const viewerCanOf = `query($id: ID!) { need(id: $id) { status viewerCan { edit publish pause close } } }`;
const none = { edit: false, publish: false, pause: false, close: false };

describe('Posting.viewerCan: what the page offers is what the mutations allow', () => {
  let api: TestApi;
  let world: World;

  beforeAll(async () => {
    api = await startTestApi();
    world = await buildWorld(api);
  });
  afterAll(() => api.close());

  const draft = async () =>
    (await world.firm.client.ok(ops.createNeed, { input: needInput({ visibility: 'PUBLIC' }) }))
      .createNeed.id as string;
  const canOf = async (client: World['admin'], id: string) =>
    (await client.ok(viewerCanOf, { id })).need.viewerCan as typeof none;

  it('follows the posting lifecycle for its organisation, and moderation for admins', async () => {
    const id = await draft();
    expect(await canOf(world.firm.client, id)).toEqual({
      edit: true,
      publish: true,
      pause: false,
      close: true,
    });
    await world.firm.client.ok(ops.publishNeed, { id });
    expect(await canOf(world.firm.client, id)).toEqual({
      edit: true,
      publish: false,
      pause: true,
      close: true,
    });
    expect(await canOf(world.otherFirm.client, id)).toEqual(none);
    expect(await canOf(world.researcher.client, id)).toEqual(none);
    expect(await canOf(world.admin, id)).toEqual({ ...none, pause: true, close: true });

    await world.firm.client.ok(ops.closeNeed, { id, reason: 'FULFILLED' });
    expect(await canOf(world.firm.client, id)).toEqual(none);
    const refused = await world.firm.client.fails(ops.publishNeed, { id });
    expect(refused.extensions?.code).toBe('CONFLICT');
  });

  it('offers an expired posting renewal and closing, not editing, which the api refuses', async () => {
    const id = await draft();
    await world.firm.client.ok(ops.publishNeed, { id });
    await api.dataSource.query(`UPDATE needs SET status = 'EXPIRED' WHERE id = $1`, [id]);
    expect(await canOf(world.firm.client, id)).toEqual({
      edit: false,
      publish: true,
      pause: false,
      close: true,
    });
    const edit = await world.firm.client.fails(ops.updateNeed, { id, input: { title: 'Nowy' } });
    expect(edit.extensions?.code).toBe('CONFLICT');
    await world.firm.client.ok(ops.publishNeed, { id });
  });
});
