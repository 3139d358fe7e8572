/**
 * npm run bench:search -- [--json] [--sizes 10000,100000] [--queries 40]
 *
 * Seeds a fresh database per size through the app's own code, starts the built api (`npm run
 * build` first) and times the `needs` and `capabilities` list queries with a text filter
 * through GraphQL: a frequent word and a rare one, first page with and without `totalCount`.
 * Sizes are reported side by side; the named baseline is the smallest size, so a ratio near 1
 * means the cost does not grow with the number of rows (and hits).
 */
import { parseArgs } from 'node:util';
import { GraphqlClient } from '../libs/testing/src/graphql-client';
import { ops } from '../libs/testing/src/operations';
import { startPlatform } from './pipeline/platform-processes';
import { benchPassword, type SeededPlatform, seedPlatform } from './pipeline/seed-platform';
import { percentiles, round } from './stats';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    sizes: { type: 'string', default: '10000,100000' },
    queries: { type: 'string', default: '40' },
  },
});
const sizes = values.sizes!.split(',').map(Number);
const queryCount = Number(values.queries);

/** The most and one of the least frequent title words of a side, as users would type them. */
function searchWords(platform: SeededPlatform, side: 'needs' | 'capabilities') {
  const counts = new Map<string, number>();
  for (const posting of platform[side]) {
    for (const word of new Set(posting.title.toLowerCase().split(/\s+/))) {
      if (word.length > 5) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return { frequent: ranked[0]![0], rare: ranked[Math.floor(ranked.length * 0.9)]![0] };
}

async function timeQueries(client: GraphqlClient, query: string, text: string) {
  const samples: number[] = [];
  let hits = 0;
  for (let i = 0; i < queryCount + 5; i++) {
    const started = performance.now();
    const data = await client.ok(query, { text });
    if (i >= 5) samples.push(performance.now() - started);
    hits = Object.values(data as Record<string, { totalCount?: number; edges: unknown[] }>)[0]!
      .edges.length;
  }
  return { ...percentiles(samples), firstPageRows: hits };
}

async function benchSize(size: number) {
  const platform = await seedPlatform(`bench_search_${process.pid}`, {
    capabilities: size,
    needs: size,
    draftNeeds: 0,
    draftCapabilities: 0,
  });
  const running = await startPlatform(platform.databaseUrl, `bench_search_${process.pid}`, 0);
  try {
    const anonymous = new GraphqlClient(running.url);
    const { signIn } = await anonymous.ok(ops.signIn, {
      email: platform.firmEmails[0],
      password: benchPassword,
    });
    const firm = anonymous.as(signIn.accessToken);
    const results: Record<string, unknown> = {};
    for (const side of ['needs', 'capabilities'] as const) {
      const words = searchWords(platform, side);
      for (const [frequency, text] of Object.entries(words)) {
        for (const counted of [false, true]) {
          const query = `query($text: String!) { ${side}(filter: { text: $text }, first: 20) {
            ${counted ? 'totalCount' : ''} edges { node { id title } } } }`;
          results[`${side}.${frequency}${counted ? '.withTotalCount' : ''}`] = {
            text,
            ...(await timeQueries(firm, query, text)),
          };
        }
      }
    }
    return results;
  } finally {
    await running.stop();
    await platform.drop();
  }
}

async function main(): Promise<void> {
  const bySize: Record<number, Record<string, { p95: number }>> = {};
  for (const size of sizes) bySize[size] = (await benchSize(size)) as never;
  const [smallest, largest] = [sizes[0]!, sizes.at(-1)!];
  const growth = Object.fromEntries(
    Object.keys(bySize[largest]!).map((name) => [
      name,
      round(bySize[largest]![name]!.p95 / bySize[smallest]![name]!.p95),
    ]),
  );
  const result = { sizes, results: bySize, p95GrowthVsSmallest: growth };
  process.stdout.write(`${JSON.stringify(result, null, values.json ? 0 : 2)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
