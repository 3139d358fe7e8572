import {
  buildWorld,
  capabilityInput,
  databaseFingerprint,
  type GraphqlClient,
  hostileRequests,
  type HostileContext,
  isolatedRun,
  needInput,
  operationsWithArguments,
  ops,
  proposedMatch,
  signUpInput,
  startTestApi,
  startWorker,
  type TestApi,
  uploadedId,
  type World,
} from '@app/testing';
import * as fc from 'fast-check';
import { buildSchema, type GraphQLSchema, isInputObjectType } from 'graphql';
import { readFileSync } from 'node:fs';

/**
 * Requests generated from the schema itself: every argument of every query and mutation, with
 * hostile values of its type, sent as every role. None may answer an internal error or a 5xx,
 * and none that answers an error may change the database. Deterministic in CI (fixed seed and
 * count); `npm run fuzz:api -- --runs N [--seed S]` runs it longer.
 */
const runs = Number(process.env.FUZZ_RUNS ?? 400);
const seed = Number(process.env.FUZZ_SEED ?? 20261203);

const schema: GraphQLSchema = buildSchema(readFileSync('apps/api/schema.graphql', 'utf8'));

/** Keeps only the fields the input type has (a valid base for corrupting one field). */
function asInput(typeName: string, value: Record<string, unknown>): Record<string, unknown> {
  const type = schema.getType(typeName);
  if (!isInputObjectType(type)) throw new Error(`${typeName} is no input type`);
  const fields = type.getFields();
  return Object.fromEntries(Object.entries(value).filter(([key]) => key in fields));
}

describe('hostile input, generated from the schema', () => {
  let api: TestApi;
  let world: World;
  let context: HostileContext;
  let roles: [string, GraphqlClient][];
  let run: Awaited<ReturnType<typeof isolatedRun>>;

  beforeAll(async () => {
    // What random requests publish, close and re-cluster stays out of other suites' matching.
    run = await isolatedRun('hostile');
    api = await startTestApi(run.env);
    world = await buildWorld(api);
    const worker = await startWorker(run.env);
    let match: Awaited<ReturnType<typeof proposedMatch>>;
    try {
      match = await proposedMatch(world);
      await proposedMatch(world).then(({ id }) =>
        world.coordinator.client.ok(ops.approveMatch, { id }),
      );
    } finally {
      await worker.stop('SIGTERM');
    }
    const firm = world.firm.client;
    const draft = (await firm.ok(ops.createNeed, { input: needInput() })).createNeed.id;
    const cursorOf = async (client: GraphqlClient, query: string, variables = {}) => {
      const data = await client.ok(query, { first: 1, ...variables });
      return Object.values(data)[0].pageInfo?.endCursor as string | undefined;
    };
    const reviewCursor = (orderBy: string) =>
      cursorOf(world.coordinator.client, ops.reviewQueue, { clusterId: world.clusterId, orderBy });
    const cursors = await Promise.all([
      cursorOf(firm, ops.needs),
      cursorOf(firm, ops.capabilities),
      cursorOf(firm, ops.matchesForNeed, { needId: match.needId }),
      cursorOf(world.admin, ops.organizations),
      reviewCursor('BEST_SCORE'),
      reviewCursor('OLDEST'),
      reviewCursor('DUE_SOONEST'),
    ]);
    const { notifications } = await world.coordinator.client.ok(ops.notifications, { first: 5 });
    const users = [world.firm, world.otherFirm, world.researcher, world.coordinator];
    const memberSheet = await uploadedId(
      world.coordinator.client,
      'members.csv',
      'Organizacja;Rodzaj;Miasto;E-mail;Osoba\nFirma Fuzz;firma;Lublin;fuzz@test.example;Fuzz\n',
    );
    context = {
      ids: [
        match.id,
        match.needId,
        match.capabilityId,
        draft,
        memberSheet,
        world.clusterId,
        world.otherClusterId,
        ...users.flatMap((user) => [user.id, user.organizationId]),
        ...notifications.edges.map((edge: { node: { id: string } }) => edge.node.id),
      ],
      cursors: cursors.filter((cursor): cursor is string => Boolean(cursor)),
      validInputs: {
        CreateNeedInput: asInput('CreateNeedInput', needInput()),
        UpdateNeedInput: asInput('UpdateNeedInput', needInput()),
        CreateCapabilityInput: asInput('CreateCapabilityInput', capabilityInput()),
        UpdateCapabilityInput: asInput('UpdateCapabilityInput', capabilityInput()),
        SignUpInput: signUpInput(),
        NeedFilter: { text: 'stal', status: ['PUBLISHED'] },
        CapabilityFilter: { text: 'coatings', status: ['PUBLISHED'] },
        CreateClusterInput: { name: 'Klaster testowy', regions: ['lubelskie'] },
        ClusterSettingsInput: { stepDeadlineDays: 7, matchThreshold: 0.3, matchTopK: 20 },
        UpdateProfileInput: { fullName: 'Anna Nowak', language: 'pl' },
        NotificationPreferencesInput: { timeZone: 'Europe/Warsaw' },
      },
    };
    roles = [
      ['anonymous', world.anonymous],
      ['firm', world.firm.client],
      ['other firm', world.otherFirm.client],
      ['researcher', world.researcher.client],
      ['coordinator', world.coordinator.client],
      ['admin', world.admin],
    ];
  }, 180_000);
  afterAll(async () => {
    await api.close();
    await run.drop();
  });

  it('covers every query and mutation that takes arguments', () => {
    const covered = new Set<string>();
    fc.sample(hostileRequests(schema, context), { seed, numRuns: 3_000 }).forEach((request) =>
      covered.add(request.field),
    );
    expect([...covered].sort()).toEqual(operationsWithArguments(schema).sort());
  });

  it('answers every generated request without an internal error, and errors change nothing', async () => {
    const codes = new Map<string, number>();
    const request = fc.record({
      request: hostileRequests(schema, context),
      role: fc.constantFrom(...roles),
    });
    await fc.assert(
      fc.asyncProperty(request, async ({ request, role: [, client] }) => {
        const before = await databaseFingerprint(api.dataSource);
        const response = await fetch(client.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(client.accessToken ? { authorization: `Bearer ${client.accessToken}` } : {}),
          },
          body: JSON.stringify({ query: request.query, variables: request.variables }),
        });
        const text = await response.text();
        const body = JSON.parse(text) as {
          data?: Record<string, unknown> | null;
          errors?: { extensions?: { code?: string } }[];
        };
        for (const error of body.errors ?? []) {
          const code = error.extensions?.code ?? 'NONE';
          codes.set(code, (codes.get(code) ?? 0) + 1);
        }
        expect(response.status).toBeLessThan(500);
        expect(body.errors?.map((error) => error.extensions?.code) ?? []).not.toContain(
          'INTERNAL_SERVER_ERROR',
        );
        expect(text).not.toMatch(/QueryFailedError|node_modules|\bat \S+ \(/);
        if (body.errors?.length && !body.data?.[request.field]) {
          expect(await databaseFingerprint(api.dataSource)).toEqual(before);
        }
      }),
      { seed, numRuns: runs, endOnFailure: true },
    );
    console.info(
      `hostile input: ${runs} requests (seed ${seed}); error codes: ${JSON.stringify(Object.fromEntries(codes))}`,
    );
  }, 600_000);
});
