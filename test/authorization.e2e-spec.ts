import {
  buildWorld,
  capabilityInput,
  type GraphqlClient,
  needInput,
  ops,
  signUp,
  signUpInput,
  acceptedLegalDocuments,
  startOrcidProvider,
  startTestApi,
  type TestApi,
  testPassword,
  uploadedId,
  type World,
} from '@app/testing';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { buildSchema, type FieldNode, type OperationDefinitionNode, parse } from 'graphql';
import { readFileSync } from 'node:fs';

const actors = [
  'anonymous',
  'firm',
  'otherFirm',
  'researcher',
  'coordinator',
  'otherCoordinator',
  'admin',
] as const;
type Actor = (typeof actors)[number];
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';

interface Row {
  operation: string;
  query: string;
  /** Runs before each actor's attempt, so a successful call never spoils the next one. */
  variables: (world: World) => Promise<Record<string, unknown>>;
  expected: Record<Actor, Outcome>;
}

const everyone = (outcome: Outcome): Record<Actor, Outcome> =>
  Object.fromEntries(actors.map((actor) => [actor, outcome])) as Record<Actor, Outcome>;
const signedIn = (outcome: Outcome): Record<Actor, Outcome> => ({
  anonymous: 'UNAUTHENTICATED',
  firm: outcome,
  otherFirm: outcome,
  researcher: outcome,
  coordinator: outcome,
  otherCoordinator: outcome,
  admin: outcome,
});
const only = (allowed: Actor[], otherwise: Outcome = 'FORBIDDEN'): Record<Actor, Outcome> =>
  Object.fromEntries(
    actors.map((actor) => [
      actor,
      actor === 'anonymous' ? 'UNAUTHENTICATED' : allowed.includes(actor) ? 'ok' : otherwise,
    ]),
  ) as Record<Actor, Outcome>;

async function need(
  world: World,
  status: 'DRAFT' | 'PUBLISHED',
  visibility = 'PUBLIC',
): Promise<string> {
  const { createNeed } = await world.firm.client.ok(ops.createNeed, {
    input: needInput({ visibility }),
  });
  if (status === 'PUBLISHED') await world.firm.client.ok(ops.publishNeed, { id: createNeed.id });
  return createNeed.id;
}

async function capability(
  world: World,
  status: 'DRAFT' | 'PUBLISHED',
  visibility = 'PUBLIC',
): Promise<string> {
  const { createCapability } = await world.researcher.client.ok(ops.createCapability, {
    input: capabilityInput({ visibility }),
  });
  if (status === 'PUBLISHED')
    await world.researcher.client.ok(ops.publishCapability, { id: createCapability.id });
  return createCapability.id;
}

const none = async () => ({});

/** A one-row member spreadsheet the coordinator of cluster A uploaded; with a person if asked. */
async function memberSheet(world: World, email?: string): Promise<string> {
  const name = `Członek ${randomUUID().slice(0, 8)}`;
  const sheet = email
    ? `Organizacja;Rodzaj;Miasto;E-mail;Osoba\n${name};firma;Lublin;${email};Osoba Zaproszona\n`
    : `Organizacja;Rodzaj;Miasto\n${name};firma;Lublin\n`;
  return uploadedId(world.coordinator.client, 'members.csv', sheet);
}

/** Someone the coordinator of cluster A invited by importing a spreadsheet. */
async function invitedUser(world: World): Promise<string> {
  const email = `invited-${randomUUID().slice(0, 8)}@test.example`;
  const uploadId = await memberSheet(world, email);
  await world.coordinator.client.ok(ops.importMembers, { clusterId: world.clusterId, uploadId });
  const [{ id }] = await dataSource.query('SELECT id FROM users WHERE email = $1', [email]);
  return id;
}
/** An import of cluster A's university, queued (no worker runs here). */
async function institutionImportOf(world: World): Promise<string> {
  const [{ id }] = await dataSource.query(
    `INSERT INTO institution_imports (cluster_id, organization_id, ror) VALUES ($1, $2, $3)
     RETURNING id`,
    [world.clusterId, world.researcher.organizationId, 'https://ror.org/02pq7ke47'],
  );
  return id;
}

/** Would end the world's own sessions: tried anonymously here, and for real below. */
const endsSessions = new Set(['signOut', 'signOutEverywhere']);

/** Rows are written straight to the database so the matrix needs no worker. */
let dataSource: DataSource;

/** A match of a fresh published pair of cluster A, in the given state. */
async function match(
  world: World,
  status: 'PROPOSED' | 'APPROVED' | 'INTRODUCED',
): Promise<{ id: string }> {
  const [{ id }] = await dataSource.query(
    `INSERT INTO matches (need_id, capability_id, score, factors, reason_for_firm,
       reason_for_researcher, engine_version, need_version, capability_version, status,
       firm_response, researcher_response)
     VALUES ($1, $2, 0.7, '[]', '{"pl":"","en":""}', '{"pl":"","en":""}', 'test', 1, 1, $3, $4, $4)
     RETURNING id`,
    [...(await unmatchedPair(world)), status, status === 'INTRODUCED' ? 'INTERESTED' : null],
  );
  return { id };
}

/** Seven days ahead at 10:00 UTC (a fixed instant, so an offer and its pick agree). */
const daysAhead = (days: number) => {
  const day = new Date(Date.now() + days * 86_400_000);
  day.setUTCHours(10, 0, 0, 0);
  return day.toISOString();
};

/**
 * A meeting of a fresh introduced match, offered by the firm for seven days ahead; a
 * CONFIRMED one began an hour ago, so it can be reported.
 */
async function meeting(world: World, status: 'PROPOSED' | 'CONFIRMED'): Promise<string> {
  const { id: matchId } = await match(world, 'INTRODUCED');
  const [{ id }] = await dataSource.query(
    `INSERT INTO meetings (match_id, status, proposed_by_side, proposed_by, proposed_times,
       duration_minutes, online, location, starts_at)
     VALUES ($1, $2, 'firm', $3, ARRAY[$4]::timestamptz[], 30, false, 'Lublin', $5) RETURNING id`,
    [
      matchId,
      status,
      world.firm.id,
      daysAhead(7),
      status === 'CONFIRMED' ? new Date(Date.now() - 3_600_000) : null,
    ],
  );
  return id;
}

/**
 * A published need and capability of cluster A not yet paired. Ten of each give 100 pairs:
 * enough for every match row and actor, without a backlog of postings for later suites'
 * workers to match.
 */
let pairs: [string, string][] | undefined;
async function unmatchedPair(world: World): Promise<[string, string]> {
  if (!pairs) {
    const needs: string[] = [];
    const capabilities: string[] = [];
    for (let i = 0; i < 10; i++) {
      needs.push(await need(world, 'PUBLISHED'));
      capabilities.push(await capability(world, 'PUBLISHED'));
    }
    pairs = needs.flatMap((needId) =>
      capabilities.map((capabilityId) => [needId, capabilityId] as [string, string]),
    );
  }
  const pair = pairs.pop();
  if (!pair) throw new Error('the matrix needs more unmatched pairs');
  return pair;
}

/** Who cannot see a match gets NOT_FOUND; a coordinator of another cluster is refused. */
const sides: Record<Actor, Outcome> = {
  ...only(['firm', 'researcher', 'coordinator', 'admin'], 'NOT_FOUND'),
  otherCoordinator: 'FORBIDDEN',
};
/** The two sides act; who sees the match but is no side is refused, who cannot see it not told. */
const answeringSides: Record<Actor, Outcome> = {
  ...only(['firm', 'researcher']),
  otherFirm: 'NOT_FOUND',
};
const reviewers = only(['coordinator', 'admin']);
/** Meetings are the sides' own: the other firm cannot see the match, and other roles are refused. */
const meetingSides = { ...only(['firm', 'researcher']), otherFirm: 'NOT_FOUND' as const };

const rootFieldOf = (query: string): string => {
  const operation = parse(query).definitions[0] as OperationDefinitionNode;
  return (operation.selectionSet.selections[0] as FieldNode).name.value;
};

const rows: Row[] = [
  { operation: 'me', query: ops.me, variables: none, expected: signedIn('ok') },
  {
    operation: 'legalTexts',
    query: ops.legalTexts,
    variables: async () => ({ language: 'en' }),
    expected: everyone('ok'),
  },
  {
    operation: 'requestDataExport',
    query: ops.requestDataExport,
    variables: none,
    expected: signedIn('ok'),
  },
  { operation: 'dataExports', query: ops.dataExports, variables: none, expected: signedIn('ok') },
  {
    operation: 'downloadDataExport',
    query: ops.downloadDataExport,
    variables: async () => ({ token: randomUUID() }),
    expected: signedIn('BAD_USER_INPUT'),
  },
  {
    // The address typed to confirm is someone else's: refused before anything is erased.
    operation: 'eraseMyAccount',
    query: ops.eraseMyAccount,
    variables: async () => ({ input: { email: 'nobody@test.example' } }),
    expected: signedIn('BAD_USER_INPUT'),
  },
  {
    operation: 'eraseUser',
    query: ops.eraseUser,
    variables: async (world) => ({
      id: (await signUp({ anonymous: world.anonymous, dataSource }, 'RESEARCHER')).id,
    }),
    expected: only(['admin']),
  },
  {
    operation: 'eraseOrganization',
    query: ops.eraseOrganization,
    variables: async (world) => ({
      id: (await signUp({ anonymous: world.anonymous, dataSource }, 'FIRM')).organizationId,
      dryRun: true,
    }),
    expected: only(['admin']),
  },
  {
    operation: 'acceptLegalDocuments',
    query: ops.acceptLegalDocuments,
    variables: async () => ({ input: { language: 'pl', documents: acceptedLegalDocuments } }),
    expected: signedIn('ok'),
  },
  {
    operation: 'updateProfile',
    query: ops.updateProfile,
    variables: async () => ({ input: { language: 'pl' } }),
    expected: signedIn('ok'),
  },
  {
    operation: 'signIn',
    query: ops.signIn,
    variables: async (world) => ({ email: world.firm.email, password: testPassword }),
    expected: everyone('ok'),
  },
  {
    operation: 'signUp',
    query: ops.signUp,
    variables: async () => ({ input: signUpInput() }),
    expected: everyone('ok'),
  },
  {
    operation: 'refreshSession',
    query: ops.refreshSession,
    variables: async (world) => ({
      token: (
        await world.anonymous.ok(ops.signIn, { email: world.firm.email, password: testPassword })
      ).signIn.refreshToken,
    }),
    expected: everyone('ok'),
  },
  {
    operation: 'verifyEmail, with a link that does not exist',
    query: ops.verifyEmail,
    variables: async () => ({ token: randomUUID() }),
    expected: everyone('BAD_USER_INPUT'),
  },
  {
    operation: 'resendVerificationEmail',
    query: ops.resendVerificationEmail,
    variables: async (world) => ({ email: world.firm.email }),
    expected: everyone('ok'),
  },
  {
    operation: 'requestPasswordReset',
    query: ops.requestPasswordReset,
    variables: async (world) => ({ email: world.firm.email }),
    expected: everyone('ok'),
  },
  {
    operation: 'resetPassword, with a link that does not exist',
    query: ops.resetPassword,
    variables: async () => ({ token: randomUUID(), password: 'Nowe-Haslo-Tokarka-2027' }),
    expected: everyone('BAD_USER_INPUT'),
  },
  {
    operation: 'changePassword, with a wrong current password',
    query: ops.changePassword,
    variables: async () => ({
      currentPassword: 'Wrong-Password-1',
      newPassword: 'Nowe-Haslo-Tokarka-2027',
    }),
    expected: signedIn('BAD_USER_INPUT'),
  },
  {
    operation: 'signOutEverywhere',
    query: ops.signOutEverywhere,
    variables: none,
    expected: signedIn('ok'),
  },
  {
    operation: 'organization',
    query: ops.organization,
    variables: async (world) => ({ id: world.firm.organizationId }),
    expected: signedIn('ok'),
  },
  {
    operation: 'markNotificationsRead',
    query: ops.markNotificationsRead,
    variables: async () => ({ ids: [randomUUID()] }),
    expected: signedIn('NOT_FOUND'),
  },
  {
    operation: 'retryFailedEmails, of an id that is no failed e-mail',
    query: ops.retryFailedEmails,
    variables: async () => ({ ids: [randomUUID()] }),
    expected: { ...only([]), admin: 'BAD_USER_INPUT' },
  },
  {
    operation: 'match, proposed',
    query: ops.match,
    variables: (world) => match(world, 'PROPOSED'),
    expected: sides,
  },
  {
    operation: 'approveMatch',
    query: ops.approveMatch,
    variables: (world) => match(world, 'PROPOSED'),
    expected: reviewers,
  },
  {
    operation: 'approveMatches',
    query: ops.approveMatches,
    variables: async (world) => ({ ids: [(await match(world, 'PROPOSED')).id] }),
    expected: reviewers,
  },
  {
    operation: 'rejectMatch',
    query: ops.rejectMatch,
    variables: async (world) => ({ ...(await match(world, 'PROPOSED')), reason: 'NOT_RELEVANT' }),
    expected: reviewers,
  },
  {
    operation: 'rejectMatches',
    query: ops.rejectMatches,
    variables: async (world) => ({
      ids: [(await match(world, 'PROPOSED')).id],
      reason: 'NOT_RELEVANT',
    }),
    expected: reviewers,
  },
  {
    operation: 'respondToMatch, approved',
    query: ops.respondToMatch,
    variables: async (world) => ({ ...(await match(world, 'APPROVED')), interested: true }),
    expected: answeringSides,
  },
  {
    operation: 'recordOutcome, introduced',
    query: ops.recordOutcome,
    variables: async (world) => ({
      matchId: (await match(world, 'INTRODUCED')).id,
      outcome: 'MEETING_HELD',
    }),
    expected: { ...only(['firm', 'researcher', 'coordinator', 'admin']), otherFirm: 'NOT_FOUND' },
  },
  {
    operation: 'proposeMeeting, introduced',
    query: ops.proposeMeeting,
    variables: async (world) => ({
      input: {
        matchId: (await match(world, 'INTRODUCED')).id,
        times: [daysAhead(7)],
        durationMinutes: 60,
        online: false,
        location: 'ul. Nadbystrzycka 38, Lublin',
      },
    }),
    expected: meetingSides,
  },
  {
    operation: 'acceptMeetingTime, offered by the firm',
    query: ops.acceptMeetingTime,
    variables: async (world) => ({
      meetingId: await meeting(world, 'PROPOSED'),
      startsAt: daysAhead(7),
    }),
    expected: { ...meetingSides, firm: 'FORBIDDEN' },
  },
  {
    operation: 'cancelMeeting',
    query: ops.cancelMeeting,
    variables: async (world) => ({ meetingId: await meeting(world, 'PROPOSED') }),
    expected: meetingSides,
  },
  {
    operation: 'reportMeeting, begun',
    query: ops.reportMeeting,
    variables: async (world) => ({ meetingId: await meeting(world, 'CONFIRMED'), held: true }),
    expected: meetingSides,
  },
  {
    operation: 'upcomingMeetings',
    query: ops.upcomingMeetings,
    variables: none,
    expected: only(['coordinator', 'otherCoordinator', 'admin']),
  },
  {
    operation: 'expressInterest',
    query: ops.expressInterest,
    variables: async (world) => {
      const [needId, capabilityId] = await unmatchedPair(world);
      return { needId, capabilityId };
    },
    expected: only(['firm', 'researcher']),
  },
  { operation: 'users', query: ops.users, variables: none, expected: only(['admin']) },
  { operation: 'clusters', query: ops.clusters, variables: none, expected: signedIn('ok') },
  {
    operation: 'cluster of cluster A',
    query: ops.cluster,
    variables: async (world) => ({ id: world.clusterId }),
    expected: only(['firm', 'researcher', 'coordinator', 'admin'], 'NOT_FOUND'),
  },
  {
    operation: 'organizations',
    query: ops.organizations,
    variables: none,
    expected: signedIn('ok'),
  },
  { operation: 'needs', query: ops.needs, variables: none, expected: signedIn('ok') },
  { operation: 'capabilities', query: ops.capabilities, variables: none, expected: signedIn('ok') },
  {
    operation: 'need, public and published',
    query: ops.need,
    variables: async (world) => ({ id: await need(world, 'PUBLISHED') }),
    expected: signedIn('ok'),
  },
  {
    operation: 'need, draft',
    query: ops.need,
    variables: async (world) => ({ id: await need(world, 'DRAFT') }),
    expected: only(['firm', 'admin'], 'NOT_FOUND'),
  },
  {
    operation: 'need, cluster-only',
    query: ops.need,
    variables: async (world) => ({ id: await need(world, 'PUBLISHED', 'CLUSTER') }),
    expected: only(['firm', 'researcher', 'coordinator', 'admin'], 'NOT_FOUND'),
  },
  {
    operation: 'capability, draft',
    query: ops.capability,
    variables: async (world) => ({ id: await capability(world, 'DRAFT') }),
    expected: only(['researcher', 'admin'], 'NOT_FOUND'),
  },
  {
    operation: 'capability, cluster-only',
    query: ops.capability,
    variables: async (world) => ({ id: await capability(world, 'PUBLISHED', 'CLUSTER') }),
    expected: only(['firm', 'researcher', 'coordinator', 'admin'], 'NOT_FOUND'),
  },
  {
    operation: 'notifications',
    query: ops.notifications,
    variables: none,
    expected: signedIn('ok'),
  },
  {
    operation: 'unreadNotificationCount',
    query: ops.unreadNotificationCount,
    variables: none,
    expected: signedIn('ok'),
  },
  {
    operation: 'notificationPreferences',
    query: ops.notificationPreferences,
    variables: none,
    expected: signedIn('ok'),
  },
  {
    operation: 'updateNotificationPreferences',
    query: ops.updateNotificationPreferences,
    variables: async () => ({ input: { events: [{ event: 'INTRODUCED', frequency: 'INSTANT' }] } }),
    expected: signedIn('ok'),
  },
  {
    operation: 'failedEmails',
    query: ops.failedEmails,
    variables: none,
    expected: only(['admin']),
  },
  {
    operation: 'clusterStats of cluster A',
    query: ops.clusterStats,
    variables: async (world) => ({ clusterId: world.clusterId }),
    expected: only(['coordinator', 'admin']),
  },
  {
    operation: 'reviewQueue',
    query: ops.reviewQueue,
    variables: none,
    expected: only(['coordinator', 'otherCoordinator', 'admin']),
  },
  {
    operation: 'matchesForNeed',
    query: ops.matchesForNeed,
    variables: async (world) => ({ needId: await need(world, 'PUBLISHED') }),
    expected: only(['firm', 'coordinator', 'admin']),
  },
  {
    operation: 'myMatches',
    query: ops.myMatches,
    variables: none,
    expected: only(['firm', 'otherFirm', 'researcher']),
  },
  {
    operation: 'matchesForCapability',
    query: ops.matchesForCapability,
    variables: async (world) => ({ capabilityId: await capability(world, 'PUBLISHED') }),
    expected: only(['researcher', 'coordinator', 'admin']),
  },
  {
    operation: 'createNeed',
    query: ops.createNeed,
    variables: async () => ({ input: needInput() }),
    expected: only(['firm', 'otherFirm']),
  },
  {
    operation: 'updateNeed, published',
    query: ops.updateNeed,
    variables: async (world) => ({
      id: await need(world, 'PUBLISHED'),
      input: { title: 'Nowy tytuł' },
    }),
    expected: only(['firm']),
  },
  {
    operation: 'publishNeed, draft',
    query: ops.publishNeed,
    variables: async (world) => ({ id: await need(world, 'DRAFT') }),
    expected: { ...only(['firm']), otherFirm: 'NOT_FOUND' },
  },
  {
    operation: 'pauseNeed',
    query: ops.pauseNeed,
    variables: async (world) => ({ id: await need(world, 'PUBLISHED') }),
    expected: only(['firm', 'admin']),
  },
  {
    operation: 'closeNeed',
    query: ops.closeNeed,
    variables: async (world) => ({ id: await need(world, 'PUBLISHED'), reason: 'WITHDRAWN' }),
    expected: only(['firm', 'admin']),
  },
  {
    operation: 'createCapability',
    query: ops.createCapability,
    variables: async () => ({ input: capabilityInput() }),
    expected: only(['researcher']),
  },
  {
    operation: 'updateCapability, published',
    query: ops.updateCapability,
    variables: async (world) => ({ id: await capability(world, 'PUBLISHED'), input: { trl: 7 } }),
    expected: only(['researcher']),
  },
  {
    operation: 'publishCapability, draft',
    query: ops.publishCapability,
    variables: async (world) => ({ id: await capability(world, 'DRAFT') }),
    expected: only(['researcher']),
  },
  {
    operation: 'pauseCapability',
    query: ops.pauseCapability,
    variables: async (world) => ({ id: await capability(world, 'PUBLISHED') }),
    expected: only(['researcher', 'admin']),
  },
  {
    operation: 'closeCapability',
    query: ops.closeCapability,
    variables: async (world) => ({ id: await capability(world, 'PUBLISHED'), reason: 'FULFILLED' }),
    expected: only(['researcher', 'admin']),
  },
  {
    operation: 'createCluster',
    query: ops.createCluster,
    variables: async () => ({ input: { name: `Klaster ${Math.random().toString(36).slice(2)}` } }),
    expected: only(['admin']),
  },
  {
    operation: 'appointCoordinator',
    query: ops.appointCoordinator,
    variables: async (world) => ({
      clusterId: world.clusterId,
      userId: (await signUp({ anonymous: world.anonymous, dataSource }, 'COORDINATOR')).id,
    }),
    expected: only(['admin']),
  },
  {
    operation: 'addClusterMember to cluster A',
    query: ops.addClusterMember,
    variables: async (world) => ({
      clusterId: world.clusterId,
      organizationId: (await signUp({ anonymous: world.anonymous, dataSource }, 'FIRM'))
        .organizationId,
    }),
    expected: only(['coordinator', 'admin']),
  },
  {
    operation: 'updateClusterSettings of cluster A',
    query: ops.updateClusterSettings,
    variables: async (world) => ({ clusterId: world.clusterId, input: { stepDeadlineDays: 14 } }),
    expected: only(['coordinator', 'admin']),
  },
  {
    operation: 'memberImportPlan of cluster A',
    query: ops.memberImportPlan,
    variables: async (world) => ({
      clusterId: world.clusterId,
      uploadId: await memberSheet(world),
    }),
    // The upload is the coordinator's: to anyone else, even an admin, it does not exist.
    expected: { ...only(['coordinator']), admin: 'NOT_FOUND' },
  },
  {
    operation: 'importMembers into cluster A',
    query: ops.importMembers,
    variables: async (world) => ({
      clusterId: world.clusterId,
      uploadId: await memberSheet(world),
    }),
    expected: { ...only(['coordinator']), admin: 'NOT_FOUND' },
  },
  {
    operation: 'invitations of cluster A',
    query: ops.invitations,
    variables: async (world) => ({ clusterId: world.clusterId }),
    expected: only(['coordinator', 'admin']),
  },
  {
    operation: 'resendInvitation to someone invited into cluster A',
    query: ops.resendInvitation,
    variables: async (world) => ({ userId: await invitedUser(world) }),
    expected: { ...only(['coordinator', 'admin']), otherCoordinator: 'NOT_FOUND' },
  },
  {
    operation: 'registeredOrganization',
    query: 'query($nip: String!) { registeredOrganization(nip: $nip) { available } }',
    variables: async () => ({ nip: '5432319484' }),
    expected: everyone('ok'),
  },
  {
    operation: 'orcidSignInAvailable',
    query: '{ orcidSignInAvailable }',
    variables: none,
    expected: everyone('ok'),
  },
  {
    operation: 'startOrcidSignIn',
    query: 'mutation { startOrcidSignIn }',
    variables: none,
    expected: everyone('ok'),
  },
  {
    operation: 'completeOrcidSignIn with an answer to no trip',
    query: 'mutation($q: String!) { completeOrcidSignIn(callbackQuery: $q) { signUp { ticket } } }',
    variables: async () => ({ q: '?code=made-up&state=made-up' }),
    expected: everyone('BAD_USER_INPUT'),
  },
  {
    operation: 'startOrcidLink',
    query: 'mutation { startOrcidLink }',
    variables: none,
    expected: only(['researcher']),
  },
  {
    operation: 'completeOrcidLink with an answer to no trip',
    query: 'mutation($q: String!) { completeOrcidLink(callbackQuery: $q) { id } }',
    variables: async () => ({ q: '?code=made-up&state=made-up' }),
    expected: { ...only([]), researcher: 'BAD_USER_INPUT' },
  },
  {
    operation: 'importCapability without a linked ORCID iD',
    query: 'mutation { importCapability(input: {}) { capability { id } } }',
    variables: none,
    expected: { ...only([]), researcher: 'BAD_USER_INPUT' },
  },
  {
    operation: "capabilityMatchPreview of another organisation's capability",
    query: 'query($id: ID!) { capabilityMatchPreview(id: $id) { available } }',
    variables: async () => ({ id: randomUUID() }),
    expected: { ...only([]), researcher: 'NOT_FOUND' },
  },
  {
    operation: "importInstitution of cluster A's university from the coordinator's file",
    query: 'mutation($input: ImportInstitutionInput!) { importInstitution(input: $input) { id } }',
    variables: async (world) => {
      await dataSource.query(`DELETE FROM institution_imports WHERE organization_id = $1`, [
        world.researcher.organizationId,
      ]);
      return {
        input: {
          clusterId: world.clusterId,
          organizationId: world.researcher.organizationId,
          ror: 'https://ror.org/02pq7ke47',
          uploadId: await uploadedId(
            world.coordinator.client,
            'works.json',
            '{"meta":{"count":0},"results":[]}',
          ),
        },
      };
    },
    expected: { ...only(['coordinator']), admin: 'NOT_FOUND' },
  },
  {
    operation: 'institutionImport of cluster A',
    query: 'query($id: ID!) { institutionImport(id: $id) { id } }',
    variables: async (world) => ({ id: await institutionImportOf(world) }),
    expected: { ...only(['coordinator', 'admin']), otherCoordinator: 'NOT_FOUND' },
  },
  {
    operation: 'institutionImports of cluster A',
    query: 'query($clusterId: ID!) { institutionImports(clusterId: $clusterId) { id } }',
    variables: async (world) => ({ clusterId: world.clusterId }),
    expected: only(['coordinator', 'admin']),
  },
  {
    operation: 'researchDrafts of an import in cluster A',
    query: 'query($importId: ID!) { researchDrafts(importId: $importId) { id } }',
    variables: async (world) => ({ importId: await institutionImportOf(world) }),
    expected: { ...only(['coordinator', 'admin']), otherCoordinator: 'NOT_FOUND' },
  },
  {
    operation: 'inviteToClaimDrafts of an import in cluster A',
    query:
      'mutation($importId: ID!, $uploadId: ID!) { inviteToClaimDrafts(importId: $importId, uploadId: $uploadId) { invited } }',
    variables: async (world) => ({
      importId: await institutionImportOf(world),
      uploadId: await uploadedId(world.coordinator.client, 'claims.csv', 'orcid;email\n'),
    }),
    expected: { ...only(['coordinator']), admin: 'NOT_FOUND', otherCoordinator: 'NOT_FOUND' },
  },
  {
    operation: 'myResearchDrafts',
    query: '{ myResearchDrafts { id } }',
    variables: none,
    expected: only(['researcher']),
  },
  {
    operation: 'claimResearchDraft of a draft waiting for no one here',
    query: 'mutation($id: ID!) { claimResearchDraft(id: $id) { id } }',
    variables: async () => ({ id: randomUUID() }),
    expected: { ...only([]), researcher: 'NOT_FOUND' },
  },
  { operation: 'signOut', query: ops.signOut, variables: none, expected: signedIn('ok') },
];

describe('authorisation matrix', () => {
  let api: TestApi;
  let world: World;
  let orcid: Awaited<ReturnType<typeof startOrcidProvider>>;

  const clientOf = (actor: Actor): GraphqlClient => {
    if (actor === 'anonymous') return world.anonymous;
    if (actor === 'admin') return world.admin;
    return world[actor].client;
  };

  beforeAll(async () => {
    orcid = await startOrcidProvider('http://localhost:3000/orcid/callback');
    api = await startTestApi(orcid.env);
    dataSource = api.dataSource;
    world = await buildWorld(api);
  });
  afterAll(async () => {
    // No worker runs here: the matching and e-mails its hundreds of calls announced would only
    // hold up the next suite's worker for minutes, so they are dropped with the suite.
    await api.dataSource.query('DELETE FROM outbox_events WHERE relayed_at IS NULL');
    await api.close();
    await orcid.stop();
  });

  const table = rows.flatMap((row) =>
    actors
      .filter((actor) => !endsSessions.has(row.operation) || actor === 'anonymous')
      .map((actor) => [row.operation, actor, row] as const),
  );

  it.each(table)('%s as %s', async (_operation, actor, row) => {
    const result = await clientOf(actor).request(row.query, await row.variables(world));
    // Bulk operations answer per item: the first item's error counts as the outcome.
    const itemError = Object.values(result.data ?? {})
      .flat()
      .find((item: any) => item?.error)?.error;
    const outcome = result.errors?.length
      ? result.errors[0]!.extensions?.code
      : (itemError?.code ?? 'ok');
    expect(outcome).toBe(row.expected[actor]);
  });

  it('has rows for every root operation of the schema', () => {
    const schema = buildSchema(readFileSync('apps/api/schema.graphql', 'utf8'));
    const inSchema = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      Object.keys(type!.getFields()),
    );
    const inMatrix = new Set(rows.map((row) => rootFieldOf(row.query)));
    expect(inSchema.filter((operation) => !inMatrix.has(operation)).sort()).toEqual([]);
    // Subscriptions run over WebSocket; their authentication is tested in live-notifications.
    expect(Object.keys(schema.getSubscriptionType()!.getFields())).toEqual([
      'notificationReceived',
    ]);
  });

  it.each(['FIRM', 'RESEARCHER', 'COORDINATOR'] as const)('lets a %s sign out', async (role) => {
    const user = await signUp(api, role);
    expect(await user.client.ok(ops.signOut)).toEqual({ signOut: true });
  });

  describe('anonymous postings', () => {
    const posterOf = async (actor: Actor, id: string) =>
      (await clientOf(actor).ok(ops.need, { id })).need.organization?.id ?? null;

    it('reveal the posting firm only to itself, its cluster coordinators and admins', async () => {
      const id = await need(world, 'PUBLISHED', 'ANONYMOUS');
      const firmOrganization = world.firm.organizationId;
      expect(await posterOf('firm', id)).toBe(firmOrganization);
      expect(await posterOf('coordinator', id)).toBe(firmOrganization);
      expect(await posterOf('admin', id)).toBe(firmOrganization);
      expect(await posterOf('otherFirm', id)).toBeNull();
      expect(await posterOf('researcher', id)).toBeNull();
      expect(await posterOf('otherCoordinator', id)).toBeNull();
    });

    it('stay hidden in lists and cannot be found by filtering on the poster’s city', async () => {
      const id = await need(world, 'PUBLISHED', 'ANONYMOUS');
      const list = async (actor: Actor, filter: Record<string, unknown>) =>
        (await clientOf(actor).ok(ops.needs, { filter, first: 100 })).needs.edges.map(
          (edge: any) => edge.node,
        );
      const seen = (await list('researcher', { status: ['PUBLISHED'] })).find(
        (node: any) => node.id === id,
      );
      expect(seen).toMatchObject({ id, organization: null });
      expect(
        (await list('researcher', { city: 'Świdnik' })).map((node: any) => node.id),
      ).not.toContain(id);
      expect(
        (await list('coordinator', { city: 'Świdnik' })).map((node: any) => node.id),
      ).toContain(id);
      const { me } = await world.firm.client.ok(ops.me);
      const anonymousNode = (await list('otherFirm', { status: ['PUBLISHED'] })).find(
        (node: any) => node.id === id,
      );
      expect(JSON.stringify(anonymousNode)).not.toContain(me.organization.name);
    });
  });
});
