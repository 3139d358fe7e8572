import {
  buildWorld,
  ops,
  startTestApi,
  testPassword,
  type TestApi,
  type World,
} from '@app/testing';

const signIn = `mutation($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { accessToken accessTokenExpiresAt refreshToken user { id } } }`;
const refresh = `mutation { refreshSession { accessToken refreshToken user { id } } }`;

interface Answer {
  status: number;
  body: { data?: Record<string, any> | null; errors?: { extensions?: { code?: string } }[] };
  setCookie: string | null;
}

/** A request as the web app sends it: JSON, asking for the refresh token as a cookie. */
async function browserRequest(
  api: TestApi,
  query: string,
  options: { variables?: object; cookie?: string; token?: string; contentType?: string } = {},
): Promise<Answer> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: {
      'content-type': options.contentType ?? 'application/json',
      'x-refresh-token-transport': 'cookie',
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  });
  return {
    status: response.status,
    body: (await response.json()) as Answer['body'],
    setCookie: response.headers.get('set-cookie'),
  };
}

/** `refresh_token=…` as the browser would send it back. */
const cookieOf = (setCookie: string | null): string => {
  const pair = setCookie?.split(';')[0];
  if (!pair?.startsWith('refresh_token=') || pair === 'refresh_token=')
    throw new Error(`no refresh cookie in ${setCookie}`);
  return pair;
};

describe('browser sessions: the refresh token as an httpOnly cookie', () => {
  let api: TestApi;
  let world: World;

  beforeAll(async () => {
    api = await startTestApi();
    world = await buildWorld(api);
  });
  afterAll(() => api.close());

  const signInAsBrowser = () =>
    browserRequest(api, signIn, { variables: { email: world.firm.email, password: testPassword } });

  it('sets an httpOnly, SameSite=Strict cookie for /graphql and leaves the token out of the body', async () => {
    const answer = await signInAsBrowser();
    expect(answer.body.data?.signIn).toMatchObject({
      refreshToken: null,
      user: { id: world.firm.id },
    });
    const expiresAt = Date.parse(answer.body.data?.signIn.accessTokenExpiresAt);
    expect(expiresAt - Date.now()).toBeGreaterThan(60_000);
    expect(answer.setCookie).toMatch(/^refresh_token=[\w-]{20,}; /);
    expect(answer.setCookie).toMatch(/; HttpOnly/);
    expect(answer.setCookie).toMatch(/; SameSite=Strict/);
    expect(answer.setCookie).toMatch(/; Path=\/graphql/);
    expect(answer.setCookie).not.toMatch(/; Secure/); // only in production
  });

  it('keeps giving other clients the token in the body and sets no cookie', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: signIn,
        variables: { email: world.firm.email, password: testPassword },
      }),
    });
    const body = (await response.json()) as Answer['body'];
    expect(body.data?.signIn.refreshToken).toEqual(expect.any(String));
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('refreshes from the cookie, rotates it, and ends the session when an old one comes back', async () => {
    const first = cookieOf((await signInAsBrowser()).setCookie);
    const refreshed = await browserRequest(api, refresh, { cookie: first });
    expect(refreshed.body.data?.refreshSession).toMatchObject({
      refreshToken: null,
      user: { id: world.firm.id },
    });
    const second = cookieOf(refreshed.setCookie);
    expect(second).not.toBe(first);

    const replay = await browserRequest(api, refresh, { cookie: first });
    expect(replay.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(replay.setCookie).toMatch(/^refresh_token=; .*Expires=Thu, 01 Jan 1970/);
    // Replaying a rotated token revoked the whole session, the newer cookie with it.
    const afterReplay = await browserRequest(api, refresh, { cookie: second });
    expect(afterReplay.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers UNAUTHENTICATED to a refresh with neither argument nor cookie', async () => {
    const answer = await browserRequest(api, refresh);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(answer.setCookie).toBeNull();
  });

  it('clears the cookie on sign-out, after which it refreshes nothing', async () => {
    const signedIn = await signInAsBrowser();
    const cookie = cookieOf(signedIn.setCookie);
    const out = await browserRequest(api, ops.signOut, {
      cookie,
      token: signedIn.body.data?.signIn.accessToken,
    });
    expect(out.body.data).toEqual({ signOut: true });
    expect(out.setCookie).toMatch(/^refresh_token=; /);
    const again = await browserRequest(api, refresh, { cookie });
    expect(again.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a cross-site form post that carries the cookie (CSRF prevention)', async () => {
    const cookie = cookieOf((await signInAsBrowser()).setCookie);
    const forged = await browserRequest(api, refresh, { cookie, contentType: 'text/plain' });
    expect(forged.status).toBe(400);
    expect(forged.setCookie).toBeNull();
    // The cookie was not spent: the app itself can still refresh with it.
    const genuine = await browserRequest(api, refresh, { cookie });
    expect(genuine.body.data?.refreshSession.user.id).toBe(world.firm.id);
  });
});
