import {
  buildWorld,
  eventually,
  freshOrcidId,
  institutionRor,
  institutionWorks,
  type RunningProcess,
  signInAtOrcid,
  startOpenAlex,
  startOrcidProvider,
  startSmtpInbox,
  startTestApi,
  startWorker,
  type SmtpInbox,
  type TestApi,
  uploadedId,
  type World,
} from '@app/testing';

const importInstitution = `mutation($input: ImportInstitutionInput!) { importInstitution(input: $input) {
  id status ror organizationName } }`;
const progress = `query($id: ID!) { institutionImport(id: $id) {
  id status worksRead authorsFound draftsMade draftsClaimed failure finishedAt } }`;
const drafts = `query($importId: ID!) { researchDrafts(importId: $importId) {
  id displayName orcidId title assignedEmail claimedAt fields { field sources { kind } } } }`;
const mine = `{ myResearchDrafts { id title orcidId organizationName assignedEmail } }`;
const claim = `mutation($id: ID!) { claimResearchDraft(id: $id) {
  id status title isOwn sources { fields { field sources { kind } } } } }`;
const invite = `mutation($importId: ID!, $uploadId: ID!) { inviteToClaimDrafts(importId: $importId, uploadId: $uploadId) {
  invited problems { row column code } } }`;
const linkedId = freshOrcidId();
const unlinkedId = freshOrcidId();

describe("an institution's works drafted for its researchers", () => {
  let orcid: Awaited<ReturnType<typeof startOrcidProvider>>;
  let openAlex: Awaited<ReturnType<typeof startOpenAlex>>;
  let inbox: SmtpInbox;
  let api: TestApi;
  let world: World;
  let worker: RunningProcess;
  let importId: string;

  const capabilityCount = async () =>
    (await api.dataSource.query(`SELECT count(*)::int AS count FROM capabilities`))[0].count;
  const finished = (id: string) =>
    eventually(async () => {
      const { institutionImport } = await world.coordinator.client.ok(progress, { id });
      return ['DONE', 'FAILED'].includes(institutionImport.status) && institutionImport;
    }, 30_000);

  beforeAll(async () => {
    orcid = await startOrcidProvider('http://localhost:3000/orcid/callback');
    openAlex = await startOpenAlex();
    openAlex.state.institutionWorks = institutionWorks([linkedId, unlinkedId]);
    inbox = await startSmtpInbox();
    api = await startTestApi({ ...orcid.env, OPENALEX_URL: openAlex.url });
    world = await buildWorld(api);
    worker = await startWorker({ OPENALEX_URL: openAlex.url, SMTP_URL: inbox.url });
    const address = (await world.researcher.client.ok(`mutation { startOrcidLink }`))
      .startOrcidLink;
    await world.researcher.client.ok(
      `mutation($query: String!) { completeOrcidLink(callbackQuery: $query) { orcidId } }`,
      { query: await signInAtOrcid(address, linkedId) },
    );
  });
  afterAll(async () => {
    await worker?.stop();
    await api?.close();
    await inbox?.close();
    await openAlex?.close();
    await orcid?.stop();
  });

  it('drafts one capability per researcher in the worker, with progress, and lists none to anyone', async () => {
    const capabilities = await capabilityCount();
    const { importInstitution: started } = await world.coordinator.client.ok(importInstitution, {
      input: {
        clusterId: world.clusterId,
        organizationId: world.researcher.organizationId,
        ror: institutionRor,
      },
    });
    importId = started.id;
    expect(started.ror).toBe(institutionRor);
    // As it is when the answer is read: the worker may have taken it up already.
    expect(['QUEUED', 'RUNNING', 'DONE']).toContain(started.status);
    const done = await finished(importId);
    expect(done).toMatchObject({
      status: 'DONE',
      worksRead: 12,
      authorsFound: 3,
      draftsMade: 3,
      draftsClaimed: 0,
      failure: null,
    });
    expect(openAlex.state.filters).toContain(`authorships.institutions.ror:${institutionRor}`);
    const { researchDrafts } = await world.coordinator.client.ok(drafts, { importId });
    expect(researchDrafts.map((draft: any) => draft.orcidId).sort()).toEqual(
      [unlinkedId, linkedId, null].sort(),
    );
    expect(researchDrafts[0].fields.map((field: any) => field.field)).toContain('summary');
    // Unclaimed drafts are not capabilities: nothing to match, list or show.
    expect(await capabilityCount()).toBe(capabilities);
  });

  it('tells the researcher whose verified iD a draft carries, in their language, and lets them claim it once', async () => {
    const mail = await eventually(async () => inbox.to(world.researcher.email)[0], 20_000);
    expect(mail.subject).toBe('Szkic Twojej oferty badawczej czeka na Ciebie');
    expect(mail.text).toContain('/research-drafts');
    const { myResearchDrafts } = await world.researcher.client.ok(mine);
    expect(myResearchDrafts).toHaveLength(1);
    expect(myResearchDrafts[0]).toMatchObject({ orcidId: linkedId, assignedEmail: null });
    const { id } = myResearchDrafts[0];
    expect((await world.firm.client.fails(claim, { id })).extensions?.code).toBe('FORBIDDEN');
    const { claimResearchDraft: capability } = await world.researcher.client.ok(claim, { id });
    expect(capability).toMatchObject({ status: 'DRAFT', isOwn: true });
    expect(capability.title).toBe(myResearchDrafts[0].title);
    expect(capability.sources.fields.length).toBeGreaterThan(3);
    expect((await world.researcher.client.fails(claim, { id })).extensions?.code).toBe('NOT_FOUND');
    expect((await world.researcher.client.ok(mine)).myResearchDrafts).toEqual([]);
    expect(
      (await world.coordinator.client.ok(progress, { id: importId })).institutionImport,
    ).toMatchObject({ draftsClaimed: 1 });
  });

  it('invites by the file a coordinator gives, all rows or none, and keeps claimed drafts as they are', async () => {
    const newcomer = `nowa-${importId.slice(0, 8)}@uczelnia.example`;
    const bad = await uploadedId(
      world.coordinator.client,
      'claims.csv',
      `ORCID;E-mail;Język\n${unlinkedId};${newcomer};angielski\n${freshOrcidId()};x@uczelnia.example;pl\n${linkedId};${world.firm.email};pl\n`,
    );
    const refused = await world.coordinator.client.ok(invite, { importId, uploadId: bad });
    expect(refused.inviteToClaimDrafts).toEqual({
      invited: 0,
      problems: [
        { row: 3, column: 'orcid', code: 'UNKNOWN_ORCID' },
        { row: 4, column: 'orcid', code: 'ALREADY_CLAIMED' },
        { row: 4, column: 'email', code: 'NOT_A_RESEARCHER' },
      ],
    });
    expect(await api.dataSource.query(`SELECT 1 FROM users WHERE email = $1`, [newcomer])).toEqual(
      [],
    );
    const good = await uploadedId(
      world.coordinator.client,
      'claims.csv',
      `ORCID;E-mail;Język\n${unlinkedId};${newcomer};angielski\n`,
    );
    const { inviteToClaimDrafts } = await world.coordinator.client.ok(invite, {
      importId,
      uploadId: good,
    });
    expect(inviteToClaimDrafts).toEqual({ invited: 1, problems: [] });
    const mail = await eventually(async () => inbox.to(newcomer)[0], 20_000);
    expect(mail.subject).toBe('A draft of your research offer is waiting for you');
    expect(mail.text).toMatch(/accept-invitation\?token=/);
    const [user] = await api.dataSource.query(
      `SELECT role, organization_id, language, password_hash FROM users WHERE email = $1`,
      [newcomer],
    );
    expect(user).toEqual({
      role: 'RESEARCHER',
      organization_id: world.researcher.organizationId,
      language: 'en',
      password_hash: null,
    });
    const { researchDrafts } = await world.coordinator.client.ok(drafts, { importId });
    expect(researchDrafts.find((draft: any) => draft.orcidId === unlinkedId).assignedEmail).toBe(
      newcomer,
    );

    // Importing again updates the waiting drafts and leaves the claimed one alone.
    await world.coordinator.client.ok(importInstitution, {
      input: {
        clusterId: world.clusterId,
        organizationId: world.researcher.organizationId,
        ror: institutionRor,
      },
    });
    const [again] = (
      await world.coordinator.client.ok(
        `query($clusterId: ID!) { institutionImports(clusterId: $clusterId) { id status } }`,
        { clusterId: world.clusterId },
      )
    ).institutionImports;
    expect(await finished(again.id)).toMatchObject({ status: 'DONE', draftsMade: 3 });
    const [claimed] = await api.dataSource.query(
      `SELECT institution_import_id FROM research_drafts WHERE orcid_id = $1`,
      [linkedId],
    );
    expect(claimed.institution_import_id).toBe(importId);
  });

  it('is for the cluster’s coordinators and admins, and refuses what cannot be imported', async () => {
    const input = {
      clusterId: world.clusterId,
      organizationId: world.researcher.organizationId,
      ror: institutionRor,
    };
    expect(
      (await world.otherCoordinator.client.fails(importInstitution, { input })).extensions,
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      (await world.otherCoordinator.client.fails(progress, { id: importId })).extensions,
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect((await world.researcher.client.fails(drafts, { importId })).extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
    const refusals: [Record<string, unknown>, string, string][] = [
      [{ ror: 'not-a-ror' }, 'BAD_USER_INPUT', ''],
      [
        { organizationId: world.firm.organizationId },
        'BAD_USER_INPUT',
        'not-a-research-organization',
      ],
      [{ organizationId: world.otherFirm.organizationId }, 'BAD_USER_INPUT', 'not-a-member'],
      [
        {
          uploadId: await uploadedId(
            world.coordinator.client,
            'w.json',
            '{"meta":{},"results":[{}]}',
          ),
        },
        'BAD_USER_INPUT',
        'NOT_OPENALEX',
      ],
    ];
    const before = (
      await world.coordinator.client.ok(
        `query($clusterId: ID!) { institutionImports(clusterId: $clusterId) { id } }`,
        { clusterId: world.clusterId },
      )
    ).institutionImports.length;
    for (const [change, code, rule] of refusals) {
      const error = await world.coordinator.client.fails(importInstitution, {
        input: { ...input, ...change },
      });
      expect(error.extensions?.code).toBe(code);
      if (rule) expect(error.extensions).toMatchObject({ fieldErrors: [{ rule }] });
    }
    const after = (
      await world.coordinator.client.ok(
        `query($clusterId: ID!) { institutionImports(clusterId: $clusterId) { id } }`,
        { clusterId: world.clusterId },
      )
    ).institutionImports.length;
    expect(after).toBe(before);
  });
});
