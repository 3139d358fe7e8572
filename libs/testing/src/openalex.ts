import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** The works page fixture: four works of an invented author, ORCID iD `0000-0002-1825-0097`. */
export const openAlexWorksFixture = () =>
  JSON.parse(
    readFileSync(join(__dirname, '../../imports/src/openalex/fixtures/works-page.json'), 'utf8'),
  ) as { meta: Record<string, unknown>; results: Record<string, any>[] };

const fixtureOrcid = '0000-0002-1825-0097';

/** The works with the fixture author's ORCID iD replaced by another. */
const withOrcid = <T>(works: T[], orcid: string): T[] =>
  JSON.parse(JSON.stringify(works).replaceAll(fixtureOrcid, orcid)) as T[];

/** The ROR id of the fixture's institution. */
export const institutionRor = 'https://ror.org/02pq7ke47';

/**
 * The institution's works: the fixture's, and the same again by two more of its researchers
 * (one with an ORCID iD, one without), so the institution has three researchers to draft for.
 */
export function institutionWorks(orcids: [string, string] = [fixtureOrcid, '0000-0001-5109-3700']) {
  const works = withOrcid(openAlexWorksFixture().results, orcids[0]);
  const copies = (authorId: string, orcid: string | null, prefix: string) =>
    works.map((work) => ({
      ...work,
      id: work.id.replace('W9', prefix),
      authorships: work.authorships.map((authorship: any, index: number) =>
        index === 0
          ? { ...authorship, author: { ...authorship.author, id: authorId, orcid } }
          : authorship,
      ),
    }));
  return [
    ...works,
    ...copies('https://openalex.org/A5000000003', `https://orcid.org/${orcids[1]}`, 'W8'),
    ...copies('https://openalex.org/A5000000004', null, 'W7'),
  ];
}

/**
 * OpenAlex's works endpoint on a local port: `works` (changeable between requests) for a filter
 * naming an author by ORCID iD (the fixture's author, with that iD), `institutionWorks` for its
 * institution's ROR id, nothing for any other; the filters asked are recorded.
 */
export async function startOpenAlex() {
  const state = {
    works: openAlexWorksFixture().results,
    institutionWorks: institutionWorks(),
    filters: [] as string[],
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://openalex.test');
    const filter = url.searchParams.get('filter') ?? '';
    state.filters.push(filter);
    // Any iD's works are the fixture's, its author carrying that iD.
    const orcid = /^authorships\.author\.orcid:(.+)$/.exec(filter)?.[1];
    const results = orcid
      ? withOrcid(state.works, orcid)
      : filter === `authorships.institutions.ror:${institutionRor}`
        ? state.institutionWorks
        : [];
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        meta: { count: results.length, per_page: 100, next_cursor: null },
        results,
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
