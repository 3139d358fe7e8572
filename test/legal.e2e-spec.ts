import { NotificationEvent } from '@app/domain';
import {
  acceptedLegalDocuments,
  createAdmin,
  needInput,
  ops,
  shippedLegalVersions,
  signUp,
  signUpInput,
  startTestApi,
  type TestApi,
  type TestUser,
  uploadFile,
} from '@app/testing';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const texts = (api: TestApi) => api.dataSource;
const acceptancesOf = (api: TestApi, userId: string) =>
  texts(api).query(
    `SELECT document, version, language FROM legal_acceptances WHERE user_id = $1 ORDER BY document, version`,
    [userId],
  ) as Promise<{ document: string; version: string; language: string }[]>;

describe('terms and privacy notice: accepted at sign-up and again when they change', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('serves the texts in force, one version across languages, before anyone signs in', async () => {
    const [pl, en] = await Promise.all(
      ['pl', 'en'].map(
        async (language) => (await api.anonymous.ok(ops.legalTexts, { language })).legalTexts,
      ),
    );
    expect(pl.map((text: { document: string }) => text.document)).toEqual(['TERMS', 'PRIVACY']);
    expect(pl.map((text: { version: string }) => text.version)).toEqual(
      en.map((text: { version: string }) => text.version),
    );
    expect(pl[1].body).toContain('Prezesa Urzędu Ochrony Danych Osobowych');
    expect(en[1].body).toContain('Privacy notice');
  });

  it('records each acceptance at sign-up with its version, language and time', async () => {
    const input = signUpInput({ language: 'en', emailNotifications: true });
    await api.anonymous.ok(ops.signUp, { input });
    const [user] = await texts(api).query(`SELECT id FROM users WHERE email = $1`, [input.email]);
    // The box for e-mail about events, ticked: each kind opted in, at the time of sign-up.
    expect(
      await texts(api).query(
        `SELECT count(*)::int AS consents FROM notification_preferences
         WHERE user_id = $1 AND frequency <> 'OFF' AND consented_at > now() - interval '1 minute'`,
        [user.id],
      ),
    ).toEqual([{ consents: Object.values(NotificationEvent).length }]);
    expect(await acceptancesOf(api, user.id)).toEqual([
      { document: 'PRIVACY', version: shippedLegalVersions.PRIVACY, language: 'en' },
      { document: 'TERMS', version: shippedLegalVersions.TERMS, language: 'en' },
    ]);
  });

  it.each([
    ['without accepting', [], 'legal-acceptance-required'],
    [
      'accepting the privacy notice only',
      acceptedLegalDocuments.filter((accepted) => accepted.document === 'PRIVACY'),
      'legal-acceptance-required',
    ],
    [
      'accepting an older version',
      acceptedLegalDocuments.map((accepted) => ({ ...accepted, version: '2020-01-01' })),
      'legal-version-outdated',
    ],
  ])(
    'refuses a sign-up %s, for a new address and a taken one alike',
    async (_case, accepted, rule) => {
      const taken = await signUp(api, 'FIRM');
      for (const email of [`fresh-${Date.now()}@test.example`, taken.email]) {
        const before = await texts(api).query(`SELECT count(*)::int AS users FROM users`);
        const error = await api.anonymous.fails(ops.signUp, {
          input: signUpInput({ email, acceptedLegalDocuments: accepted }),
        });
        expect(error.extensions?.code).toBe('BAD_USER_INPUT');
        expect(error.extensions?.fieldErrors).toEqual([
          expect.objectContaining({ field: 'input.acceptedLegalDocuments', rule }),
        ]);
        expect(await texts(api).query(`SELECT count(*)::int AS users FROM users`)).toEqual(before);
      }
    },
  );

  describe('someone who has not accepted the texts in force', () => {
    let user: TestUser;
    beforeEach(async () => {
      user = await signUp(api, 'FIRM');
      // As an invited person, an account from before the texts, or one after they changed.
      await texts(api).query(`DELETE FROM legal_acceptances WHERE user_id = $1`, [user.id]);
    });

    it('reads, but changes nothing until accepting: then the same change goes through', async () => {
      expect((await user.client.ok(ops.legalDocumentsToAccept)).me.legalDocumentsToAccept).toEqual([
        'TERMS',
        'PRIVACY',
      ]);
      expect((await user.client.ok(ops.needs, { first: 5 })).needs).toBeDefined();
      const refused = await user.client.fails(ops.createNeed, { input: needInput() });
      expect(refused.extensions?.code).toBe('FORBIDDEN');
      expect(refused.message).toMatch(/terms and the privacy notice/);
      const upload = await uploadFile(user.client, 'members.csv', 'name\nA\n');
      expect([upload.status, upload.body.errors?.[0]?.extensions.code]).toEqual([403, 'FORBIDDEN']);
      expect(
        await texts(api).query(`SELECT count(*)::int AS n FROM needs WHERE organization_id = $1`, [
          user.organizationId,
        ]),
      ).toEqual([{ n: 0 }]);
      // Reading the texts in another language and signing out stay possible.
      await user.client.ok(ops.updateProfile, { input: { language: 'en' } });

      const outdated = await user.client.fails(ops.acceptLegalDocuments, {
        input: {
          language: 'en',
          documents: acceptedLegalDocuments.map((accepted) => ({ ...accepted, version: 'old' })),
        },
      });
      expect(outdated.extensions?.fieldErrors).toEqual([
        expect.objectContaining({ field: 'input.documents', rule: 'legal-version-outdated' }),
      ]);
      expect(await acceptancesOf(api, user.id)).toEqual([]);

      const { acceptLegalDocuments } = await user.client.ok(ops.acceptLegalDocuments, {
        input: { language: 'en', documents: acceptedLegalDocuments },
      });
      expect(acceptLegalDocuments.legalDocumentsToAccept).toEqual([]);
      expect(await acceptancesOf(api, user.id)).toEqual([
        expect.objectContaining({ document: 'PRIVACY', language: 'en' }),
        expect.objectContaining({ document: 'TERMS', language: 'en' }),
      ]);
      await user.client.ok(ops.createNeed, { input: needInput() });
      expect(await user.client.ok(ops.signOut)).toEqual({ signOut: true });
    });

    it('is the only one who sees what they have to accept', async () => {
      const admin = await createAdmin(api.dataSource, api.anonymous);
      expect((await admin.ok(ops.legalDocumentsToAccept)).me.legalDocumentsToAccept).toEqual([]);
      const refused = await admin.fails(`query { users { id legalDocumentsToAccept } }`);
      expect(refused.extensions?.code).toBe('FORBIDDEN');
    });
  });

  it("asks everyone again when the operator's texts change, for the changed text only", async () => {
    const user = await signUp(api, 'RESEARCHER');
    const folder = mkdtempSync(join(tmpdir(), 'legal-texts-'));
    for (const [document, language] of [
      ['terms', 'pl'],
      ['terms', 'en'],
      ['privacy', 'pl'],
      ['privacy', 'en'],
    ] as const) {
      const shipped = (await api.anonymous.ok(ops.legalTexts, { language })).legalTexts.find(
        (text: { document: string }) => text.document === document.toUpperCase(),
      );
      const version = document === 'terms' ? '2027-01-01' : shipped.version;
      writeFileSync(
        join(folder, `${document}.${language}.md`),
        `version: ${version}\n\n${shipped.body}\n`,
      );
    }
    const changed = await startTestApi({ LEGAL_TEXTS_DIR: folder });
    try {
      const client = changed.anonymous.as(user.accessToken);
      expect((await client.ok(ops.legalDocumentsToAccept)).me.legalDocumentsToAccept).toEqual([
        'TERMS',
      ]);
      expect((await client.fails(ops.createNeed, { input: needInput() })).extensions?.code).toBe(
        'FORBIDDEN',
      );
      await client.ok(ops.acceptLegalDocuments, {
        input: {
          language: 'pl',
          documents: [
            { document: 'TERMS', version: '2027-01-01' },
            { document: 'PRIVACY', version: shippedLegalVersions.PRIVACY },
          ],
        },
      });
      expect((await client.ok(ops.legalDocumentsToAccept)).me.legalDocumentsToAccept).toEqual([]);
      expect(
        (await acceptancesOf(api, user.id)).map(
          ({ document, version }) => `${document} ${version}`,
        ),
      ).toEqual([
        `PRIVACY ${shippedLegalVersions.PRIVACY}`,
        `TERMS ${shippedLegalVersions.TERMS}`,
        'TERMS 2027-01-01',
      ]);
    } finally {
      await changed.close();
    }
  });
});
