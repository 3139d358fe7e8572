import {
  eventually,
  ops,
  type PlatformUnderTest,
  proposedMatch,
  startPlatformUnderTest,
} from '@app/testing';

describe('the right of access: an archive of one’s data, by an e-mailed single-use link', () => {
  let platform: PlatformUnderTest;

  beforeAll(async () => {
    platform = await startPlatformUnderTest();
  }, 180_000);
  afterAll(() => platform.stop());

  const linkTokens = (address: string) =>
    platform.mailbox
      .to(address)
      .map((mail) => /\/data-export\?token=([\w-]+)/.exec(mail.text ?? '')?.[1])
      .filter((token): token is string => Boolean(token));

  it('prepares it in the worker, e-mails its link in the person’s language, and gives it once to its owner', async () => {
    const { world, pipeline, api } = platform;
    const { researcher, firm } = world;
    const { id: matchId } = await proposedMatch(world);
    await world.coordinator.client.ok(ops.approveMatch, { id: matchId });
    await researcher.client.ok(ops.updateProfile, { input: { language: 'en' } });
    const firmOrganization = (await firm.client.ok(ops.me)).me.organization.name as string;

    const { requestDataExport } = await researcher.client.ok(ops.requestDataExport);
    expect(requestDataExport.readyAt).toBeNull();

    await pipeline.idle();
    const [token] = await eventually(
      async () => linkTokens(researcher.email).length > 0 && linkTokens(researcher.email),
    );
    const mail = platform.mailbox
      .to(researcher.email)
      .find((candidate) => candidate.text?.includes(token!))!;
    expect(mail.subject).toBe('The archive of your data is ready');
    expect((await researcher.client.ok(ops.dataExports)).dataExports[0].readyAt).not.toBeNull();

    // Someone else's link: refused, and it still works for its owner.
    const foreign = await firm.client.fails(ops.downloadDataExport, { token });
    expect(foreign.extensions?.code).toBe('FORBIDDEN');

    const { downloadDataExport } = await researcher.client.ok(ops.downloadDataExport, { token });
    expect(downloadDataExport.fileName).toMatch(/^matchmaking-data-\d{4}-\d{2}-\d{2}\.json$/);
    const archive = JSON.parse(downloadDataExport.json);
    expect(archive).toMatchObject({
      format: 'matchmaking-data-export/1',
      profile: { id: researcher.id, email: researcher.email, language: 'en', hasPassword: true },
      consents: {
        legalTexts: [expect.objectContaining({ document: 'TERMS' }), expect.anything()],
      },
    });
    expect(archive.profile).not.toHaveProperty('passwordHash');
    expect(archive.capabilities.length).toBeGreaterThan(0);
    expect(archive.sessions.length).toBeGreaterThan(0);
    expect(archive.meetings).toEqual([]);
    expect(archive.notifications).toEqual(
      expect.arrayContaining([expect.objectContaining({ event: 'MATCH_APPROVED', matchId })]),
    );
    const match = archive.matches.find((item: { id: string }) => item.id === matchId);
    expect(match).toMatchObject({
      yourSide: 'researcher',
      status: 'APPROVED',
      otherOrganization: null,
    });
    // Before an introduction the firm is not named, nor placed, anywhere in the archive.
    expect(downloadDataExport.json).not.toContain(firmOrganization);
    expect(downloadDataExport.json).not.toContain('Świdnik');
    expect(downloadDataExport.json).not.toContain(firm.email);

    // Once: the link is spent and the archive gone from the database.
    const twice = await researcher.client.fails(ops.downloadDataExport, { token });
    expect(twice.extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      await api.dataSource.query(
        `SELECT archive IS NULL AS dropped, downloaded_at IS NOT NULL AS downloaded FROM data_exports WHERE user_id = $1`,
        [researcher.id],
      ),
    ).toEqual([{ dropped: true, downloaded: true }]);
  });

  it('takes one request at a time: another while an archive is prepared is a CONFLICT and adds nothing', async () => {
    const { world, api } = platform;
    // A request the worker has not reached yet, written directly so the worker cannot win the race.
    await api.dataSource.query(`INSERT INTO data_exports (user_id) VALUES ($1)`, [
      world.coordinator.id,
    ]);
    const again = await world.coordinator.client.fails(ops.requestDataExport);
    expect(again.extensions?.code).toBe('CONFLICT');
    expect(
      await api.dataSource.query(`SELECT count(*)::int AS n FROM data_exports WHERE user_id = $1`, [
        world.coordinator.id,
      ]),
    ).toEqual([{ n: 1 }]);
  });

  it('is served to someone who has not accepted new terms yet, and names the other side once introduced', async () => {
    const { world, pipeline } = platform;
    const { id: matchId } = await proposedMatch(world);
    await world.coordinator.client.ok(ops.approveMatch, { id: matchId });
    await world.firm.client.ok(ops.respondToMatch, { id: matchId, interested: true });
    await world.researcher.client.ok(ops.respondToMatch, { id: matchId, interested: true });
    await platform.api.dataSource.query(`DELETE FROM legal_acceptances WHERE user_id = $1`, [
      world.firm.id,
    ]);
    const before = linkTokens(world.firm.email).length;
    await world.firm.client.ok(ops.requestDataExport);
    await pipeline.idle();
    const token = await eventually(
      async () =>
        linkTokens(world.firm.email).length > before && linkTokens(world.firm.email).at(-1),
    );
    const { downloadDataExport } = await world.firm.client.ok(ops.downloadDataExport, { token });
    const researcherOrganization = (await world.researcher.client.ok(ops.me)).me.organization.name;
    expect(
      JSON.parse(downloadDataExport.json).matches.find(
        (item: { id: string }) => item.id === matchId,
      ),
    ).toMatchObject({
      yourSide: 'firm',
      status: 'INTRODUCED',
      otherOrganization: researcherOrganization,
    });
  });
});
