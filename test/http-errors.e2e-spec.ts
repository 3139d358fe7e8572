import { startTestApi, type TestApi } from '@app/testing';

interface Answer {
  status: number;
  contentType: string;
  text: string;
}

async function post(api: TestApi, body: string): Promise<Answer> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}

const query = (text: string) => JSON.stringify({ query: text });
const repeated = (count: number, make: (index: number) => string) =>
  Array.from({ length: count }, (_, index) => make(index)).join(' ');

/** Requests refused before a resolver runs: the client's fault, so 4xx, and JSON, in every mode. */
const refusals: [string, () => string, number, string][] = [
  ['a syntax error', () => query('{ me { id '), 400, 'BAD_USER_INPUT'],
  [
    '1,000 aliases',
    () => query(`{ ${repeated(1000, (i) => `a${i}: me { id }`)} }`),
    400,
    'BAD_USER_INPUT',
  ],
  [
    '1,000 @include',
    () => query(`{ me ${repeated(1000, () => '@include(if: true)')} { id } }`),
    400,
    'BAD_USER_INPUT',
  ],
  [
    'a body over the size limit (a 100 kB title)',
    () =>
      JSON.stringify({
        query: 'mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }',
        variables: { input: { title: 'x'.repeat(100 * 1024) } },
      }),
    413,
    'PAYLOAD_TOO_LARGE',
  ],
  [
    'over 50 bad values in the variables (graphql-js stops counting at 50)',
    () =>
      JSON.stringify({
        query:
          'query($status: [PostingStatus!]) { needs(filter: { status: $status }) { totalCount } }',
        variables: { status: Array.from({ length: 60 }, () => 'NOT_A_STATUS') },
      }),
    400,
    'BAD_USER_INPUT',
  ],
  ['a body that is not JSON', () => '{"query": "{ me { id } }"', 400, 'BAD_USER_INPUT'],
];

describe.each(['test', 'production'])(
  'HTTP answers before any resolver runs (NODE_ENV=%s)',
  (mode) => {
    let api: TestApi;

    beforeAll(async () => {
      api = await startTestApi({
        NODE_ENV: mode,
        JWT_SECRET: 'a-production-secret-of-more-than-32-characters',
      });
    });
    afterAll(() => api.close());

    it.each(refusals)(
      '%s: a 4xx JSON answer with a stable code, no stack',
      async (_name, body, status, code) => {
        const answer = await post(api, body());
        expect(answer.status).toBe(status);
        expect(answer.contentType).toMatch(/^application\/(graphql-response\+)?json/);
        const parsed = JSON.parse(answer.text) as { errors: { extensions: { code: string } }[] };
        expect(new Set(parsed.errors.map((error) => error.extensions.code))).toEqual(
          new Set([code]),
        );
        expect(answer.text).not.toMatch(/\bat \S+ \(|node_modules|\/work\/|\.[cm]?js:\d+|<html/i);
      },
    );
  },
);
