import {
  databaseFingerprint,
  eventually,
  ops,
  type PlatformUnderTest,
  startPlatformUnderTest,
  testPassword,
  uploadedId,
  uploadFile,
} from '@app/testing';
import { Workbook } from 'exceljs';
import { encode } from 'iconv-lite';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A member list as a Polish office saves it from Excel: Windows-1250, semicolons, CRLF. */
function polishSheet(series: string): Buffer {
  return encode(
    [
      'Nazwa organizacji;Rodzaj;Wielkość;NIP;Miejscowość;Województwo;E-mail;Imię i nazwisko;Rola;Język',
      `Zakład Ślusarski ${series};firma;mała;5260181596;Świdnik;lubelskie;z.slusarz-${series}@import.example;Zenon Ślusarz;;`,
      `Zakład Ślusarski ${series};firma;;5260181596;Świdnik;lubelskie;k.kowal-${series}@import.example;Kinga Kowal;;`,
      `Instytut Obróbki ${series};instytut;;;Radom;mazowieckie;a.reader-${series}@import.example;Alice Reader;naukowiec;angielski`,
      // A formula cell as Excel writes it: quoted, its quotes doubled.
      `"=HYPERLINK(""http://evil.example"";""Kliknij"") ${series}";firma;;;Lublin;lubelskie;;;;`,
      ';;;;;;;;;',
    ].join('\r\n') + '\r\n',
    'win1250',
  );
}

describe('member import', () => {
  let platform: PlatformUnderTest;
  const coordinator = () => platform.world.coordinator.client;
  const clusterId = () => platform.world.clusterId;
  const fingerprint = () => databaseFingerprint(platform.api.dataSource);

  beforeAll(async () => {
    platform = await startPlatformUnderTest();
  }, 180_000);
  afterAll(() => platform.stop());

  /** The token of the newest invitation link e-mailed to the address, once `count` have come. */
  async function invitationToken(address: string, count = 1): Promise<string> {
    const links = await eventually(async () => {
      const found = platform.mailbox
        .to(address)
        .map((mail) => /\/accept-invitation\?token=([\w-]+)/.exec(mail.text ?? '')?.[1])
        .filter((token): token is string => Boolean(token));
      return found.length >= count && found;
    });
    return links.at(-1)!;
  }

  it('dry-runs a Polish CSV without changing anything, imports it, invites, and a second run changes nothing', async () => {
    const series = randomUUID().slice(0, 8);
    const uploadId = await uploadedId(coordinator(), 'członkowie.csv', polishSheet(series));
    const before = await fingerprint();
    const { memberImportPlan: plan } = await coordinator().ok(ops.memberImportPlan, {
      clusterId: clusterId(),
      uploadId,
    });
    expect(await fingerprint()).toEqual(before);
    expect(plan).toMatchObject({
      fileName: 'członkowie.csv',
      rowCount: 4,
      problems: [],
      organizationsToCreate: 3,
      organizationsToUpdate: 0,
      organizationsToJoin: 3,
      peopleToInvite: 3,
    });
    expect(plan.rows.map((row: { organizationAction: string }) => row.organizationAction)).toEqual([
      'CREATE',
      'CREATE',
      'CREATE',
      'CREATE',
    ]);

    const { importMembers } = await coordinator().ok(ops.importMembers, {
      clusterId: clusterId(),
      uploadId,
    });
    expect(importMembers).toEqual({
      organizationsCreated: 3,
      organizationsUpdated: 0,
      organizationsJoined: 3,
      peopleInvited: 3,
    });
    const organizations = await platform.api.dataSource.query(
      `SELECT o.name, o.kind, o.size, o.nip, o.city, o.region, cm.cluster_id IS NOT NULL AS member
       FROM organizations o LEFT JOIN cluster_members cm
         ON cm.organization_id = o.id AND cm.cluster_id = $2
       WHERE o.name LIKE '%' || $1 ORDER BY o.name`,
      [series, clusterId()],
    );
    expect(organizations).toEqual([
      {
        // A formula is a name like any other: stored as typed, never evaluated.
        name: `=HYPERLINK("http://evil.example";"Kliknij") ${series}`,
        kind: 'COMPANY',
        size: null,
        nip: null,
        city: 'Lublin',
        region: 'lubelskie',
        member: true,
      },
      {
        name: `Instytut Obróbki ${series}`,
        kind: 'RESEARCH_INSTITUTE',
        size: null,
        nip: null,
        city: 'Radom',
        region: 'mazowieckie',
        member: true,
      },
      {
        name: `Zakład Ślusarski ${series}`,
        kind: 'COMPANY',
        size: 'SME_11_49',
        nip: '5260181596',
        city: 'Świdnik',
        region: 'lubelskie',
        member: true,
      },
    ]);

    // Each person is e-mailed in their language; until they set a password, they cannot sign in.
    const researcher = `a.reader-${series}@import.example`;
    const token = await invitationToken(researcher);
    const [mail] = platform.mailbox.to(researcher);
    expect(mail!.subject).toBe('An invitation to the science–business matchmaking platform');
    expect(mail!.text).toContain(`a member of Instytut Obróbki ${series}`);
    expect(mail!.text).toContain('works for 7 days, once');
    await invitationToken(`z.slusarz-${series}@import.example`);
    expect(platform.mailbox.to(`z.slusarz-${series}@import.example`)[0]!.subject).toBe(
      'Zaproszenie na platformę współpracy nauki i biznesu',
    );
    const { invitations } = await coordinator().ok(ops.invitations, { clusterId: clusterId() });
    const ours = invitations.filter((i: { email: string }) => i.email.includes(series));
    expect(ours.map((i: { email: string; role: string }) => [i.email, i.role])).toEqual([
      [researcher, 'RESEARCHER'],
      [`k.kowal-${series}@import.example`, 'FIRM'],
      [`z.slusarz-${series}@import.example`, 'FIRM'],
    ]);
    expect(
      (
        await platform.api.anonymous.fails(ops.signIn, {
          email: researcher,
          password: testPassword,
        })
      ).extensions?.code,
    ).toBe('UNAUTHENTICATED');

    const { resetPassword } = await platform.api.anonymous.ok(ops.resetPassword, {
      token,
      password: testPassword,
    });
    expect(resetPassword.user).toMatchObject({ email: researcher, role: 'RESEARCHER' });
    await platform.api.anonymous.ok(ops.signIn, { email: researcher, password: testPassword });
    const { invitations: left } = await coordinator().ok(ops.invitations, {
      clusterId: clusterId(),
    });
    expect(left.map((i: { email: string }) => i.email)).not.toContain(researcher);

    // The same file again: nothing to do, and nothing done.
    const again = await uploadedId(coordinator(), 'członkowie.csv', polishSheet(series));
    const { memberImportPlan: replanned } = await coordinator().ok(ops.memberImportPlan, {
      clusterId: clusterId(),
      uploadId: again,
    });
    expect(replanned).toMatchObject({
      organizationsToCreate: 0,
      organizationsToUpdate: 0,
      organizationsToJoin: 0,
      peopleToInvite: 0,
    });
    expect(
      replanned.rows.every(
        (row: { organizationAction: string; joinsCluster: boolean }) =>
          row.organizationAction === 'UNCHANGED' && !row.joinsCluster,
      ),
    ).toBe(true);
    const settled = await fingerprint();
    const { importMembers: second } = await coordinator().ok(ops.importMembers, {
      clusterId: clusterId(),
      uploadId: again,
    });
    expect(second).toEqual({
      organizationsCreated: 0,
      organizationsUpdated: 0,
      organizationsJoined: 0,
      peopleInvited: 0,
    });
    expect(await fingerprint()).toEqual(settled);
  });

  it('updates an organisation found by its NIP, makes it a member, and knows its users', async () => {
    const { firm, coordinator: owner } = platform.world;
    const nip = '1860913901';
    await platform.api.dataSource.query(`UPDATE organizations SET nip = $2 WHERE id = $1`, [
      firm.organizationId,
      nip,
    ]);
    const workbook = new Workbook();
    workbook.addWorksheet('Członkowie').addRows([
      ['Organization', 'Kind', 'Size', 'Tax ID', 'City', 'Region', 'Website', 'E-mail', 'Name'],
      [
        'Renamed Firm',
        'company',
        'large',
        `PL ${nip}`,
        'Świdnik',
        'lubelskie',
        'firm.example',
        firm.email,
        'Known Person',
      ],
    ]);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    const uploadId = await uploadedId(owner.client, 'members.xlsx', xlsx);
    const { memberImportPlan: plan } = await owner.client.ok(ops.memberImportPlan, {
      clusterId: clusterId(),
      uploadId,
    });
    expect(plan.rows).toEqual([
      {
        row: 2,
        organizationName: 'Renamed Firm',
        city: 'Świdnik',
        organizationAction: 'UPDATE',
        changes: ['organization', 'size', 'website'],
        joinsCluster: false,
        email: firm.email,
        personAction: 'ALREADY_A_USER',
      },
    ]);
    await owner.client.ok(ops.importMembers, { clusterId: clusterId(), uploadId });
    const [stored] = await platform.api.dataSource.query(
      `SELECT name, size, website FROM organizations WHERE id = $1`,
      [firm.organizationId],
    );
    expect(stored).toEqual({ name: 'Renamed Firm', size: 'LARGE', website: 'firm.example' });
  });

  it('refuses a file with any problem as a whole, and says where each is', async () => {
    const series = randomUUID().slice(0, 8);
    const sheet = [
      'Organizacja;Rodzaj;Miasto;NIP;E-mail;Osoba',
      `Dobra Firma ${series};firma;Lublin;6281948218;d.dobra-${series}@import.example;Dorota Dobra`,
      `Zły NIP ${series};firma;Lublin;6281948219;;`,
      `Druga Firma ${series};firma;Lublin;6281948218;;`,
    ].join('\n');
    const uploadId = await uploadedId(coordinator(), 'błędy.csv', sheet);
    const { memberImportPlan: plan } = await coordinator().ok(ops.memberImportPlan, {
      clusterId: clusterId(),
      uploadId,
    });
    expect(plan.problems).toEqual([
      { row: 3, column: 'nip', code: 'INVALID_NIP' },
      { row: 4, column: 'nip', code: 'DUPLICATE_IN_FILE' },
    ]);
    const before = await fingerprint();
    const refused = await coordinator().fails(ops.importMembers, {
      clusterId: clusterId(),
      uploadId,
    });
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'uploadId' });
    expect(await fingerprint()).toEqual(before);
    expect(platform.mailbox.to(`d.dobra-${series}@import.example`)).toEqual([]);
  });

  it('refuses what is not a spreadsheet, too large, or not the caller’s, with a stable code', async () => {
    const { world } = platform;
    const codeOf = async (
      answer: Promise<{ status: number; body: { errors?: { extensions: { code: string } }[] } }>,
    ) => {
      const { status, body } = await answer;
      return [status, body.errors?.[0]?.extensions.code];
    };
    const unsent = await fingerprint();
    expect(await codeOf(uploadFile(platform.api.anonymous, 'a.csv', 'x'))).toEqual([
      401,
      'UNAUTHENTICATED',
    ]);
    expect(await codeOf(uploadFile(world.firm.client, 'a.csv', 'x'))).toEqual([403, 'FORBIDDEN']);
    expect(await codeOf(uploadFile(coordinator(), 'a.csv', ''))).toEqual([400, 'BAD_USER_INPUT']);
    // A form is not a file (a JSON file is: OpenAlex pages and ORCID records are uploaded so).
    expect(
      await codeOf(
        uploadFile(coordinator(), 'a.csv', 'rows=1', 'application/x-www-form-urlencoded'),
      ),
    ).toEqual([400, 'BAD_USER_INPUT']);
    expect(
      await codeOf(uploadFile(coordinator(), 'big.csv', Buffer.alloc(10 * 1024 * 1024 + 1, 'a'))),
    ).toEqual([413, 'PAYLOAD_TOO_LARGE']);

    expect(await fingerprint()).toEqual(unsent);

    const refusal = async (uploadId: string, client = coordinator(), cluster = clusterId()) =>
      (await client.fails(ops.memberImportPlan, { clusterId: cluster, uploadId })).extensions;
    const pdf = await uploadedId(
      coordinator(),
      'members.csv',
      Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2])]),
    );
    expect(await refusal(pdf)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'uploadId', rule: 'UNSUPPORTED_TYPE' }],
    });
    const brokenXlsx = await uploadedId(
      coordinator(),
      'members.xlsx',
      Buffer.from([0x50, 0x4b, 3, 4, 9, 9]),
    );
    expect(await refusal(brokenXlsx)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'uploadId', rule: 'MALFORMED_FILE' }],
    });
    const fine = await uploadedId(coordinator(), 'members.csv', 'Organizacja;Rodzaj;Miasto\n');
    const before = await fingerprint();
    // Another coordinator cannot read it, nor import into a cluster they do not coordinate.
    expect(await refusal(fine, world.otherCoordinator.client, world.otherClusterId)).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await refusal(fine, coordinator(), world.otherClusterId)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await fingerprint()).toEqual(before);
  });

  it('resends an invitation: the new link works, the old one no longer does', async () => {
    const series = randomUUID().slice(0, 8);
    const email = `r.resend-${series}@import.example`;
    const uploadId = await uploadedId(
      coordinator(),
      'one.csv',
      `Organizacja;Rodzaj;Miasto;E-mail;Osoba\nFirma ${series};firma;Lublin;${email};Renata Resend\n`,
    );
    await coordinator().ok(ops.importMembers, { clusterId: clusterId(), uploadId });
    const first = await invitationToken(email);
    const [{ id: userId }] = await platform.api.dataSource.query(
      `SELECT id FROM users WHERE email = $1`,
      [email],
    );
    expect(
      (await platform.world.otherCoordinator.client.fails(ops.resendInvitation, { userId }))
        .extensions?.code,
    ).toBe('NOT_FOUND');
    await coordinator().ok(ops.resendInvitation, { userId });
    const second = await invitationToken(email, 2);
    expect(second).not.toBe(first);
    expect(
      (
        await platform.api.anonymous.fails(ops.resetPassword, {
          token: first,
          password: testPassword,
        })
      ).extensions?.code,
    ).toBe('BAD_USER_INPUT');
    await platform.api.anonymous.ok(ops.resetPassword, { token: second, password: testPassword });
    expect((await coordinator().fails(ops.resendInvitation, { userId })).extensions?.code).toBe(
      'CONFLICT',
    );
  });

  it('runs as an operator’s command on a file on the server: dry run, refusal, import', async () => {
    const series = randomUUID().slice(0, 8);
    const folder = mkdtempSync(join(tmpdir(), 'members-'));
    const fileOf = (name: string, rows: string[]) => {
      const path = join(folder, name);
      writeFileSync(
        path,
        encode(['Organizacja;Rodzaj;Miasto;NIP', ...rows].join('\r\n'), 'win1250'),
      );
      return path;
    };
    const good = fileOf('członkowie.csv', [`Kuźnia ${series};firma;Starachowice;9378657972`]);
    const bad = fileOf('błędy.csv', [`Kuźnia Zła ${series};firma;Starachowice;9378657973`]);
    const [{ name: cluster }] = await platform.api.dataSource.query(
      'SELECT name FROM clusters WHERE id = $1',
      [clusterId()],
    );
    const command = (...args: string[]) => {
      const run = spawnSync(
        process.execPath,
        ['dist/apps/migrator/main.js', 'import-members', '--cluster', cluster, ...args],
        { encoding: 'utf8', env: process.env },
      );
      return { status: run.status, lines: run.stdout.trim().split('\n') };
    };
    const stored = () =>
      platform.api.dataSource.query(
        `SELECT o.name, cm.cluster_id AS cluster FROM organizations o
         LEFT JOIN cluster_members cm ON cm.organization_id = o.id WHERE o.name LIKE $1`,
        [`%${series}`],
      );

    const before = await fingerprint();
    expect(command('--file', bad)).toEqual({
      status: 1,
      lines: [
        'row 2, nip: INVALID_NIP',
        JSON.stringify({
          cluster,
          rows: 1,
          organizationsToCreate: 0,
          organizationsToUpdate: 0,
          organizationsToJoin: 0,
          peopleToInvite: 0,
          postingsToCreate: 0,
        }),
        '1 problem: nothing imported',
      ],
    });
    const dryRun = command('--file', good, '--dry-run');
    expect(dryRun.status).toBe(0);
    expect(JSON.parse(dryRun.lines[0]!)).toMatchObject({ organizationsToCreate: 1 });
    expect(await fingerprint()).toEqual(before);

    const imported = command('--file', good);
    expect(imported.status).toBe(0);
    expect(JSON.parse(imported.lines[1]!)).toEqual({
      organizationsCreated: 1,
      organizationsUpdated: 0,
      organizationsJoined: 1,
      peopleInvited: 0,
      postingsCreated: 0,
    });
    expect(await stored()).toEqual([{ name: `Kuźnia ${series}`, cluster: clusterId() }]);
    expect(command('--file', good).status).toBe(0);
    expect(await stored()).toHaveLength(1);
  });

  it('adds the draft needs and offers a file lists, as drafts of the rows’ people, once', async () => {
    const series = randomUUID().slice(0, 8);
    const plan = `query($clusterId: ID!, $uploadId: ID!) { memberImportPlan(clusterId: $clusterId, uploadId: $uploadId) {
      postingsToCreate problems { row column code } rows { row postingAction postingTitle } } }`;
    const run = `mutation($clusterId: ID!, $uploadId: ID!) { importMembers(clusterId: $clusterId, uploadId: $uploadId) { postingsCreated } }`;
    const header =
      'Organizacja;Rodzaj;Miejscowość;E-mail;Imię i nazwisko;Tytuł potrzeby lub oferty;Opis potrzeby lub oferty';
    const firmPerson = `p.odlewnik-${series}@import.example`;
    const researcher = `r.badacz-${series}@import.example`;
    const rows = [
      `Odlewnia ${series};firma;Radom;${firmPerson};Piotr Odlewnik;Porowatość odlewów aluminiowych ${series};Szukamy metody ograniczenia porowatości odlewów ciśnieniowych.`,
      `Instytut Odlewnictwa ${series};instytut;Lublin;${researcher};Rita Badacz;Tomografia komputerowa odlewów ${series};`,
    ];
    const withoutAuthor = `Kuźnia ${series};firma;Lublin;;;Hartowanie indukcyjne ${series};`;
    const variables = async (lines: string[]) => ({
      clusterId: clusterId(),
      uploadId: await uploadedId(coordinator(), 'członkowie.csv', [header, ...lines].join('\r\n')),
    });

    const refused = await coordinator().ok(plan, await variables([...rows, withoutAuthor]));
    expect(refused.memberImportPlan.problems).toEqual([
      { row: 4, column: 'postingTitle', code: 'POSTING_WITHOUT_AUTHOR' },
    ]);

    const good = await variables(rows);
    const before = await fingerprint();
    const planned = (await coordinator().ok(plan, good)).memberImportPlan;
    expect(await fingerprint()).toEqual(before);
    expect(planned.postingsToCreate).toBe(2);
    expect(planned.rows).toEqual([
      {
        row: 2,
        postingAction: 'CREATE_NEED',
        postingTitle: `Porowatość odlewów aluminiowych ${series}`,
      },
      {
        row: 3,
        postingAction: 'CREATE_CAPABILITY',
        postingTitle: `Tomografia komputerowa odlewów ${series}`,
      },
    ]);
    expect((await coordinator().ok(run, good)).importMembers.postingsCreated).toBe(2);
    const drafts = await platform.api.dataSource.query(
      `SELECT 'need' AS kind, n.status, n.summary, n.visibility, u.email, n.organization_id = u.organization_id AS own
         FROM needs n JOIN users u ON u.id = n.author_id WHERE n.title LIKE $1
       UNION ALL
       SELECT 'capability', c.status, c.summary, c.visibility, u.email, c.organization_id = u.organization_id
         FROM capabilities c JOIN users u ON u.id = c.author_id WHERE c.title LIKE $1
       ORDER BY 1`,
      [`%${series}`],
    );
    expect(drafts).toEqual([
      {
        kind: 'capability',
        status: 'DRAFT',
        summary: `Tomografia komputerowa odlewów ${series}`,
        visibility: 'CLUSTER',
        email: researcher,
        own: true,
      },
      {
        kind: 'need',
        status: 'DRAFT',
        summary: 'Szukamy metody ograniczenia porowatości odlewów ciśnieniowych.',
        visibility: 'CLUSTER',
        email: firmPerson,
        own: true,
      },
    ]);
    // The same file again: the people have these postings already.
    const again = await variables(rows);
    expect(
      (await coordinator().ok(plan, again)).memberImportPlan.rows.map(
        (row: any) => row.postingAction,
      ),
    ).toEqual(['UNCHANGED', 'UNCHANGED']);
    expect((await coordinator().ok(run, again)).importMembers.postingsCreated).toBe(0);
  });
});
