import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SourceFault } from '../openalex/openalex-client';
import { OrcidClient, readOrcidRecord } from './orcid-record';

const recordText = readFileSync(join(__dirname, 'fixtures/record.json'), 'utf8');
const researcher = '0000-0002-1825-0097';

/** ORCID's API as the client sees it: the fixture record at /v3.0/{iD}/record. */
async function localOrcid() {
  const requests: { path: string; authorization?: string; accept?: string }[] = [];
  const server = createServer((request, response) => {
    requests.push({
      path: request.url ?? '',
      authorization: request.headers.authorization,
      accept: request.headers.accept,
    });
    const found = request.url === `/v3.0/${researcher}/record`;
    response.writeHead(found ? 200 : 404, { 'content-type': 'application/json' });
    response.end(found ? recordText : JSON.stringify({ 'response-code': 404 }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const codeOf = (work: () => unknown) => {
  try {
    work();
    return 'read';
  } catch (error) {
    return error instanceof SourceFault ? error.code : String(error);
  }
};

describe('an ORCID record', () => {
  it('is read from the API v3.0 as JSON, with the token given', async () => {
    const orcid = await localOrcid();
    try {
      const client = new OrcidClient({ baseUrl: orcid.baseUrl, accessToken: 'read-public-token' });
      const summary = await client.record(researcher);
      expect(summary).toEqual({
        orcidId: researcher,
        name: 'Zofia A. Przykładowa',
        keywords: ['laser welding', 'fatigue of welded joints'],
        employer: {
          name: 'Politechnika Przykładowa',
          city: 'Lublin',
          country: 'PL',
          ror: 'https://ror.org/02pq7ke47',
        },
        works: [
          {
            title: 'Fatigue life of laser-welded joints in truck frames',
            doi: '10.5555/przyklad.2024.001',
            year: 2024,
          },
          { title: 'Spawanie laserowe stali o wysokiej wytrzymałości', doi: null, year: 2023 },
        ],
      });
      expect(orcid.requests).toEqual([
        {
          path: `/v3.0/${researcher}/record`,
          authorization: 'Bearer read-public-token',
          accept: 'application/json',
        },
      ]);
      await expect(client.record('0000-0001-5109-3700')).rejects.toMatchObject({
        code: 'SOURCE_REFUSED',
      });
    } finally {
      await orcid.close();
    }
  });

  it('refuses another iD’s record and what is not a record, with a code for each', () => {
    const record = JSON.parse(recordText);
    expect(codeOf(() => readOrcidRecord(record, 'https://orcid.org/0000-0001-5109-3700'))).toBe(
      'OTHER_ORCID_ID',
    );
    expect(codeOf(() => readOrcidRecord(record, `https://orcid.org/${researcher}`))).toBe('read');
    expect(codeOf(() => readOrcidRecord({ meta: {}, results: [] }, researcher))).toBe(
      'NOT_ORCID_RECORD',
    );
    expect(codeOf(() => readOrcidRecord(null, researcher))).toBe('NOT_ORCID_RECORD');
    expect(
      codeOf(() =>
        readOrcidRecord(
          { ...record, 'orcid-identifier': { path: '0000-0002-1825-0098' } },
          researcher,
        ),
      ),
    ).toBe('NOT_ORCID_RECORD');
  });

  it('takes the current employment over an ended one, whatever their order', () => {
    const record = JSON.parse(recordText);
    record['activities-summary'].employments['affiliation-group'].reverse();
    expect(readOrcidRecord(record, researcher).employer?.name).toBe('Politechnika Przykładowa');
  });
});
