import { eventually, ops, signUp, startTestApi, testPassword, type TestApi } from '@app/testing';

describe('sign-in throttling', () => {
  let api: TestApi;

  const throttled = (name: string, limits: Record<string, string>) =>
    startTestApi({
      QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}_${name}`,
      SIGN_IN_WINDOW_SECONDS: '2',
      ...limits,
    });

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('stops password guessing on one account, and lets the owner in once the window passes', async () => {
    const limited = await throttled('account', { SIGN_IN_MAX_FAILURES_PER_ACCOUNT: '3' });
    try {
      const user = await signUp(api, 'FIRM');
      const attempt = (password: string) =>
        limited.anonymous.request(ops.signIn, { email: user.email, password });
      for (let i = 0; i < 3; i++) {
        expect((await attempt('Wrong-Password-1')).errors?.[0]?.extensions?.code).toBe(
          'UNAUTHENTICATED',
        );
      }
      const refused = (await attempt('Wrong-Password-1')).errors?.[0];
      expect(refused?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
      expect(refused?.extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(refused?.extensions?.retryAfterSeconds).toBeLessThanOrEqual(2);
      // Even the right password waits: otherwise the guesser learns when it guessed right.
      expect((await attempt(testPassword)).errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
      // Another account from the same address is not held up by this one.
      const other = await signUp(api, 'FIRM');
      await limited.anonymous.ok(ops.signIn, { email: other.email, password: testPassword });

      await eventually(async () => {
        const result = await attempt(testPassword);
        return result.errors === undefined;
      }, 5_000);
    } finally {
      await limited.close();
    }
  });

  it('stops one address trying many accounts, across api instances sharing Redis', async () => {
    const settings = {
      SIGN_IN_MAX_FAILURES_PER_ADDRESS: '4',
      SIGN_IN_MAX_FAILURES_PER_ACCOUNT: '100',
    };
    const first = await throttled('address', settings);
    const second = await throttled('address', settings);
    try {
      const users = await Promise.all([1, 2, 3, 4, 5].map(() => signUp(api, 'FIRM')));
      for (const [index, user] of users.slice(0, 4).entries()) {
        const client = index % 2 === 0 ? first : second;
        const result = await client.anonymous.request(ops.signIn, {
          email: user.email,
          password: 'Wrong-Password-1',
        });
        expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
      const refused = await second.anonymous.request(ops.signIn, {
        email: users[4]!.email,
        password: testPassword,
      });
      expect(refused.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
      await eventually(async () => {
        await first.anonymous.ok(ops.signIn, { email: users[4]!.email, password: testPassword });
        return true;
      }, 5_000);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});
