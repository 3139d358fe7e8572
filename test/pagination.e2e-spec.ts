import {
  buildWorld,
  capabilityInput,
  type GraphqlClient,
  needInput,
  ops,
  signUp,
  startTestApi,
  type TestApi,
  type World,
} from '@app/testing';
import { buildSchema, getNamedType } from 'graphql';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * Rows written in one transaction share a millisecond (or a whole timestamp) and differ in
 * microseconds: a cursor must carry the exact sort value or the next page skips them.
 */
describe('cursor pagination', () => {
  let api: TestApi;
  let world: World;
  const expected: Record<string, string[]> = {};
  const rows = 7;
  const stamp = `'2026-11-30 12:00:00.123+00'::timestamptz`;
  // Two rows share the whole timestamp; the rest differ from them only in microseconds.
  const sameMillisecond = (table: string) =>
    `UPDATE ${table} SET created_at = ${stamp} + (least(n, 5) * interval '1 microsecond')
     FROM (SELECT id AS row_id, row_number() OVER (ORDER BY id) AS n FROM ${table} WHERE id = ANY($1)) AS numbered
     WHERE id = numbered.row_id`;

  beforeAll(async () => {
    api = await startTestApi();
    world = await buildWorld(api);
    const needs: string[] = [];
    const capabilities: string[] = [];
    for (let i = 0; i < rows; i++) {
      needs.push(
        (await world.firm.client.ok(ops.createNeed, { input: needInput() })).createNeed.id,
      );
      capabilities.push(
        (await world.researcher.client.ok(ops.createCapability, { input: capabilityInput() }))
          .createCapability.id,
      );
    }
    const organizationName = `Paging ${randomUUID().slice(0, 8)}`;
    const organizations = [];
    for (let i = 0; i < rows; i++) {
      const member = await signUp(api, 'FIRM', {
        name: organizationName,
        city: `Miasto ${i}`,
      });
      organizations.push(member.organizationId);
    }

    await api.dataSource.transaction(async (manager) => {
      await manager.query(sameMillisecond('needs'), [needs]);
      await manager.query(sameMillisecond('capabilities'), [capabilities]);
      const pairs = [
        ...needs.map((need) => [need, capabilities[0]]),
        ...capabilities.slice(1).map((capability) => [needs[0], capability]),
      ];
      const matches: { id: string; need_id: string; capability_id: string }[] = await manager.query(
        `INSERT INTO matches (need_id, capability_id, score, factors, reason_for_firm,
             reason_for_researcher, engine_version, need_version, capability_version)
           SELECT (p.value->>0)::uuid, (p.value->>1)::uuid, 0.5, '[]', '{"pl":"","en":""}',
             '{"pl":"","en":""}', 'test', 1, 1
           FROM jsonb_array_elements($1::jsonb) AS p(value)
           RETURNING id, need_id, capability_id`,
        [JSON.stringify(pairs)],
      );
      const notifications: { id: string }[] = await manager.query(
        `INSERT INTO notifications (user_id, event, match_id, idempotency_key)
         SELECT $1, 'MATCH_APPROVED', m.id, 'paging.' || m.id FROM unnest($2::uuid[]) AS m(id)
         RETURNING id`,
        [world.firm.id, matches.map((match) => match.id)],
      );
      await manager.query(sameMillisecond('notifications'), [notifications.map((n) => n.id)]);
      expected.needs = needs;
      expected.capabilities = capabilities;
      expected.matchesForNeed = matches.filter((m) => m.need_id === needs[0]).map((m) => m.id);
      expected.matchesForCapability = matches
        .filter((m) => m.capability_id === capabilities[0])
        .map((m) => m.id);
      expected.reviewQueue = matches.map((match) => match.id);
      // Every pair holds one of the firm's needs.
      expected.myMatches = matches.map((match) => match.id);
      expected.notifications = notifications.map((notification) => notification.id);
    });
    expected.organizations = organizations;

    connections = [
      {
        name: 'needs',
        client: world.firm.client,
        query: ops.needs,
        variables: { filter: { mine: true, status: ['DRAFT'] } },
      },
      {
        name: 'capabilities',
        client: world.researcher.client,
        query: ops.capabilities,
        variables: { filter: { mine: true, status: ['DRAFT'] } },
      },
      {
        name: 'matchesForNeed',
        client: world.firm.client,
        query: pageOf(`matchesForNeed(needId: $id, first: $first, after: $after)`),
        variables: { id: needs[0] },
      },
      {
        name: 'matchesForCapability',
        client: world.researcher.client,
        query: pageOf(`matchesForCapability(capabilityId: $id, first: $first, after: $after)`),
        variables: { id: capabilities[0] },
      },
      {
        name: 'myMatches',
        client: world.firm.client,
        query: pageOf(`myMatches(first: $first, after: $after)`, ''),
        variables: {},
      },
      {
        name: 'reviewQueue',
        client: world.coordinator.client,
        query: pageOf(`reviewQueue(clusterId: $id, first: $first, after: $after)`),
        variables: { id: world.clusterId },
      },
      {
        name: 'notifications',
        client: world.firm.client,
        query: pageOf(`notifications(first: $first, after: $after)`, ''),
        variables: {},
      },
      {
        name: 'organizations',
        client: world.admin,
        query: ops.organizations,
        variables: { filter: { name: organizationName } },
      },
    ];
  });
  afterAll(() => api.close());

  interface ConnectionCase {
    name: string;
    client: GraphqlClient;
    query: string;
    variables: Record<string, unknown>;
  }
  let connections: ConnectionCase[] = [];

  interface Page {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string } }[];
  }

  const pageOf = (field: string, idVariable = '$id: ID!,') =>
    `query(${idVariable} $first: Int, $after: String) { page: ${field} {
      pageInfo { hasNextPage endCursor } edges { node { id } } } }`;

  async function walk(connection: ConnectionCase, first: number): Promise<string[]> {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const data: Record<string, Page> = await connection.client.ok(connection.query, {
        ...connection.variables,
        first,
        after,
      });
      const result = Object.values(data)[0]!;
      seen.push(...result.edges.map((edge) => edge.node.id));
      if (!result.pageInfo.hasNextPage) return seen;
      after = result.pageInfo.endCursor;
    }
    throw new Error(`${connection.name} never reached its last page`);
  }

  it('covers every connection the schema has', () => {
    const schema = buildSchema(readFileSync('apps/api/schema.graphql', 'utf8'));
    const connectionFields = Object.values(schema.getQueryType()!.getFields())
      .filter((field) => getNamedType(field.type).name.endsWith('Connection'))
      .map((field) => field.name);
    expect(connections.map((connection) => connection.name).sort()).toEqual(
      connectionFields.sort(),
    );
  });

  it.each([1, 2, 3, 4, 5])(
    'a walk with first: %i returns every row exactly once, on every connection',
    async (first) => {
      for (const connection of connections) {
        const seen = await walk(connection, first);
        expect({ [connection.name]: seen.length }).toEqual({
          [connection.name]: expected[connection.name]!.length,
        });
        expect(new Set(seen)).toEqual(new Set(expected[connection.name]));
      }
    },
  );

  const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const cursorParts = (cursor: string) =>
    JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string, string];

  const impossibleLike = (sortText: string): string[] =>
    /^\d{4}-\d{2}-\d{2}/.test(sortText)
      ? ['2026-02-30 10:00:00+00', '0000-01-01 00:00:00+00', '2026-12-03 10:00:00+16']
      : /^-?[\d.]/.test(sortText)
        ? ['1e999', '-1e999', '1e-999']
        : ['a\u0000b'];

  it('refuses a cursor it did not give, on every connection', async () => {
    for (const connection of connections) {
      const data: Record<string, Page> = await connection.client.ok(connection.query, {
        ...connection.variables,
        first: 1,
      });
      const [sortText, id, tag] = cursorParts(Object.values(data)[0]!.pageInfo.endCursor!);
      const bad = [
        'not-a-cursor',
        forged([sortText, id]),
        forged([sortText, 'not-an-id', tag]),
        forged([sortText, id, 'another-list']),
      ];
      // Shaped like the list's sort value, but no date, number or text PostgreSQL can hold.
      bad.push(...impossibleLike(sortText).map((value) => forged([value, id, tag])));
      for (const after of bad) {
        const error = await connection.client.fails(connection.query, {
          ...connection.variables,
          first: 1,
          after,
        });
        expect({ [connection.name]: [error.extensions?.code, error.extensions?.field] }).toEqual({
          [connection.name]: ['BAD_USER_INPUT', 'after'],
        });
      }
    }
  });

  it('refuses a cursor of one order in another, and sort values PostgreSQL would not read', async () => {
    const queue = `query($id: ID!, $orderBy: ReviewQueueOrder, $after: String) {
      reviewQueue(clusterId: $id, first: 1, orderBy: $orderBy, after: $after) {
        pageInfo { endCursor } } }`;
    const client = world.coordinator.client;
    const cursorOf = async (orderBy: string) =>
      (await client.ok(queue, { id: world.clusterId, orderBy })).reviewQueue.pageInfo
        .endCursor as string;
    const byScore = await cursorOf('BEST_SCORE');
    const [, id, oldestTag] = cursorParts(await cursorOf('OLDEST'));
    const [, , scoreTag] = cursorParts(byScore);
    const dueTag = await cursorOf('DUE_SOONEST');
    for (const [orderBy, after] of [
      ['OLDEST', byScore],
      // JavaScript reads "0.5" as a date and "0x10" as a number; PostgreSQL reads neither.
      ['OLDEST', forged(['0.5', id, oldestTag])],
      ['BEST_SCORE', forged(['0x10', id, scoreTag])],
      // Shaped right, but out of PostgreSQL's range.
      ['OLDEST', forged(['2026-02-30 10:00:00+00', id, oldestTag])],
      ['DUE_SOONEST', forged(['2026-02-30 10:00:00+00', id, cursorParts(dueTag)[2]])],
      ['BEST_SCORE', forged(['1e999', id, scoreTag])],
    ]) {
      const error = await client.fails(queue, { id: world.clusterId, orderBy, after });
      expect([error.extensions?.code, error.extensions?.field]).toEqual([
        'BAD_USER_INPUT',
        'after',
      ]);
    }
  });
});
