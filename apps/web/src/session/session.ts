import { graphqlEndpoint } from '../graphql/endpoint';

export interface SessionUser {
  id: string;
  fullName: string;
  email: string;
  role: 'ADMIN' | 'COORDINATOR' | 'FIRM' | 'RESEARCHER';
  language: 'pl' | 'en';
  organization: { id: string; name: string } | null;
  /** What the api says the user may do: pages and navigation read this, not the role. */
  can: { postNeeds: boolean; postCapabilities: boolean; review: boolean; administer: boolean };
  /** Texts changed since the user accepted them: nothing can be changed until they accept. */
  legalDocumentsToAccept: ('TERMS' | 'PRIVACY')[];
}

export interface SessionPayload {
  accessToken: string;
  accessTokenExpiresAt: string;
  user: SessionUser;
}

type Listener = () => void;

/** Refresh this long before the access token expires. */
const refreshAheadMs = 60_000;

export const sessionUserFields = `
  id fullName email role language
  organization { id name }
  can { postNeeds postCapabilities review administer }
  legalDocumentsToAccept
`;

const refreshMutation = `mutation RefreshSession {
  refreshSession { accessToken accessTokenExpiresAt user { ${sessionUserFields} } }
}`;

/**
 * The browser's session. The access token lives only in this object's memory; the refresh
 * token is an httpOnly cookie the page cannot read, sent only to `/graphql`. A reload starts
 * with `restore()`, which trades the cookie for a new access token; a timer refreshes it a
 * minute before it expires. Tabs share the cookie, so refreshes are serialised across tabs with
 * a Web Lock: a second tab then sends the cookie the first one just rotated.
 */
export class Session {
  private payload: SessionPayload | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<SessionPayload | null> | undefined;
  private readonly listeners = new Set<Listener>();

  get accessToken(): string | null {
    return this.payload?.accessToken ?? null;
  }

  get user(): SessionUser | null {
    return this.payload?.user ?? null;
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SessionUser | null => this.user;

  /** After signIn, verifyEmail or resetPassword (sent with the cookie transport header). */
  start(payload: SessionPayload): void {
    this.payload = payload;
    this.schedule();
    this.emit();
  }

  updateUser(user: SessionUser): void {
    if (!this.payload) return;
    this.payload = { ...this.payload, user };
    this.emit();
  }

  /** Forgets the session locally, after signing out or when the server ended it. */
  end(): void {
    this.payload = null;
    clearTimeout(this.timer);
    this.emit();
  }

  /** Trades the refresh cookie for a new access token; null when there is no session. */
  refresh(): Promise<SessionPayload | null> {
    this.inFlight ??= this.refreshAcrossTabs().finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  private async refreshAcrossTabs(): Promise<SessionPayload | null> {
    const run = () => this.requestRefresh();
    const payload = navigator.locks
      ? await navigator.locks.request('matchmaking-session-refresh', run)
      : await run();
    if (payload) this.start(payload);
    else this.end();
    return payload;
  }

  private async requestRefresh(): Promise<SessionPayload | null> {
    const response = await fetch(graphqlEndpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        'x-refresh-token-transport': 'cookie',
      },
      body: JSON.stringify({ query: refreshMutation, operationName: 'RefreshSession' }),
    });
    const body = (await response.json().catch(() => null)) as {
      data?: { refreshSession?: SessionPayload };
      errors?: { extensions?: { code?: string } }[];
    } | null;
    const payload = body?.data?.refreshSession;
    if (payload) return payload;
    if (body?.errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED')) return null;
    throw new Error('The session could not be refreshed; try again');
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (!this.payload) return;
    const due = Date.parse(this.payload.accessTokenExpiresAt) - refreshAheadMs - Date.now();
    // A failed refresh leaves the session: the next request that meets UNAUTHENTICATED retries it.
    this.timer = setTimeout(() => void this.refresh().catch(() => undefined), Math.max(due, 5_000));
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
