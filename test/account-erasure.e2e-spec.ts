import {
  capabilityInput,
  eventually,
  needInput,
  ops,
  type PlatformUnderTest,
  proposedMatch,
  type RunningProcess,
  signUp,
  signUpInput,
  startPlatformUnderTest,
  startWorker,
  testPassword,
} from '@app/testing';
import { randomInt, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';

/** Every row of every table of the schema (enumerated, so a new table is searched too) holding a needle. */
async function rowsHolding(dataSource: DataSource, needles: string[]) {
  const tables: { name: string }[] = await dataSource.query(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  expect(tables.map((table) => table.name)).toEqual(
    expect.arrayContaining(['users', 'match_events', 'notifications', 'outbox_events']),
  );
  const found: Record<string, number> = {};
  for (const { name } of tables) {
    const [{ n }] = await dataSource.query(
      `SELECT count(*)::int AS n FROM "${name}" t WHERE t::text ILIKE ANY($1)`,
      [needles.map((needle) => `%${needle}%`)],
    );
    if (n > 0) found[name] = n;
  }
  return found;
}

/** A v8-serialised snapshot holds strings as Latin-1 or as UTF-16: look for both. */
function snapshotHolds(directory: string, needle: string): boolean {
  return readdirSync(directory).some((file) => {
    const bytes = readFileSync(join(directory, file));
    return (
      bytes.includes(Buffer.from(needle, 'latin1')) ||
      bytes.includes(Buffer.from(needle, 'utf16le'))
    );
  });
}

describe('the right to erasure', () => {
  const snapshotDir = mkdtempSync(join(tmpdir(), 'erasure-snapshot-'));
  let platform: PlatformUnderTest;

  beforeAll(async () => {
    platform = await startPlatformUnderTest(() => ({}), { MATCHING_SNAPSHOT_DIR: snapshotDir });
  }, 180_000);
  /** The worker after the first test's restarts, for the tests after it. */
  let worker: RunningProcess | undefined;
  afterAll(async () => {
    await worker?.stop('SIGTERM');
    await platform.stop();
  });

  it('erases a researcher everywhere: tables, worker snapshot, logs; the firm keeps the introduction without their details', async () => {
    const { world, api, pipeline, mailbox } = platform;
    const { researcher, firm, coordinator } = world;
    // Digits without a repeat: the index folds doubled letters, and this must survive as is.
    const tag = Array.from({ length: 8 }, (_, i) => (i * 3 + randomInt(1, 3)) % 10).join('');
    const fullName = `Zofia Wierzbicka${tag}`;
    const phone = `+48 6${randomInt(10, 99)} ${randomInt(100, 999)} ${randomInt(100, 999)}`;
    await researcher.client.ok(ops.updateProfile, { input: { fullName } });

    // Their words everywhere a person leaves them: a capability, a message to the firm.
    const { id: matchId, capabilityId } = await proposedMatch(world);
    await researcher.client.ok(ops.updateCapability, {
      id: capabilityId,
      input: { team: `${fullName}, tel. ${phone}`, description: `Kierownik ${fullName}` },
    });
    await coordinator.client.ok(ops.approveMatch, { id: matchId });
    await firm.client.ok(ops.respondToMatch, { id: matchId, interested: true });
    await researcher.client.ok(ops.respondToMatch, {
      id: matchId,
      interested: true,
      message: `Proszę dzwonić: ${phone}`,
    });
    await pipeline.idle();
    await eventually(async () => mailbox.to(researcher.email).length > 0);
    const introduced = (await firm.client.ok(ops.match, { id: matchId })).match;
    expect(introduced.researcherContact).toMatchObject({
      person: fullName,
      email: researcher.email,
    });

    // The worker's snapshot holds the capability's words (as index keys) until the erasure.
    await platform.worker.stop('SIGTERM');
    expect(snapshotHolds(snapshotDir, tag)).toBe(true);
    const needles = [researcher.email, fullName, tag, phone];
    expect(Object.keys(await rowsHolding(api.dataSource, needles))).toEqual(
      expect.arrayContaining(['users', 'capabilities', 'match_events']),
    );

    // Refused, changing nothing: a wrong address; an archive being prepared.
    const wrong = await researcher.client.fails(ops.eraseMyAccount, {
      input: { email: firm.email },
    });
    expect(wrong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const [{ id: preparing }] = await api.dataSource.query(
      `INSERT INTO data_exports (user_id) VALUES ($1) RETURNING id`,
      [researcher.id],
    );
    const busy = await researcher.client.fails(ops.eraseMyAccount, {
      input: { email: researcher.email },
    });
    expect(busy.extensions?.code).toBe('CONFLICT');
    expect((await researcher.client.ok(ops.me)).me.fullName).toBe(fullName);
    await api.dataSource.query(`DELETE FROM data_exports WHERE id = $1`, [preparing]);

    const { eraseMyAccount } = await researcher.client.ok(ops.eraseMyAccount, {
      input: { email: ` ${researcher.email.toUpperCase()} ` },
    });
    expect(eraseMyAccount).toMatchObject({ userId: researcher.id, erasedBy: null });
    const removed = Object.fromEntries(
      eraseMyAccount.removed.map(({ kind, count }: { kind: string; count: number }) => [
        kind,
        count,
      ]),
    );
    const [{ own, closed }] = await api.dataSource.query(
      `SELECT count(*)::int AS own, count(*) FILTER (WHERE status = 'CLOSED')::int AS closed
       FROM capabilities WHERE author_id = $1`,
      [researcher.id],
    );
    expect(closed).toBe(own);
    expect(removed).toMatchObject({ sessions: 1, capabilities_anonymised: own, history_words: 1 });

    // Signed out everywhere, and no way back in.
    expect((await researcher.client.fails(ops.me)).extensions?.code).toBe('UNAUTHENTICATED');
    const signIn = await api.anonymous.fails(ops.signIn, {
      email: researcher.email,
      password: testPassword,
    });
    expect(signIn.extensions?.code).toBe('UNAUTHENTICATED');

    // The firm keeps the introduction: the organisation, not the person nor what they wrote.
    const after = (await firm.client.ok(ops.match, { id: matchId })).match;
    expect(after.status).toBe('INTRODUCED');
    expect(after.researcherContact).toEqual({
      organization: introduced.researcherContact.organization,
      person: null,
      email: null,
      message: null,
    });
    const history = (await coordinator.client.ok(ops.match, { id: matchId })).match.history;
    expect(history.filter((event: { actorId: string }) => event.actorId === researcher.id)).toEqual(
      [expect.objectContaining({ action: 'RESPONDED', actorErased: true, note: null })],
    );
    const [capability] = await api.dataSource.query(
      `SELECT status, title, team, description FROM capabilities WHERE id = $1`,
      [capabilityId],
    );
    expect(capability).toEqual({
      status: 'CLOSED',
      title: 'Offer withdrawn (data erased)',
      team: '',
      description: '',
    });

    // The worker drops the capability; its next snapshot has none of the person's words.
    const restarted = await startWorker({
      SMTP_URL: mailbox.url,
      MATCHING_SNAPSHOT_DIR: snapshotDir,
    });
    await pipeline.idle();
    await restarted.stop('SIGTERM');
    for (const needle of [tag, researcher.email, phone]) {
      expect({ needle, found: snapshotHolds(snapshotDir, needle) }).toEqual({
        needle,
        found: false,
      });
    }
    const logs = platform.worker.output() + restarted.output();
    for (const needle of needles) expect(logs).not.toContain(needle);

    expect(await rowsHolding(api.dataSource, needles)).toEqual({});
    worker = await startWorker({ SMTP_URL: mailbox.url });
    // The tombstone: no personal data, marked erased, still the author the history points at.
    const [tombstone] = await api.dataSource.query(
      `SELECT email, full_name, password_hash, erased_at IS NOT NULL AS erased FROM users WHERE id = $1`,
      [researcher.id],
    );
    expect(tombstone).toEqual({
      email: `erased-${researcher.id}@erased.invalid`,
      full_name: '',
      password_hash: null,
      erased: true,
    });
  });

  it('erases an organisation with its people and postings in one step, after a dry run that changes nothing', async () => {
    const { world, api } = platform;
    const lead = await signUp(api, 'RESEARCHER');
    const colleague = await signUp(api, 'RESEARCHER', { inviteCode: lead.inviteCode });
    await world.admin.ok(ops.addClusterMember, {
      clusterId: world.clusterId,
      organizationId: lead.organizationId,
    });
    const organizationName = (await lead.client.ok(ops.me)).me.organization.name as string;
    const introduced = await proposedMatch({ ...world, researcher: lead });
    await world.coordinator.client.ok(ops.approveMatch, { id: introduced.id });
    await world.firm.client.ok(ops.respondToMatch, { id: introduced.id, interested: true });
    await lead.client.ok(ops.respondToMatch, { id: introduced.id, interested: true });
    const { createCapability: unmatched } = await colleague.client.ok(ops.createCapability, {
      input: capabilityInput(),
    });
    await colleague.client.ok(ops.publishCapability, { id: unmatched.id });
    await platform.pipeline.idle();

    const people = [lead, colleague];
    const needles = [organizationName, ...people.map((person) => person.email)];
    const before = await rowsHolding(api.dataSource, needles);
    const { eraseOrganization: plan } = await world.admin.ok(ops.eraseOrganization, {
      id: lead.organizationId,
    });
    expect(plan).toMatchObject({ dryRun: true, erasedAt: null, name: organizationName });
    expect(plan.people.map((person: { id: string }) => person.id).sort()).toEqual(
      people.map((person) => person.id).sort(),
    );
    expect(plan.anonymisedPostings).toEqual([
      expect.objectContaining({ kind: 'CAPABILITY', id: introduced.capabilityId }),
    ]);
    expect(plan.deletedPostings).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: unmatched.id })]),
    );
    expect(plan.clusterMemberships).toBe(1);
    expect(await rowsHolding(api.dataSource, needles)).toEqual(before);

    for (const client of [world.coordinator.client, lead.client]) {
      const refused = await client.fails(ops.eraseOrganization, {
        id: lead.organizationId,
        dryRun: false,
      });
      expect(refused.extensions?.code).toBe('FORBIDDEN');
    }
    const unknown = await world.admin.fails(ops.eraseOrganization, { id: randomUUID() });
    expect(unknown.extensions?.code).toBe('NOT_FOUND');

    const { eraseOrganization: done } = await world.admin.ok(ops.eraseOrganization, {
      id: lead.organizationId,
      dryRun: false,
    });
    expect(done.erasedAt).not.toBeNull();
    expect(await rowsHolding(api.dataSource, needles)).toEqual({});
    for (const person of people) {
      expect((await person.client.fails(ops.me)).extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(
      await api.dataSource.query(
        `SELECT (SELECT count(*) FROM capabilities WHERE id = $1)::int AS deleted,
           (SELECT status FROM capabilities WHERE id = $2) AS kept,
           (SELECT count(*) FROM cluster_members WHERE organization_id = $3)::int AS memberships`,
        [unmatched.id, introduced.capabilityId, lead.organizationId],
      ),
    ).toEqual([{ deleted: 0, kept: 'CLOSED', memberships: 0 }]);
    // The firm's introduction stays, with neither the organisation's name nor its person.
    const { match } = await world.firm.client.ok(ops.match, { id: introduced.id });
    expect(match.researcherContact).toMatchObject({
      organization: 'Organizacja usunięta · Organisation erased',
      person: null,
      email: null,
    });
    const again = await world.admin.fails(ops.eraseOrganization, {
      id: lead.organizationId,
      dryRun: false,
    });
    expect(again.extensions?.code).toBe('CONFLICT');
    const rejoin = await api.anonymous.fails(ops.signUp, {
      input: signUpInput({ role: 'RESEARCHER', organization: null, inviteCode: lead.inviteCode }),
    });
    expect(rejoin.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.inviteCode' });
  });

  it('lets an admin erase a person on request once; refuses others, unknown ids and the last admin', async () => {
    const { world, api } = platform;
    const { firm, otherFirm, coordinator } = world;
    const publishedNeeds = async (organizationId: string) =>
      (
        await api.dataSource.query(
          `SELECT count(*)::int AS n FROM needs WHERE organization_id = $1 AND status = 'PUBLISHED'`,
          [organizationId],
        )
      )[0].n as number;
    // The firm goes on with a colleague; the other firm has only the person erased.
    await signUp(api, 'FIRM', { inviteCode: firm.inviteCode });
    for (const { client } of [firm, otherFirm]) {
      const { createNeed } = await client.ok(ops.createNeed, { input: needInput() });
      await client.ok(ops.publishNeed, { id: createNeed.id });
    }
    const firmNeeds = await publishedNeeds(firm.organizationId);

    for (const client of [firm.client, coordinator.client]) {
      const refused = await client.fails(ops.eraseUser, { id: otherFirm.id });
      expect(refused.extensions?.code).toBe('FORBIDDEN');
    }
    for (const id of [randomUUID(), 'not-an-id']) {
      expect((await world.admin.fails(ops.eraseUser, { id })).extensions?.code).toBe('NOT_FOUND');
    }

    for (const person of [firm, otherFirm, coordinator]) {
      const { eraseUser } = await world.admin.ok(ops.eraseUser, { id: person.id });
      expect(eraseUser).toMatchObject({ userId: person.id, erasedBy: expect.any(String) });
    }
    expect(await publishedNeeds(firm.organizationId)).toBe(firmNeeds);
    expect(await publishedNeeds(otherFirm.organizationId)).toBe(0);
    expect(
      await api.dataSource.query(
        `SELECT count(*)::int AS n FROM cluster_coordinators WHERE user_id = $1`,
        [coordinator.id],
      ),
    ).toEqual([{ n: 0 }]);

    const twice = await world.admin.fails(ops.eraseUser, { id: coordinator.id });
    expect(twice.extensions?.code).toBe('CONFLICT');
    expect(
      await api.dataSource.query(
        `SELECT count(*)::int AS n FROM account_erasures WHERE user_id = $1`,
        [coordinator.id],
      ),
    ).toEqual([{ n: 1 }]);

    // The only admin left cannot go: the platform would have no operator.
    const adminId = (await world.admin.ok(ops.me)).me.id;
    const others: { id: string }[] = await api.dataSource.query(
      `UPDATE users SET role = 'FIRM', organization_id = $2
       WHERE role = 'ADMIN' AND id <> $1 AND erased_at IS NULL RETURNING id`,
      [adminId, firm.organizationId],
    );
    try {
      const last = await world.admin.fails(ops.eraseUser, { id: adminId });
      expect(last.extensions?.code).toBe('CONFLICT');
    } finally {
      await api.dataSource.query(
        `UPDATE users SET role = 'ADMIN', organization_id = NULL WHERE id = ANY($1)`,
        [others.map((row) => row.id)],
      );
    }
  });
});
