import {
  buildWorld,
  capabilityInput,
  databaseFingerprint,
  daysFromToday,
  type GraphqlClient,
  needInput,
  newOrganization as organization,
  signUpInput,
  ops,
  startTestApi,
  testPassword,
  type TestApi,
  type World,
} from '@app/testing';
import {
  buildSchema,
  type FieldNode,
  getNamedType,
  type GraphQLNamedType,
  isInputObjectType,
  Kind,
  parse,
} from 'graphql';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

interface BadInput {
  name: string;
  as: (world: World) => GraphqlClient;
  operation: string;
  variables: (ids: Fixtures) => Record<string, unknown>;
  code: 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';
  field?: string;
  currentState?: string;
}

interface Fixtures {
  publishedNeed: string;
  closedNeed: string;
  draftNeed: string;
  publishedCapability: string;
  firmEmail: string;
  firmUserId: string;
  clusterId: string;
  clusterName: string;
  memberOrganizationId: string;
}

const long = (length: number) => 'x'.repeat(length);
const firm = (world: World) => world.firm.client;
const researcher = (world: World) => world.researcher.client;
const admin = (world: World) => world.admin;
const anonymous = (world: World) => world.anonymous;
const createNeed = (overrides: Record<string, unknown>) => () => ({ input: needInput(overrides) });

const cases: BadInput[] = [
  {
    name: 'an empty name for oneself',
    as: firm,
    operation: ops.updateProfile,
    variables: () => ({ input: { fullName: '   ' } }),
    code: 'BAD_USER_INPUT',
    field: 'input.fullName',
  },
  {
    name: 'a name too long',
    as: firm,
    operation: ops.updateProfile,
    variables: () => ({ input: { fullName: long(121) } }),
    code: 'BAD_USER_INPUT',
    field: 'input.fullName',
  },
  {
    name: 'a language set to null',
    as: firm,
    operation: ops.updateProfile,
    variables: () => ({ input: { language: null } }),
    code: 'BAD_USER_INPUT',
    field: 'input.language',
  },
  {
    name: 'a language the platform does not speak',
    as: firm,
    operation: ops.updateProfile,
    variables: () => ({ input: { language: 'de' } }),
    code: 'BAD_USER_INPUT',
    field: 'input.language',
  },
  {
    name: 'a profile update that changes nothing',
    as: firm,
    operation: ops.updateProfile,
    variables: () => ({ input: {} }),
    code: 'BAD_USER_INPUT',
    field: 'input',
  },
  {
    name: 'an unknown collaboration type',
    as: firm,
    operation: ops.createNeed,
    variables: createNeed({ collaborationTypes: ['JOINT_VENTURE'] }),
    code: 'BAD_USER_INPUT',
    field: 'input.collaborationTypes[0]',
  },
  {
    name: 'a mistyped visibility',
    as: firm,
    operation: ops.createNeed,
    variables: createNeed({ visibility: 'public' }),
    code: 'BAD_USER_INPUT',
    field: 'input.visibility',
  },
  {
    name: 'TRL below 1',
    as: firm,
    operation: ops.createNeed,
    variables: createNeed({ trlMin: 0 }),
    code: 'BAD_USER_INPUT',
    field: 'input.trlMin',
  },
  {
    name: 'TRL above 9',
    as: firm,
    operation: ops.createNeed,
    variables: createNeed({ trlMax: 10 }),
    code: 'BAD_USER_INPUT',
    field: 'input.trlMax',
  },
  {
    name: 'trlMin above trlMax',
    as: firm,
    operation: ops.createNeed,
    variables: createNeed({ trlMin: 7, trlMax: 3 }),
    code: 'BAD_USER_INPUT',
    field: 'input.trlMin',
  },
  {
    name: 'a title over 256 characters',
    as: firm,
    operation: ops.createNeed,
    variables: createNeed({ title: long(257) }),
    code: 'BAD_USER_INPUT',
    field: 'input.title',
  },
  {
    name: 'a summary over 500 characters',
    as: firm,
    operation: ops.createNeed,
    variables: createNeed({ summary: long(501) }),
    code: 'BAD_USER_INPUT',
    field: 'input.summary',
  },
  {
    name: 'a description over 4000 characters',
    as: firm,
    operation: ops.createNeed,
    variables: createNeed({ description: long(4001) }),
    code: 'BAD_USER_INPUT',
    field: 'input.description',
  },
  {
    name: 'a title of spaces only',
    as: firm,
    operation: ops.createNeed,
    variables: createNeed({ title: '   ' }),
    code: 'BAD_USER_INPUT',
    field: 'input.title',
  },
  {
    name: 'an empty title',
    as: firm,
    operation: ops.createNeed,
    variables: createNeed({ title: '' }),
    code: 'BAD_USER_INPUT',
    field: 'input.title',
  },
  {
    name: 'six technology keywords',
    as: firm,
    operation: ops.createNeed,
    variables: createNeed({ technologyKeywords: ['a', 'b', 'c', 'd', 'e', 'f'] }),
    code: 'BAD_USER_INPUT',
    field: 'input.technologyKeywords',
  },
  {
    name: 'six market keywords',
    as: firm,
    operation: ops.createNeed,
    variables: createNeed({ marketKeywords: ['a', 'b', 'c', 'd', 'e', 'f'] }),
    code: 'BAD_USER_INPUT',
    field: 'input.marketKeywords',
  },
  {
    name: 'a budget whose min exceeds max',
    as: firm,
    operation: ops.createNeed,
    variables: createNeed({ budget: { min: 9000, max: 100, currency: 'PLN' } }),
    code: 'BAD_USER_INPUT',
    field: 'input.budget.min',
  },
  {
    name: 'a budget with a currency and no amount',
    as: firm,
    operation: ops.createNeed,
    variables: createNeed({ budget: { currency: 'PLN' } }),
    code: 'BAD_USER_INPUT',
    field: 'input.budget',
  },
  {
    name: 'a negative budget',
    as: firm,
    operation: ops.createNeed,
    variables: createNeed({ budget: { min: -1, max: 100, currency: 'EUR' } }),
    code: 'BAD_USER_INPUT',
    field: 'input.budget.min',
  },
  {
    name: 'a deadline in the past',
    as: firm,
    operation: ops.createNeed,
    variables: createNeed({ deadline: daysFromToday(-2) }),
    code: 'BAD_USER_INPUT',
    field: 'input.deadline',
  },
  {
    name: 'an impossible deadline date',
    as: firm,
    operation: ops.createNeed,
    variables: createNeed({ deadline: '2031-02-30' }),
    code: 'BAD_USER_INPUT',
    field: 'input.deadline',
  },
  {
    name: 'a sector that is not a NACE code',
    as: firm,
    operation: ops.createNeed,
    variables: createNeed({ sectors: ['automotive'] }),
    code: 'BAD_USER_INPUT',
    field: 'input.sectors',
  },
  {
    name: 'no collaboration type',
    as: firm,
    operation: ops.createNeed,
    variables: createNeed({ collaborationTypes: [] }),
    code: 'BAD_USER_INPUT',
    field: 'input.collaborationTypes',
  },
  {
    name: 'an unknown input field',
    as: firm,
    operation: ops.createNeed,
    variables: createNeed({ priority: 'HIGH' }),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a capability TRL of 10',
    as: researcher,
    operation: ops.createCapability,
    variables: () => ({ input: capabilityInput({ trl: 10 }) }),
    code: 'BAD_USER_INPUT',
    field: 'input.trl',
  },
  {
    name: 'six expertise keywords',
    as: researcher,
    operation: ops.createCapability,
    variables: () => ({
      input: capabilityInput({ expertiseKeywords: ['a', 'b', 'c', 'd', 'e', 'f'] }),
    }),
    code: 'BAD_USER_INPUT',
    field: 'input.expertiseKeywords',
  },
  {
    name: 'a publication that is not a DOI',
    as: researcher,
    operation: ops.createCapability,
    variables: () => ({ input: capabilityInput({ publications: ['https://example.org/paper'] }) }),
    code: 'BAD_USER_INPUT',
    field: 'input.publications',
  },
  {
    name: 'an unknown IPR status',
    as: researcher,
    operation: ops.createCapability,
    variables: () => ({ input: capabilityInput({ iprStatus: 'PATENTED' }) }),
    code: 'BAD_USER_INPUT',
    field: 'input.iprStatus',
  },

  {
    name: 'editing another firm’s need',
    as: (world) => world.otherFirm.client,
    operation: ops.updateNeed,
    variables: (ids) => ({ id: ids.publishedNeed, input: { title: 'Mine now' } }),
    code: 'FORBIDDEN',
  },
  {
    name: 'publishing a need twice',
    as: firm,
    operation: ops.publishNeed,
    variables: (ids) => ({ id: ids.publishedNeed }),
    code: 'CONFLICT',
    currentState: 'PUBLISHED',
  },
  {
    name: 'editing a closed need',
    as: firm,
    operation: ops.updateNeed,
    variables: (ids) => ({ id: ids.closedNeed, input: { title: 'Again' } }),
    code: 'CONFLICT',
    currentState: 'CLOSED',
  },
  {
    name: 'closing a closed need',
    as: firm,
    operation: ops.closeNeed,
    variables: (ids) => ({ id: ids.closedNeed, reason: 'WITHDRAWN' }),
    code: 'CONFLICT',
    currentState: 'CLOSED',
  },
  {
    name: 'pausing a draft',
    as: firm,
    operation: ops.pauseNeed,
    variables: (ids) => ({ id: ids.draftNeed }),
    code: 'CONFLICT',
    currentState: 'DRAFT',
  },
  {
    name: 'publishing a capability twice',
    as: researcher,
    operation: ops.publishCapability,
    variables: (ids) => ({ id: ids.publishedCapability }),
    code: 'CONFLICT',
    currentState: 'PUBLISHED',
  },
  {
    name: 'an unknown close reason',
    as: firm,
    operation: ops.closeNeed,
    variables: (ids) => ({ id: ids.publishedNeed, reason: 'BORED' }),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'setting a required field to null',
    as: firm,
    operation: ops.updateNeed,
    variables: (ids) => ({ id: ids.draftNeed, input: { title: null } }),
    code: 'BAD_USER_INPUT',
    field: 'input.title',
  },
  {
    name: 'an update that changes nothing',
    as: firm,
    operation: ops.updateNeed,
    variables: (ids) => ({ id: ids.draftNeed, input: {} }),
    code: 'BAD_USER_INPUT',
    field: 'input',
  },
  {
    name: 'an update that inverts the stored TRL range',
    as: firm,
    operation: ops.updateNeed,
    variables: (ids) => ({ id: ids.draftNeed, input: { trlMin: 9 } }),
    code: 'BAD_USER_INPUT',
    field: 'input.trlMin',
  },
  {
    name: 'a need id that does not exist',
    as: firm,
    operation: ops.need,
    variables: () => ({ id: randomUUID() }),
    code: 'NOT_FOUND',
  },
  {
    name: 'a need id that is not a UUID',
    as: firm,
    operation: ops.need,
    variables: () => ({ id: 'need-1' }),
    code: 'NOT_FOUND',
  },
  {
    name: 'updating a need that does not exist',
    as: firm,
    operation: ops.updateNeed,
    variables: () => ({ id: randomUUID(), input: { title: 'x' } }),
    code: 'NOT_FOUND',
  },
  {
    name: 'a capability id that does not exist',
    as: firm,
    operation: ops.capability,
    variables: () => ({ id: randomUUID() }),
    code: 'NOT_FOUND',
  },
  {
    name: 'matches of a need that does not exist',
    as: firm,
    operation: ops.matchesForNeed,
    variables: () => ({ needId: randomUUID() }),
    code: 'NOT_FOUND',
  },
  {
    name: 'matches of a capability that does not exist',
    as: researcher,
    operation: ops.matchesForCapability,
    variables: () => ({ capabilityId: 'capability-1' }),
    code: 'NOT_FOUND',
  },
  {
    name: 'a match page size over 100',
    as: firm,
    operation: ops.matchesForNeed,
    variables: (ids) => ({ needId: ids.publishedNeed, first: 101 }),
    code: 'BAD_USER_INPUT',
    field: 'first',
  },
  {
    name: 'a forged match cursor',
    as: firm,
    operation: ops.matchesForNeed,
    variables: (ids) => ({
      needId: ids.publishedNeed,
      after: Buffer.from('["x","y"]').toString('base64url'),
    }),
    code: 'BAD_USER_INPUT',
    field: 'after',
  },
  {
    name: 'a page size of zero',
    as: firm,
    operation: ops.needs,
    variables: () => ({ first: 0 }),
    code: 'BAD_USER_INPUT',
    field: 'first',
  },
  {
    name: 'a page size over 100',
    as: firm,
    operation: ops.needs,
    variables: () => ({ first: 101 }),
    code: 'BAD_USER_INPUT',
    field: 'first',
  },
  {
    name: 'a forged cursor',
    as: firm,
    operation: ops.needs,
    variables: () => ({ after: 'bm90LWEtY3Vyc29y' }),
    code: 'BAD_USER_INPUT',
    field: 'after',
  },
  {
    name: 'a filter TRL of 12',
    as: firm,
    operation: ops.needs,
    variables: () => ({ filter: { trl: 12 } }),
    code: 'BAD_USER_INPUT',
    field: 'filter.trl',
  },

  {
    name: 'an empty id among notifications to mark read',
    as: firm,
    operation: ops.markNotificationsRead,
    variables: () => ({ ids: [randomUUID(), ''] }),
    code: 'NOT_FOUND',
  },
  {
    name: 'an empty id among failed e-mails to retry',
    as: admin,
    operation: ops.retryFailedEmails,
    variables: () => ({ ids: [randomUUID(), ''] }),
    code: 'BAD_USER_INPUT',
    field: 'ids',
  },
  {
    name: 'a NUL character in a title',
    as: firm,
    operation: ops.createNeed,
    variables: createNeed({ title: 'Spawanie\u0000laserowe' }),
    code: 'BAD_USER_INPUT',
    field: 'input.title',
  },
  {
    name: 'a NUL character in a keyword',
    as: firm,
    operation: ops.createNeed,
    variables: createNeed({ technologyKeywords: ['spawanie', 'laser\u0000'] }),
    code: 'BAD_USER_INPUT',
    field: 'input.technologyKeywords[1]',
  },
  {
    name: 'a NUL character in a search text',
    as: firm,
    operation: ops.needs,
    variables: () => ({ filter: { text: 'stal\u0000' } }),
    code: 'BAD_USER_INPUT',
    field: 'filter.text',
  },
  {
    name: 'a NUL character in a sign-in e-mail',
    as: anonymous,
    operation: ops.signIn,
    variables: () => ({ email: 'a\u0000@b.example', password: testPassword }),
    code: 'BAD_USER_INPUT',
    field: 'email',
  },
  {
    name: 'half of a surrogate pair in a sign-up e-mail',
    as: anonymous,
    operation: ops.signUp,
    variables: () => ({ input: signUpInput({ email: '\ud800' }) }),
    code: 'BAD_USER_INPUT',
    field: 'input.email',
  },
  {
    name: 'half of a surrogate pair in a title',
    as: firm,
    operation: ops.createNeed,
    variables: createNeed({ title: 'Spawanie \udc00 laserowe' }),
    code: 'BAD_USER_INPUT',
    field: 'input.title',
  },
  {
    name: 'a NUL character written into the query itself',
    as: firm,
    operation: `query { needs(filter: { text: "stal\\u0000" }) { totalCount } }`,
    variables: () => ({}),
    code: 'BAD_USER_INPUT',
    field: 'filter',
  },
  {
    name: 'a weak password',
    as: anonymous,
    operation: ops.signUp,
    variables: () => ({ input: signUpInput({ password: 'password' }) }),
    code: 'BAD_USER_INPUT',
    field: 'input.password',
  },
  {
    name: 'an invalid e-mail',
    as: anonymous,
    operation: ops.signUp,
    variables: () => ({ input: signUpInput({ email: 'not-an-email' }) }),
    code: 'BAD_USER_INPUT',
    field: 'input.email',
  },
  {
    name: 'signing up as admin',
    as: anonymous,
    operation: ops.signUp,
    variables: () => ({ input: signUpInput({ role: 'ADMIN' }) }),
    code: 'BAD_USER_INPUT',
    field: 'input.role',
  },
  {
    name: 'a firm employee in a university',
    as: anonymous,
    operation: ops.signUp,
    variables: () => ({
      input: signUpInput({ organization: { ...organization(), kind: 'UNIVERSITY' } }),
    }),
    code: 'BAD_USER_INPUT',
    field: 'input.organization.kind',
  },
  {
    name: 'both a new organisation and an invite code',
    as: anonymous,
    operation: ops.signUp,
    variables: () => ({ input: signUpInput({ inviteCode: 'abc' }) }),
    code: 'BAD_USER_INPUT',
    field: 'input.organization',
  },
  {
    name: 'an unknown invite code',
    as: anonymous,
    operation: ops.signUp,
    variables: () => ({ input: signUpInput({ organization: null, inviteCode: 'no-such-code' }) }),
    code: 'BAD_USER_INPUT',
    field: 'input.inviteCode',
  },

  {
    name: 'a duplicate cluster name',
    as: admin,
    operation: ops.createCluster,
    variables: (ids) => ({ input: { name: ids.clusterName } }),
    code: 'CONFLICT',
  },
  {
    name: 'appointing a firm employee as coordinator',
    as: admin,
    operation: ops.appointCoordinator,
    variables: (ids) => ({ clusterId: ids.clusterId, userId: ids.firmUserId }),
    code: 'BAD_USER_INPUT',
    field: 'userId',
  },
  {
    name: 'adding a member twice',
    as: admin,
    operation: ops.addClusterMember,
    variables: (ids) => ({ clusterId: ids.clusterId, organizationId: ids.memberOrganizationId }),
    code: 'CONFLICT',
  },
  {
    name: 'adding an organisation that does not exist',
    as: admin,
    operation: ops.addClusterMember,
    variables: (ids) => ({ clusterId: ids.clusterId, organizationId: randomUUID() }),
    code: 'NOT_FOUND',
  },
  {
    name: 'a cluster that does not exist',
    as: admin,
    operation: ops.addClusterMember,
    variables: (ids) => ({ clusterId: randomUUID(), organizationId: ids.memberOrganizationId }),
    code: 'NOT_FOUND',
  },
];

const schema = buildSchema(readFileSync('apps/api/schema.graphql', 'utf8'));

/** Whether `input.budget.min` (list indexes allowed) names an argument path of the operation. */
function argumentPathExists(operation: string, path: string): boolean {
  const root = parse(operation).definitions.find(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION,
  )!;
  const rootField = (root.selectionSet.selections[0] as FieldNode).name.value;
  const rootType =
    root.operation === 'mutation' ? schema.getMutationType()! : schema.getQueryType()!;
  const [argumentName, ...rest] = path.replace(/\[\d+\]/g, '').split('.');
  const argument = rootType.getFields()[rootField]?.args.find((arg) => arg.name === argumentName);
  let type: GraphQLNamedType | undefined = argument && getNamedType(argument.type);
  for (const name of rest) {
    type = isInputObjectType(type) ? getNamedType(type.getFields()[name]?.type) : undefined;
  }
  return type !== undefined;
}

describe('bad input', () => {
  let api: TestApi;
  let world: World;
  let fixtures: Fixtures;

  beforeAll(async () => {
    api = await startTestApi();
    world = await buildWorld(api);
    const client = world.firm.client;
    const created = async () =>
      (await client.ok(ops.createNeed, { input: needInput() })).createNeed.id as string;
    const [publishedNeed, closedNeed, draftNeed] = [
      await created(),
      await created(),
      await created(),
    ];
    await client.ok(ops.publishNeed, { id: publishedNeed });
    await client.ok(ops.closeNeed, { id: closedNeed, reason: 'WITHDRAWN' });
    const { createCapability } = await world.researcher.client.ok(ops.createCapability, {
      input: capabilityInput(),
    });
    await world.researcher.client.ok(ops.publishCapability, { id: createCapability.id });
    const { clusters } = await world.admin.ok(ops.clusters);
    fixtures = {
      publishedNeed,
      closedNeed,
      draftNeed,
      publishedCapability: createCapability.id,
      firmEmail: world.firm.email,
      firmUserId: world.firm.id,
      clusterId: world.clusterId,
      clusterName: clusters.find((cluster: { id: string }) => cluster.id === world.clusterId).name,
      memberOrganizationId: world.firm.organizationId,
    };
  });
  afterAll(() => api.close());

  it.each(cases.map((testCase) => [testCase.name, testCase] as const))(
    'rejects %s with a stable code and changes nothing',
    async (_name, testCase) => {
      const before = await databaseFingerprint(api.dataSource);
      const error = await testCase
        .as(world)
        .fails(testCase.operation, testCase.variables(fixtures));
      expect(error.extensions?.code).toBe(testCase.code);
      expect(error.message).not.toMatch(/QueryFailedError|violates|stack|at \w+ \(/);
      if (testCase.field) expect(error.extensions?.field).toBe(testCase.field);
      if (error.extensions?.field) {
        expect(argumentPathExists(testCase.operation, String(error.extensions.field))).toBe(true);
      }
      if (testCase.currentState) expect(error.extensions?.currentState).toBe(testCase.currentState);
      expect(await databaseFingerprint(api.dataSource)).toEqual(before);
    },
  );
});
