import {
  buildWorld,
  capabilityInput,
  databaseFingerprint,
  type GraphqlClient,
  needInput,
  ops,
  signUpInput,
  startApiProcess,
  startTestApi,
  type TestApi,
  type World,
} from '@app/testing';
import { randomUUID } from 'node:crypto';
import { connect, createServer, type Server } from 'node:net';

interface CreateCase {
  name: string;
  client: (world: World) => GraphqlClient;
  operation: string;
  variables: (world: World, ids: Record<string, string>) => Promise<Record<string, unknown>>;
  /** What the retry would change: the same key with this input is a conflict. */
  other: (variables: Record<string, unknown>) => Record<string, unknown>;
  /** Rows the create adds, counted before and after. */
  count: (api: TestApi, variables: Record<string, unknown>) => Promise<number>;
}

const countOf = async (api: TestApi, sql: string, parameters: unknown[]) =>
  Number((await api.dataSource.query(sql, parameters))[0].count);

const withInput = (patch: Record<string, unknown>) => (variables: Record<string, unknown>) => ({
  ...variables,
  input: { ...(variables.input as object), ...patch },
});

const cases: CreateCase[] = [
  {
    name: 'createNeed',
    client: (world) => world.firm.client,
    operation: ops.createNeed,
    variables: async () => ({ input: needInput({ title: `Idempotent need ${randomUUID()}` }) }),
    other: withInput({ title: 'Another title' }),
    count: (api, { input }) =>
      countOf(api, 'SELECT count(*) FROM needs WHERE title = $1', [(input as any).title]),
  },
  {
    name: 'createCapability',
    client: (world) => world.researcher.client,
    operation: ops.createCapability,
    variables: async () => ({
      input: capabilityInput({ title: `Idempotent lab ${randomUUID()}` }),
    }),
    other: withInput({ trl: 3 }),
    count: (api, { input }) =>
      countOf(api, 'SELECT count(*) FROM capabilities WHERE title = $1', [(input as any).title]),
  },
  {
    name: 'createCluster',
    client: (world) => world.admin,
    operation: ops.createCluster,
    variables: async () => ({ input: { name: `Klaster ${randomUUID()}`, regions: ['lubelskie'] } }),
    other: withInput({ regions: ['mazowieckie'] }),
    count: (api, { input }) =>
      countOf(api, 'SELECT count(*) FROM clusters WHERE name = $1', [(input as any).name]),
  },
  {
    name: 'addClusterMember',
    client: (world) => world.admin,
    operation: ops.addClusterMember,
    // A cluster of its own each time: adding the same member twice is a CONFLICT anyway.
    variables: async (world) => {
      const { createCluster } = await world.admin.ok(ops.createCluster, {
        input: { name: `Klaster ${randomUUID()}`, regions: ['lubelskie'] },
      });
      return { clusterId: createCluster.id, organizationId: world.firm.organizationId };
    },
    other: (variables) => ({ ...variables, organizationId: otherOrganizationId }),
    count: (api, { clusterId }) =>
      countOf(api, 'SELECT count(*) FROM cluster_members WHERE cluster_id = $1', [clusterId]),
  },
  {
    name: 'signUp',
    client: (world) => world.anonymous,
    operation: ops.signUp,
    variables: async () => ({ input: signUpInput() }),
    other: withInput({ fullName: 'Ktoś Inny' }),
    count: (api, { input }) =>
      countOf(
        api,
        'SELECT count(*) FROM account_emails a JOIN users u ON u.id = a.user_id WHERE u.email = $1',
        [(input as any).email],
      ),
  },
  {
    name: 'expressInterest',
    client: (world) => world.firm.client,
    operation: ops.expressInterest,
    variables: async (_world, ids) => ({
      needId: ids.needId,
      capabilityId: ids.capabilityId,
      message: 'Chętnie',
    }),
    other: (variables) => ({ ...variables, message: 'Inna wiadomość' }),
    count: (api, { needId, capabilityId }) =>
      countOf(
        api,
        `SELECT count(*) FROM match_events e JOIN matches m ON m.id = e.match_id
         WHERE m.need_id = $1 AND m.capability_id = $2`,
        [needId, capabilityId],
      ),
  },
];

const keyed = (key: string) => ({ 'Idempotency-Key': key });
/** Set once the world is built: another organisation, for a conflicting input. */
let otherOrganizationId = '';

describe('a create retried with its Idempotency-Key creates once', () => {
  let api: TestApi;
  let world: World;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi();
    world = await buildWorld(api);
    const { createNeed } = await world.firm.client.ok(ops.createNeed, { input: needInput() });
    await world.firm.client.ok(ops.publishNeed, { id: createNeed.id });
    const { createCapability } = await world.researcher.client.ok(ops.createCapability, {
      input: capabilityInput(),
    });
    await world.researcher.client.ok(ops.publishCapability, { id: createCapability.id });
    Object.assign(ids, { needId: createNeed.id, capabilityId: createCapability.id });
    otherOrganizationId = world.otherFirm.organizationId;
  });
  afterAll(() => api.close());

  describe.each(cases.map((testCase) => [testCase.name, testCase] as const))(
    '%s',
    (_name, testCase) => {
      it('answers a retry with the first answer and creates nothing more', async () => {
        const client = testCase.client(world);
        const variables = await testCase.variables(world, ids);
        const key = randomUUID();
        const before = await testCase.count(api, variables);
        const first = await client.request(testCase.operation, variables, keyed(key));
        expect(first.errors).toBeUndefined();
        const created = await testCase.count(api, variables);
        expect(created).toBeGreaterThan(before);
        const retried = await client.request(testCase.operation, variables, keyed(key));
        expect(retried).toEqual(first);
        expect(await testCase.count(api, variables)).toBe(created);
      });

      it('answers the same key with another input CONFLICT, changing nothing', async () => {
        const client = testCase.client(world);
        const variables = await testCase.variables(world, ids);
        const key = randomUUID();
        const first = await client.request(testCase.operation, variables, keyed(key));
        expect(first.errors).toBeUndefined();
        const before = await databaseFingerprint(api.dataSource);
        const error = await (async () => {
          const answer = await client.request(
            testCase.operation,
            testCase.other(variables),
            keyed(key),
          );
          return answer.errors?.[0];
        })();
        expect(error?.extensions?.code).toBe('CONFLICT');
        expect(await databaseFingerprint(api.dataSource)).toEqual(before);
      });
    },
  );

  it('creates once when the same request arrives five times at once', async () => {
    const variables = { input: needInput({ title: `Concurrent need ${randomUUID()}` }) };
    const key = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        world.firm.client.request(ops.createNeed, variables, keyed(key)),
      ),
    );
    const createdIds = new Set(answers.map((answer) => answer.data?.createNeed?.id));
    expect(answers.flatMap((answer) => answer.errors ?? [])).toEqual([]);
    expect(createdIds.size).toBe(1);
    expect(
      await countOf(api, 'SELECT count(*) FROM needs WHERE title = $1', [variables.input.title]),
    ).toBe(1);
  });

  it('still creates each request without a key, and keys are per user', async () => {
    const variables = { input: needInput({ title: `Unkeyed need ${randomUUID()}` }) };
    await world.firm.client.ok(ops.createNeed, variables);
    await world.firm.client.ok(ops.createNeed, variables);
    const key = randomUUID();
    await world.firm.client.ok(ops.createNeed, variables);
    const colleague = world.otherFirm.client;
    await colleague.request(ops.createNeed, variables, keyed(key));
    await world.firm.client.request(ops.createNeed, variables, keyed(key));
    expect(
      await countOf(api, 'SELECT count(*) FROM needs WHERE title = $1', [variables.input.title]),
    ).toBe(5);
  });

  it.each([['x'.repeat(256)], ['klucz z odstepem'], ['klucz\tz\ttabem'], ['']])(
    'refuses the key %j with BAD_USER_INPUT, changing nothing',
    async (key) => {
      const before = await databaseFingerprint(api.dataSource);
      const answer = await world.firm.client.request(
        ops.createNeed,
        { input: needInput() },
        keyed(key),
      );
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await databaseFingerprint(api.dataSource)).toEqual(before);
    },
  );
});

/**
 * A proxy that forwards requests but, once the api starts answering (so it has committed),
 * drops the connection instead of passing the answer on: the client sees a network error.
 */
async function answerLosingProxy(
  targetPort: number,
  onAnswer: () => void,
): Promise<Server & { port: number }> {
  const server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    client.pipe(upstream);
    upstream.once('data', () => {
      onAnswer();
      client.destroy();
      upstream.destroy();
    });
    client.on('error', () => undefined);
    upstream.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(server, { port: (server.address() as { port: number }).port });
}

describe('a create whose answer was lost when the api was killed', () => {
  let api: TestApi;
  let world: World;

  beforeAll(async () => {
    api = await startTestApi();
    world = await buildWorld(api);
  });
  afterAll(() => api.close());

  it('is created once when its client retries with the same key', async () => {
    const doomed = await startApiProcess();
    const apiPort = Number(new URL(doomed.url).port);
    let killed: Promise<unknown> = Promise.resolve();
    const proxy = await answerLosingProxy(apiPort, () => {
      killed = doomed.stop('SIGKILL');
    });
    const input = capabilityInput({ title: `Lost answer ${randomUUID()}` });
    const key = randomUUID();
    const lost = await fetch(`http://127.0.0.1:${proxy.port}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${world.researcher.accessToken}`,
        ...keyed(key),
      },
      body: JSON.stringify({ query: ops.createCapability, variables: { input } }),
    }).then(
      () => 'answered',
      () => 'network error',
    );
    expect(lost).toBe('network error');
    expect(await killed).toMatchObject({ signal: 'SIGKILL' });
    proxy.close();
    const count = () =>
      countOf(api, 'SELECT count(*) FROM capabilities WHERE title = $1', [input.title]);
    expect(await count()).toBe(1);

    const { data, errors } = await world.researcher.client.request(
      ops.createCapability,
      { input },
      keyed(key),
    );
    expect(errors).toBeUndefined();
    expect(data?.createCapability.title).toBe(input.title);
    expect(await count()).toBe(1);
    // Without the key the same retry would have made a second one.
    await world.researcher.client.ok(ops.createCapability, { input });
    expect(await count()).toBe(2);
  });
});
