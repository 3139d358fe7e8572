import {
  databaseFingerprint,
  freshOrcidId,
  ops,
  signInAtOrcid,
  signUp,
  startOpenAlex,
  startOrcidProvider,
  startTestApi,
  type TestApi,
  type TestUser,
  uploadedId,
} from '@app/testing';
import { readFileSync } from 'node:fs';

const importCapability = `mutation($input: ImportCapabilityInput!) { importCapability(input: $input) {
  capability { id status title summary description expertiseKeywords publications trl language
    sources { importedAt orcidId fields { field value edited sources { kind ids } }
      organization { name ror sources { kind ids } } } }
  changes { field before after applied } } }`;
const sourcesOf = `query($id: ID!) { capability(id: $id) { id sources { importedAt } } }`;
const orcidId = freshOrcidId();
/** The record fixture, made the researcher's. */
const recordFixture = readFileSync(
  'libs/imports/src/orcid/fixtures/record.json',
  'utf8',
).replaceAll('0000-0002-1825-0097', orcidId);

describe('a capability drafted from ORCID and OpenAlex', () => {
  let orcid: Awaited<ReturnType<typeof startOrcidProvider>>;
  let openAlex: Awaited<ReturnType<typeof startOpenAlex>>;
  let api: TestApi;
  let researcher: TestUser;

  beforeAll(async () => {
    orcid = await startOrcidProvider('http://localhost:3000/orcid/callback');
    openAlex = await startOpenAlex();
    api = await startTestApi({ ...orcid.env, OPENALEX_URL: openAlex.url });
    researcher = await signUp(api, 'RESEARCHER');
    const address = (await researcher.client.ok(`mutation { startOrcidLink }`)).startOrcidLink;
    const query = await signInAtOrcid(address, orcidId);
    await researcher.client.ok(
      `mutation($query: String!) { completeOrcidLink(callbackQuery: $query) { orcidId } }`,
      { query },
    );
  });
  afterAll(async () => {
    await api?.close();
    await openAlex?.close();
    await orcid?.stop();
  });

  it('drafts from the verified iD, every field with its sources, and publishes nothing', async () => {
    const { importCapability: result } = await researcher.client.ok(importCapability, {
      input: {},
    });
    const { capability } = result;
    expect(result.changes).toEqual([]);
    expect(capability.status).toBe('DRAFT');
    expect(capability.language).toBe('en');
    expect(capability.title.length).toBeGreaterThan(10);
    expect(capability.expertiseKeywords.slice(0, 2)).toEqual([
      'laser welding',
      'fatigue of welded joints',
    ]);
    expect(capability.sources.orcidId).toBe(orcidId);
    const kinds = Object.fromEntries(
      capability.sources.fields.map((field: any) => [
        field.field,
        field.sources.map((source: any) => source.kind),
      ]),
    );
    expect(kinds).toMatchObject({
      title: ['WORK_TITLE'],
      summary: ['WORK_ABSTRACTS'],
      expertiseKeywords: ['ORCID_KEYWORDS', 'WORK_TOPICS_AND_KEYWORDS'],
    });
    expect(capability.sources.fields.every((field: any) => !field.edited)).toBe(true);
    expect(capability.sources.organization.sources).toEqual([
      { kind: 'ORCID_EMPLOYMENT', ids: [orcidId] },
    ]);
    expect(openAlex.state.filters).toContain(`authorships.author.orcid:${orcidId}`);
    const [{ count }] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM outbox_events WHERE payload::text LIKE $1`,
      [`%${capability.id}%`],
    );
    expect(count).toBe(0);
  });

  it('imports again into the fields not edited since, and says what changed and what it kept', async () => {
    const { importCapability: first } = await researcher.client.ok(importCapability, {
      input: {},
    });
    const id = first.capability.id;
    await researcher.client.ok(ops.updateCapability, {
      id,
      input: { summary: 'Our own words about the laboratory and what it offers to firms.' },
    });
    // A newer work arrives in OpenAlex.
    const newest = {
      ...openAlex.state.works[0],
      id: 'https://openalex.org/W9000000099',
      doi: 'https://doi.org/10.5555/example.2026.9',
      publication_year: 2026,
    };
    openAlex.state.works = [newest, ...openAlex.state.works];
    const { importCapability: again } = await researcher.client.ok(importCapability, {
      input: { capabilityId: id },
    });
    const byField = Object.fromEntries(again.changes.map((change: any) => [change.field, change]));
    expect(byField.publications).toMatchObject({ applied: true });
    expect(byField.publications.after[0]).toBe('10.5555/example.2026.9');
    expect(again.capability.publications[0]).toBe('10.5555/example.2026.9');
    if (byField.summary) expect(byField.summary.applied).toBe(false);
    expect(again.capability.summary).toBe(
      'Our own words about the laboratory and what it offers to firms.',
    );
    const summary = again.capability.sources.fields.find((field: any) => field.field === 'summary');
    expect(summary.edited).toBe(true);
    // The same sources again: nothing to change.
    const { importCapability: third } = await researcher.client.ok(importCapability, {
      input: { capabilityId: id },
    });
    expect(third.changes.filter((change: any) => change.applied)).toEqual([]);
  });

  it('reads uploaded files of the same formats, and refuses the wrong ones with a code, changing nothing', async () => {
    // The works as the researcher downloaded them: their author carries the researcher's iD.
    const works = JSON.stringify({ meta: { count: 4 }, results: openAlex.state.works }).replaceAll(
      '0000-0002-1825-0097',
      orcidId,
    );
    const fromFiles = await researcher.client.ok(importCapability, {
      input: {
        // Sent as JSON, as a browser sends a .json file: the route takes its bytes all the same.
        openAlexUploadId: await uploadedId(
          researcher.client,
          'works.json',
          works,
          'application/json',
        ),
        orcidRecordUploadId: await uploadedId(
          researcher.client,
          'record.json',
          recordFixture,
          'application/json',
        ),
      },
    });
    expect(fromFiles.importCapability.capability.status).toBe('DRAFT');

    const cases: [Record<string, string>, string, string][] = [
      [
        {
          orcidRecordUploadId: await uploadedId(
            researcher.client,
            'record.json',
            recordFixture.replaceAll(orcidId, freshOrcidId()),
          ),
        },
        'input.orcidRecordUploadId',
        'OTHER_ORCID_ID',
      ],
      [
        { openAlexUploadId: await uploadedId(researcher.client, 'w.json', '{"results": [1]}') },
        'input.openAlexUploadId',
        'NOT_OPENALEX',
      ],
      [
        { openAlexUploadId: await uploadedId(researcher.client, 'w.json', 'title;doi\n') },
        'input.openAlexUploadId',
        'MALFORMED_FILE',
      ],
    ];
    const afterUploads = await databaseFingerprint(api.dataSource);
    for (const [input, field, rule] of cases) {
      const error = await researcher.client.fails(importCapability, { input });
      expect(error.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fieldErrors: [{ field, rule }],
      });
    }
    expect(await databaseFingerprint(api.dataSource)).toEqual(afterUploads);
  });

  it('needs a verified iD, and keeps others out of a draft and of its sources', async () => {
    const unlinked = await signUp(api, 'RESEARCHER');
    expect((await unlinked.client.fails(importCapability, { input: {} })).extensions).toMatchObject(
      { code: 'BAD_USER_INPUT', fieldErrors: [{ rule: 'orcid-not-linked' }] },
    );
    const { importCapability: mine } = await researcher.client.ok(importCapability, { input: {} });
    const id = mine.capability.id;
    const intruder = await signUp(api, 'RESEARCHER');
    await api.dataSource.query(`UPDATE users SET orcid_id = $2 WHERE id = $1`, [
      intruder.id,
      freshOrcidId(),
    ]);
    expect(
      (await intruder.client.fails(importCapability, { input: { capabilityId: id } })).extensions
        ?.code,
    ).toBe('NOT_FOUND');
    const firm = await signUp(api, 'FIRM');
    expect((await firm.client.fails(importCapability, { input: {} })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    // Drafts are shared with the cluster by default; this one is for everyone to see.
    await researcher.client.ok(ops.updateCapability, { id, input: { visibility: 'PUBLIC' } });
    await researcher.client.ok(ops.publishCapability, { id });
    const seen = await firm.client.ok(sourcesOf, { id });
    expect(seen.capability).toEqual({ id, sources: null });
    expect((await researcher.client.ok(sourcesOf, { id })).capability.sources).not.toBeNull();
  });
});
