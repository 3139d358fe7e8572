import {
  AnonymousPlaces1764270000000,
  dataSourceOptions,
  PolishSearchKeys1764220000000,
} from '@app/database';

import { polishSearchKey } from '@app/text';
import {
  buildWorld,
  capabilityInput,
  needInput,
  ops,
  startTestApi,
  type TestApi,
  type World,
} from '@app/testing';
import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';

describe('platform guarantees', () => {
  let api: TestApi;
  let world: World;

  beforeAll(async () => {
    api = await startTestApi();
    world = await buildWorld(api);
  });
  afterAll(() => api.close());

  it('has migrations that produce exactly the schema the entities describe', async () => {
    const dataSource = await new DataSource(
      dataSourceOptions(process.env.DATABASE_URL!),
    ).initialize();
    const pending = await dataSource.driver.createSchemaBuilder().log();
    await dataSource.destroy();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('indexes every foreign key, so deleting a referenced row never scans the referring table', async () => {
    const unindexed = await api.dataSource.sql<{ name: string }[]>`
      SELECT c.conname AS name FROM pg_constraint c
      WHERE c.contype = 'f' AND NOT EXISTS (
        SELECT 1 FROM pg_index i
        WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])
      ORDER BY 1`;
    expect(unindexed.map((constraint) => constraint.name)).toEqual([]);
  });

  it('has migrations that can all be reverted and applied again', async () => {
    const url = new URL(process.env.DATABASE_URL!);
    const name = `${url.pathname.slice(1)}_roundtrip`;
    const server = await new DataSource({
      type: 'postgres',
      url: new URL('/postgres', url).toString(),
    }).initialize();
    await server.query(`CREATE DATABASE "${name}"`);
    const database = await new DataSource(
      dataSourceOptions(new URL(`/${name}`, url).toString()),
    ).initialize();
    try {
      const applied = await database.runMigrations({ transaction: 'each' });
      for (let i = 0; i < applied.length; i++) {
        await database.undoLastMigration({ transaction: 'each' });
      }
      const [{ tables }] = await database.query(
        `SELECT count(*)::int AS tables FROM information_schema.tables
         WHERE table_schema = 'public' AND table_name <> 'migrations'`,
      );
      expect(tables).toBe(0);
      expect(await database.runMigrations({ transaction: 'each' })).toHaveLength(applied.length);
    } finally {
      await database.destroy();
      await server.query(`DROP DATABASE "${name}" WITH (FORCE)`);
      await server.destroy();
    }
  });

  it('rebuilds the search documents stored before the search analyser changed', async () => {
    const { createNeed } = await world.firm.client.ok(ops.createNeed, {
      input: needInput({ title: 'Zużycie wałów' }),
    });
    await api.dataSource.query(`UPDATE needs SET search_document = 'zuzy wal' WHERE id = $1`, [
      createNeed.id,
    ]);
    const queryRunner = api.dataSource.createQueryRunner();
    try {
      await new PolishSearchKeys1764220000000().up(queryRunner);
    } finally {
      await queryRunner.release();
    }
    const [{ document }] = await api.dataSource.query(
      `SELECT search_document::text AS document FROM needs WHERE id = $1`,
      [createNeed.id],
    );
    expect(document).toContain(`'${polishSearchKey('zużyciem')}'`);
  });

  it('removes the place from matches stored on anonymous postings before the introduction', async () => {
    const storedMatch = async (visibility: string) => {
      const { createNeed } = await world.firm.client.ok(ops.createNeed, {
        input: needInput({ visibility }),
      });
      const { createCapability } = await world.researcher.client.ok(ops.createCapability, {
        input: capabilityInput(),
      });
      const factor = (name: string) => ({ name, value: 0.8, weight: 0.1, contribution: 0.08 });
      const reason = {
        pl: 'Wspólne tematy: sprężyny. TRL 5 mieści się w zakresie 4–6; partner jest w tym samym regionie.',
        en: 'Shared topics: springs. Partner TRL 5 is within 4–6; the partner is in the same region.',
      };
      const [{ id }] = await api.dataSource.query(
        `INSERT INTO matches (need_id, capability_id, score, factors, reason_for_firm,
           reason_for_researcher, engine_version, need_version, capability_version)
         VALUES ($1, $2, 0.7, $3, $4, $4, 'old', 1, 1) RETURNING id`,
        [
          createNeed.id,
          createCapability.id,
          JSON.stringify([factor('topic'), factor('geography')]),
          reason,
        ],
      );
      return id as string;
    };
    const rescorings = async () =>
      (
        await api.dataSource.query(
          `SELECT count(*)::int AS count FROM outbox_events WHERE job_id = 'rescore-anonymous-places'`,
        )
      )[0].count;
    // This database was new when migrated: it had no proposals to re-score.
    expect(await rescorings()).toBe(0);
    const [anonymous, open] = [await storedMatch('ANONYMOUS'), await storedMatch('PUBLIC')];
    const queryRunner = api.dataSource.createQueryRunner();
    try {
      await new AnonymousPlaces1764270000000().up(queryRunner);
    } finally {
      await queryRunner.release();
    }
    const read = async (id: string) =>
      (
        await api.dataSource.query(
          `SELECT factors, reason_for_firm AS firm, reason_for_researcher AS researcher
           FROM matches WHERE id = $1`,
          [id],
        )
      )[0];
    const cleaned = await read(anonymous);
    expect(cleaned.factors.map((factor: any) => factor.name)).toEqual(['topic']);
    expect(cleaned.researcher).toEqual({
      pl: 'Wspólne tematy: sprężyny. TRL 5 mieści się w zakresie 4–6.',
      en: 'Shared topics: springs. Partner TRL 5 is within 4–6.',
    });
    expect((await read(open)).factors).toHaveLength(2);
    expect(await rescorings()).toBe(1);
  });

  it('loads the posting organisations of a whole page in one query (no N+1)', async () => {
    for (let index = 0; index < 12; index++) {
      const { createNeed } = await world.otherFirm.client.ok(ops.createNeed, {
        input: needInput(),
      });
      await world.otherFirm.client.ok(ops.publishNeed, { id: createNeed.id });
    }
    const statementsFor = async (first: number) => {
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      await world.researcher.client.ok(ops.needs, { first });
      const count = spy.mock.calls.length;
      spy.mockRestore();
      return count;
    };
    const [small, large] = [await statementsFor(2), await statementsFor(12)];
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });

  it('refuses browser requests that could be cross-site forgeries', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  describe('with tight limits', () => {
    let limited: TestApi;

    beforeAll(async () => {
      limited = await startTestApi({
        GRAPHQL_MAX_DEPTH: '4',
        GRAPHQL_MAX_COMPLEXITY: '60',
        GRAPHQL_MAX_ALIASES: '10',
      });
    });
    afterAll(() => limited.close());

    it('rejects queries nested deeper than the depth limit', async () => {
      const client = limited.anonymous.as(world.firm.accessToken);
      const error = await client.fails('{ needs { edges { node { organization { id } } } } }');
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/depth/);
    });

    it('rejects a fragment cycle as a validation error, not a crash', async () => {
      const response = await fetch(limited.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${world.firm.accessToken}`,
        },
        body: JSON.stringify({ query: 'query { me { ...A } } fragment A on User { id ...A }' }),
      });
      expect(response.status).toBe(400);
      const { errors } = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(errors.map((error) => error.extensions.code)).toContain('BAD_USER_INPUT');
    });

    it('caps aliases, and charges each alias of a root field a query', async () => {
      const client = limited.anonymous.as(world.firm.accessToken);
      const aliases = (count: number) =>
        `{ ${Array.from({ length: count }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
      const started = Date.now();
      const thousand = await client.fails(aliases(1000));
      expect(Date.now() - started).toBeLessThan(1000);
      expect(thousand.extensions?.code).toBe('BAD_USER_INPUT');
      const tooMany = await client.fails(aliases(11));
      expect(tooMany.extensions?.code).toBe('BAD_USER_INPUT');
      expect(tooMany.message).toMatch(/alias/i);
      // Six aliases: well under the alias cap, but 6 × (10 + 1) is over the cost limit of 60.
      expect((await client.fails(aliases(6))).message).toMatch(/too complex/);
      await client.ok(aliases(2));
    });

    it('rejects queries whose estimated cost is over the limit, counting page sizes', async () => {
      const client = limited.anonymous.as(world.firm.accessToken);
      const error = await client.fails(
        '{ organizations(first: 100) { edges { node { id name } } } }',
      );
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/too complex/);
      await client.ok('{ organizations(first: 5) { edges { node { id name } } } }');
    });
  });

  describe('in production', () => {
    let production: TestApi;

    beforeAll(async () => {
      production = await startTestApi({
        NODE_ENV: 'production',
        JWT_SECRET: 'a-production-secret-of-at-least-32-chars',
      });
    });
    afterAll(() => production.close());

    it('gives no field suggestions that would map the schema', async () => {
      const client = production.anonymous.as(world.firm.accessToken);
      const error = await client.fails('{ mee { id } }');
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).not.toMatch(/did you mean/i);
    });

    it('turns introspection off', async () => {
      const error = await production.anonymous.fails('{ __schema { types { name } } }');
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/introspection/i);
    });
  });
});
