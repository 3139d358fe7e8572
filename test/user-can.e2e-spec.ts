import {
  buildWorld,
  capabilityInput,
  type GraphqlClient,
  needInput,
  ops,
  startTestApi,
  type TestApi,
  type World,
} from '@app/testing';

const myRights = `query { me { can { postNeeds postCapabilities review administer } } }`;

type Right = 'postNeeds' | 'postCapabilities' | 'review' | 'administer';

/** One operation each right opens: it answers, or is FORBIDDEN, as `User.can` says. */
const probes: Record<Right, [query: string, variables: Record<string, unknown>]> = {
  postNeeds: [ops.createNeed, { input: needInput() }],
  postCapabilities: [ops.createCapability, { input: capabilityInput() }],
  review: [ops.reviewQueue, { first: 1 }],
  administer: [ops.users, {}],
};

describe('User.can: what pages and navigation read is what the api allows', () => {
  let api: TestApi;
  let world: World;

  beforeAll(async () => {
    api = await startTestApi();
    world = await buildWorld(api);
  });
  afterAll(() => api.close());

  it.each([
    ['firm', { postNeeds: true, postCapabilities: false, review: false, administer: false }],
    ['researcher', { postNeeds: false, postCapabilities: true, review: false, administer: false }],
    ['coordinator', { postNeeds: false, postCapabilities: false, review: true, administer: false }],
    ['admin', { postNeeds: false, postCapabilities: false, review: true, administer: true }],
  ] as const)('as %s, may do exactly what the rights say', async (who, expected) => {
    const client: GraphqlClient = who === 'admin' ? world.admin : world[who].client;
    const { me } = await client.ok(myRights);
    expect(me.can).toEqual(expected);
    for (const [right, [query, variables]] of Object.entries(probes)) {
      const { errors } = await client.request(query, variables);
      expect([right, errors?.[0]?.extensions?.code ?? 'ALLOWED']).toEqual([
        right,
        expected[right as Right] ? 'ALLOWED' : 'FORBIDDEN',
      ]);
    }
  });
});
