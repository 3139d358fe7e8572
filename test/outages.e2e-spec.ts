import {
  eventually,
  ops,
  signUp,
  startTcpProxy,
  startTestApi,
  testPassword,
  type TcpProxy,
  type TestApi,
  type TestUser,
} from '@app/testing';

/** PostgreSQL and Redis reached through proxies this test cuts off, as an outage would. */
describe('when PostgreSQL or Redis is unreachable', () => {
  let postgres: TcpProxy;
  let redis: TcpProxy;
  let api: TestApi;
  let user: TestUser;

  const through = (url: string, proxy: TcpProxy) => {
    const proxied = new URL(url);
    proxied.port = String(proxy.port);
    return proxied.toString();
  };

  beforeAll(async () => {
    postgres = await startTcpProxy(Number(new URL(process.env.DATABASE_URL!).port || 5432));
    redis = await startTcpProxy(Number(new URL(process.env.REDIS_URL!).port || 6379));
    api = await startTestApi({
      DATABASE_URL: through(process.env.DATABASE_URL!, postgres),
      REDIS_URL: through(process.env.REDIS_URL!, redis),
    });
    user = await signUp(api, 'FIRM');
  });
  afterAll(async () => {
    await Promise.all([
      postgres.restore().catch(() => undefined),
      redis.restore().catch(() => undefined),
    ]);
    await api.close();
    await Promise.all([postgres.close(), redis.close()]);
  });

  const health = () => fetch(api.url.replace('/graphql', '/health'));

  it('answers SERVICE_UNAVAILABLE with a retry hint while PostgreSQL is down, and recovers', async () => {
    await postgres.cut();
    try {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${user.accessToken}`,
        },
        body: JSON.stringify({ query: ops.me }),
      });

      expect(response.headers.get('retry-after')).toBe('5');
      const { errors } = (await response.json()) as {
        errors: { message: string; extensions: any }[];
      };
      expect(errors[0]!.extensions).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        dependency: 'postgres',
        retryAfterSeconds: 5,
      });
      expect(errors[0]!.message).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|terminated/);
      expect((await health()).status).toBe(503);
    } finally {
      await postgres.restore();
    }
    await eventually(async () => (await user.client.ok(ops.me)).me.id === user.id);
    expect((await health()).status).toBe(200);
  });

  it('answers SERVICE_UNAVAILABLE for operations that need Redis while it is down', async () => {
    await redis.cut();
    try {
      const error = await api.anonymous.fails(ops.signIn, {
        email: user.email,
        password: testPassword,
      });
      expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', dependency: 'redis' });
      // What does not need Redis goes on working.
      expect((await user.client.ok(ops.me)).me.id).toBe(user.id);
      expect((await health()).status).toBe(503);
    } finally {
      await redis.restore();
    }
    await eventually(async () => {
      await api.anonymous.ok(ops.signIn, { email: user.email, password: testPassword });
      return true;
    });
  });
});
