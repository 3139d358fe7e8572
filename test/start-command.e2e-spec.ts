import {
  eventually,
  freePort,
  GraphqlClient,
  ops,
  startCommand,
  startProcess,
  type RunningProcess,
} from '@app/testing';
import { DataSource } from 'typeorm';

/** `npm start` after its build step: the platform comes up with migrations, admin and demo data. */
const databaseName = `${new URL(process.env.DATABASE_URL!).pathname.slice(1)}_start`;
const databaseUrl = Object.assign(new URL(process.env.DATABASE_URL!), {
  pathname: `/${databaseName}`,
}).toString();

afterAll(async () => {
  const server = await new DataSource({
    type: 'postgres',
    url: process.env.DATABASE_URL,
  }).initialize();
  await server.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  await server.destroy();
});

describe('start command', () => {
  let platform: RunningProcess;
  let api: GraphqlClient;

  beforeAll(async () => {
    const [apiPort, workerPort] = [await freePort(), await freePort()];
    platform = startProcess('scripts/start-platform.mjs', {
      DATABASE_URL: databaseUrl,
      API_PORT: String(apiPort),
      WORKER_HEALTH_PORT: String(workerPort),
      ADMIN_EMAIL: 'admin@start.example',
      ADMIN_PASSWORD: 'Start-Admin-2026!',
      LOG_LEVEL: 'warn',
    });
    await eventually(async () => platform.output().includes('GraphQL endpoint'), 50_000);
    api = new GraphqlClient(`http://127.0.0.1:${apiPort}/graphql`);
  }, 60_000);

  afterAll(() => platform.stop('SIGKILL'));

  it('prints the GraphQL endpoint and creates the database it was pointed at', () => {
    expect(platform.output()).toMatch(/GraphQL endpoint: http:\/\/localhost:\d+\/graphql/);
    expect(platform.output()).toContain(`created database ${databaseName}`);
  });

  it('bootstraps the admin from the environment', async () => {
    const { signIn } = await api.ok(ops.signIn, {
      email: 'admin@start.example',
      password: 'Start-Admin-2026!',
    });
    expect(signIn.user.role).toBe('ADMIN');
  });

  it('loads the demo cluster, so a demo firm user sees published needs and capabilities', async () => {
    const { signIn } = await api.ok(ops.signIn, {
      email: 'j.kowalczyk@mps-swidnik.example',
      password: 'Demo-Klaster-2026!',
    });
    const firm = api.as(signIn.accessToken);
    const { capabilities } = await firm.ok(ops.capabilities, { filter: { status: ['PUBLISHED'] } });
    expect(capabilities.totalCount).toBeGreaterThanOrEqual(4);
    const { needs } = await firm.ok(ops.needs, { filter: { text: 'tytan' } });
    expect(needs.edges[0].node.organization.name).toBe('Mechanika Precyzyjna Świdnik Sp. z o.o.');
  });

  it('stops everything it started on Ctrl+C', async () => {
    expect(await platform.stop('SIGINT')).toEqual({ code: 0, signal: null });
  });
});

/** `npm start` itself: a signal to the process a person started stops the whole platform. */
describe('npm start', () => {
  const answers = async (url: string) => {
    try {
      await fetch(url);
      return true;
    } catch {
      return false;
    }
  };

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'stops the api and the worker when npm alone gets %s',
    async (signal) => {
      const [apiPort, workerPort] = [await freePort(), await freePort()];
      const npm = startCommand('npm', ['start'], {
        DATABASE_URL: databaseUrl,
        API_PORT: String(apiPort),
        WORKER_HEALTH_PORT: String(workerPort),
        LOG_LEVEL: 'warn',
      });
      const health = [
        `http://127.0.0.1:${apiPort}/health`,
        `http://127.0.0.1:${workerPort}/health`,
      ];
      try {
        await eventually(async () => npm.output().includes('GraphQL endpoint'), 90_000);
        expect(await Promise.all(health.map(answers))).toEqual([true, true]);
        expect(await npm.stop(signal)).toMatchObject({ code: 0 });
        await eventually(
          async () => !(await Promise.all(health.map(answers))).some(Boolean),
          10_000,
        );
      } finally {
        await npm.stop('SIGKILL');
      }
    },
    120_000,
  );
});
