import { withoutTexts, type CapabilityProfile } from '@app/matching';
import {
  buildWorld,
  capabilityInput,
  ops,
  startTestApi,
  type TestApi,
  type World,
} from '@app/testing';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { PostingLoader } from '../apps/worker/src/matching/posting-loader';

describe('texts quoted by explanations', () => {
  let api: TestApi;
  let world: World;
  let loader: PostingLoader;

  beforeAll(async () => {
    api = await startTestApi();
    world = await buildWorld(api);
    loader = new PostingLoader(api.dataSource);
  });
  afterAll(() => api.close());

  /** The capability as the engine holds it (no texts), and how many statements a call ran. */
  const indexed = async (id: string) => {
    const [loaded] = await loader.loadedByIds('capability', [id]);
    return withoutTexts(loaded!.profile as CapabilityProfile);
  };
  const counted = async <T>(call: () => Promise<T>) => {
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      return { result: await call(), statements: spy.mock.calls.length };
    } finally {
      spy.mockRestore();
    }
  };

  it('are read once per version of a posting, and read again once it is edited', async () => {
    const researcher = world.researcher.client;
    const { createCapability } = await researcher.ok(ops.createCapability, {
      input: capabilityInput({ title: 'Badania zmęczeniowe sprężyn' }),
    });
    const { id } = createCapability;
    const first = await indexed(id);
    const read = await counted(() => loader.withTexts('capability', [first]));
    expect(read.result.get(id)?.title).toBe('Badania zmęczeniowe sprężyn');
    expect(read.statements).toBe(1);

    const again = await counted(() => loader.withTexts('capability', [first]));
    expect(again.result.get(id)).toMatchObject({
      title: 'Badania zmęczeniowe sprężyn',
      trl: first.trl,
    });
    expect(again.statements).toBe(0);

    await researcher.ok(ops.updateCapability, { id, input: { title: 'Badania pękania sprężyn' } });
    const edited = await indexed(id);
    expect(edited.version).toBeGreaterThan(first.version!);
    const reread = await counted(() => loader.withTexts('capability', [edited]));
    expect(reread.result.get(id)?.title).toBe('Badania pękania sprężyn');
    expect(reread.statements).toBe(1);
  });
});
