import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { OpenAlexClient, openAlexWorksPage, SourceFault } from './openalex-client';
import type { OpenAlexPage, OpenAlexWork } from './openalex-work';

const fixture: OpenAlexPage<OpenAlexWork> = JSON.parse(
  readFileSync(join(__dirname, 'fixtures/works-page.json'), 'utf8'),
);

/** OpenAlex as the client sees it: the fixture's works in two cursor pages, requests recorded. */
async function localOpenAlex(answer?: (url: URL) => { status: number; body: string }) {
  const requests: URL[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://openalex.test');
    requests.push(url);
    const custom = answer?.(url);
    if (custom) {
      response.writeHead(custom.status, { 'content-type': 'application/json' });
      response.end(custom.body);
      return;
    }
    const second = url.searchParams.get('cursor') === 'Ik5leHQi';
    const results = second ? fixture.results.slice(2) : fixture.results.slice(0, 2);
    const meta = { ...fixture.meta, next_cursor: second ? null : 'Ik5leHQi' };
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ meta, results, group_by: [] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const collect = async (pages: AsyncGenerator<OpenAlexWork[]>) => {
  const works: OpenAlexWork[] = [];
  for await (const page of pages) works.push(...page);
  return works;
};

describe('the OpenAlex client', () => {
  it('pages through an author’s works by cursor with the documented parameters', async () => {
    const openAlex = await localOpenAlex();
    try {
      const client = new OpenAlexClient({
        baseUrl: openAlex.baseUrl,
        mailto: 'ops@cluster.example',
      });
      const works = await collect(client.worksOfAuthor('https://openalex.org/A5000000001'));
      expect(works.map((work) => work.id)).toEqual(fixture.results.map((work) => work.id));
      const [first, second] = openAlex.requests;
      expect(first!.pathname).toBe('/works');
      expect(Object.fromEntries(first!.searchParams)).toMatchObject({
        filter: 'authorships.author.id:A5000000001',
        per_page: '100',
        cursor: '*',
        mailto: 'ops@cluster.example',
      });
      expect(first!.searchParams.get('select')).toContain('abstract_inverted_index');
      expect(second!.searchParams.get('cursor')).toBe('Ik5leHQi');
      expect(openAlex.requests).toHaveLength(2);
    } finally {
      await openAlex.close();
    }
  });

  it('filters an institution’s works by its ROR id', async () => {
    const openAlex = await localOpenAlex();
    try {
      const client = new OpenAlexClient({ baseUrl: `${openAlex.baseUrl}/` });
      await collect(client.worksOfInstitution('https://ror.org/02pq7ke47'));
      expect(openAlex.requests[0]!.searchParams.get('filter')).toBe(
        'authorships.institutions.ror:https://ror.org/02pq7ke47',
      );
    } finally {
      await openAlex.close();
    }
  });

  it('names what went wrong: a refusal, an answer that is not OpenAlex, no answer', async () => {
    const refusing = await localOpenAlex(() => ({ status: 429, body: '{"error":"slow down"}' }));
    const foreign = await localOpenAlex(() => ({ status: 200, body: '{"items":[]}' }));
    try {
      const codeOf = (baseUrl: string) =>
        collect(new OpenAlexClient({ baseUrl }).worksOfAuthor('A1')).catch(
          (error: SourceFault) => error.code,
        );
      expect(await codeOf(refusing.baseUrl)).toBe('SOURCE_REFUSED');
      expect(await codeOf(foreign.baseUrl)).toBe('NOT_OPENALEX');
      expect(await codeOf('http://127.0.0.1:1')).toBe('SOURCE_UNREACHABLE');
    } finally {
      await Promise.all([refusing.close(), foreign.close()]);
    }
  });

  it('checks an uploaded file as it checks the API’s answers', () => {
    expect(openAlexWorksPage(fixture).results).toHaveLength(4);
    for (const notOpenAlex of [null, [], { meta: {}, results: [{ id: 'W1' }] }, { results: [] }]) {
      expect(() => openAlexWorksPage(notOpenAlex)).toThrow(SourceFault);
    }
  });
});
