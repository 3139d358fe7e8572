import { Session, type SessionPayload } from './session';

const payload = (expiresInMs: number): SessionPayload => ({
  accessToken: 'access-1',
  accessTokenExpiresAt: new Date(Date.now() + expiresInMs).toISOString(),
  user: {
    id: 'u1',
    fullName: 'Anna Nowak',
    email: 'anna@firma.example',
    role: 'FIRM',
    language: 'pl',
    organization: null,
    can: { postNeeds: true, postCapabilities: false, review: false, administer: false },
    legalDocumentsToAccept: [],
  },
});

const answering = (body: unknown) => jest.fn(async () => ({ json: async () => body }) as Response);

describe('Session', () => {
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('trades the httpOnly cookie for an access token and keeps it only in memory', async () => {
    const fetch = answering({ data: { refreshSession: payload(15 * 60_000) } });
    global.fetch = fetch;
    const session = new Session();
    const listener = jest.fn();
    session.subscribe(listener);

    await expect(session.refresh()).resolves.toMatchObject({ accessToken: 'access-1' });
    expect(session.accessToken).toBe('access-1');
    expect(session.user?.fullName).toBe('Anna Nowak');
    expect(listener).toHaveBeenCalled();
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(init.credentials).toBe('same-origin');
    expect(init.headers).toMatchObject({ 'x-refresh-token-transport': 'cookie' });
    expect(JSON.parse(init.body as string).query).not.toMatch(/refreshToken:/);
    expect(window.localStorage.length).toBe(0);
  });

  it('ends the session when the server no longer knows the cookie', async () => {
    global.fetch = answering({
      errors: [{ message: 'No refresh token', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const session = new Session();
    session.start(payload(60_000));
    await expect(session.refresh()).resolves.toBeNull();
    expect(session.user).toBeNull();
  });

  it('keeps the session through a failure that is not an answer', async () => {
    global.fetch = jest.fn(async () => {
      throw new TypeError('offline');
    });
    const session = new Session();
    session.start(payload(60_000));
    await expect(session.refresh()).rejects.toThrow('offline');
    expect(session.accessToken).toBe('access-1');
  });

  it('sends one request for refreshes asked for together', async () => {
    const fetch = answering({ data: { refreshSession: payload(15 * 60_000) } });
    global.fetch = fetch;
    const session = new Session();
    await Promise.all([session.refresh(), session.refresh(), session.refresh()]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('refreshes a minute before the access token expires', async () => {
    jest.useFakeTimers();
    const fetch = answering({ data: { refreshSession: payload(15 * 60_000) } });
    global.fetch = fetch;
    const session = new Session();
    session.start(payload(10 * 60_000));
    jest.advanceTimersByTime(8 * 60_000);
    expect(fetch).not.toHaveBeenCalled();
    jest.advanceTimersByTime(61_000);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
