import {
  buildWorld,
  freshOrcidId,
  eventually,
  needInput,
  openPipeline,
  ops,
  type Pipeline,
  type RunningProcess,
  signInAtOrcid,
  startOpenAlex,
  startOrcidProvider,
  startTestApi,
  startWorker,
  type TestApi,
  type World,
} from '@app/testing';

const importCapability = `mutation { importCapability(input: {}) { capability { id status } } }`;
const preview = `query($id: ID!) { capabilityMatchPreview(id: $id) {
  available matches { score reason matchedTerms need { id title organization { id name city } } } } }`;
const orcidId = freshOrcidId();

const weldingNeed = (overrides: Record<string, unknown>) =>
  needInput({
    title: 'Fatigue life of welded steel frames in our trailers',
    summary: 'We need tests of fatigue cracks at the weld toe of high-strength steel joints.',
    description:
      'Welded joints of our trailer frames crack after 200,000 km. We want fatigue tests, residual stress measurements and digital image correlation of crack growth.',
    technologyKeywords: ['welded joints', 'fatigue'],
    marketKeywords: ['trailers'],
    collaborationTypes: ['CONTRACT_RESEARCH'],
    language: 'en',
    ...overrides,
  });

describe("a draft's matches before it is published", () => {
  let orcid: Awaited<ReturnType<typeof startOrcidProvider>>;
  let openAlex: Awaited<ReturnType<typeof startOpenAlex>>;
  let api: TestApi;
  let world: World;
  let worker: RunningProcess;
  let pipeline: Pipeline;

  const publishNeed = async (client: World['firm']['client'], input: Record<string, unknown>) => {
    const { createNeed } = await client.ok(ops.createNeed, { input });
    await client.ok(ops.publishNeed, { id: createNeed.id });
    return createNeed.id as string;
  };
  const stored = async () =>
    (
      await api.dataSource.query(`SELECT
        (SELECT count(*) FROM matches)::int AS matches,
        (SELECT count(*) FROM notifications)::int AS notifications,
        (SELECT count(*) FROM outbox_events)::int AS outbox`)
    )[0];

  beforeAll(async () => {
    orcid = await startOrcidProvider('http://localhost:3000/orcid/callback');
    openAlex = await startOpenAlex();
    api = await startTestApi({ ...orcid.env, OPENALEX_URL: openAlex.url });
    world = await buildWorld(api);
    worker = await startWorker();
    pipeline = openPipeline(api);
    const address = (await world.researcher.client.ok(`mutation { startOrcidLink }`))
      .startOrcidLink;
    await world.researcher.client.ok(
      `mutation($query: String!) { completeOrcidLink(callbackQuery: $query) { orcidId } }`,
      { query: await signInAtOrcid(address, orcidId) },
    );
  });
  afterAll(async () => {
    await pipeline?.close();
    await worker?.stop();
    await api?.close();
    await openAlex?.close();
    await orcid?.stop();
  });

  it('lists the open needs it would be proposed for, as anonymous as a proposal, storing nothing', async () => {
    // Firm A (Świdnik) shares cluster A with the researcher (Lublin); the other firm does not.
    const anonymous = await publishNeed(
      world.firm.client,
      weldingNeed({ visibility: 'ANONYMOUS' }),
    );
    const elsewhere = await publishNeed(
      world.otherFirm.client,
      weldingNeed({ visibility: 'CLUSTER' }),
    );
    const unrelated = await publishNeed(world.firm.client, needInput());
    const { importCapability: draft } = await world.researcher.client.ok(importCapability);
    const id = draft.capability.id;
    expect(draft.capability.status).toBe('DRAFT');
    // The worker has indexed the needs and finished what their publication started (a
    // proposal for one of them, its notices), so all that is stored from here is the preview's.
    await pipeline.idle(30_000);
    const before = await stored();
    const result = await eventually(async () => {
      const { capabilityMatchPreview } = await world.researcher.client.ok(preview, { id });
      return capabilityMatchPreview.matches.length > 0 && capabilityMatchPreview;
    }, 30_000);
    expect(result.available).toBe(true);
    const ids = result.matches.map((match: any) => match.need.id);
    expect(ids).toContain(anonymous);
    expect(ids).not.toContain(elsewhere);
    expect(ids).not.toContain(unrelated);
    const [found] = result.matches.filter((match: any) => match.need.id === anonymous);
    expect(found.score).toBeGreaterThan(0.3);
    expect(found.need.organization).toBeNull();
    expect(found.reason).toMatch(/^Wspólne tematy/);
    expect(found.reason).not.toMatch(/mieście|regionie|kraju|granicą|Świdnik/);
    expect(found.matchedTerms.length).toBeGreaterThan(0);
    expect(await stored()).toEqual(before);
  });

  it('is for the capability’s own organisation only', async () => {
    const { importCapability: draft } = await world.researcher.client.ok(importCapability);
    const id = draft.capability.id;
    expect((await world.firm.client.fails(preview, { id })).extensions?.code).toBe('FORBIDDEN');
    expect((await world.anonymous.fails(preview, { id })).extensions?.code).toBe('UNAUTHENTICATED');
  });
});
