import { eventually, freePort, startProcess } from './processes';

export const orcidClient = { id: 'APP-TESTCLIENT0001', secret: 'orcid-test-client-secret' };

/**
 * A real OpenID Connect provider standing in for ORCID (see `orcid/provider.mjs`), with the
 * api's settings to use it. `redirectUri` is where the web app takes ORCID's answer.
 */
export async function startOrcidProvider(redirectUri: string) {
  const port = await freePort();
  const provider = startProcess('libs/testing/orcid/provider.mjs', {
    ORCID_PROVIDER_PORT: String(port),
    ORCID_CLIENT_ID: orcidClient.id,
    ORCID_CLIENT_SECRET: orcidClient.secret,
    ORCID_REDIRECT_URI: redirectUri,
    NODE_NO_WARNINGS: '1',
  });
  await eventually(async () => provider.output().includes('listening'), 20_000);
  const issuer = `http://127.0.0.1:${port}`;
  return {
    issuer,
    env: {
      ORCID_ISSUER_URL: issuer,
      ORCID_CLIENT_ID: orcidClient.id,
      ORCID_CLIENT_SECRET: orcidClient.secret,
      ORCID_API_URL: issuer,
    },
    output: provider.output,
    stop: () => provider.stop(),
  };
}

/**
 * What a researcher does at ORCID, over HTTP: opens the authorization address, signs in with
 * the iD on the provider's form, and is sent back. Returns the query string of that last
 * redirect (`?code=…&state=…&iss=…`), for completeOrcidSignIn or completeOrcidLink.
 */
export async function signInAtOrcid(authorizationUrl: string, orcidId: string): Promise<string> {
  const cookies = new Map<string, string>();
  const visit = async (url: string, init: RequestInit = {}) => {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: {
        ...(init.headers as Record<string, string>),
        cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
      },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, value] = pair!.split('=');
      cookies.set(name!, value ?? '');
    }
    return response;
  };
  const follow = (response: Response, base: string) =>
    new URL(response.headers.get('location') ?? '', base).toString();

  const toForm = follow(await visit(authorizationUrl), authorizationUrl);
  const page = await (await visit(toForm)).text();
  const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
  if (!action) throw new Error(`No sign-in form at ${toForm}`);
  const submitted = await visit(new URL(action, toForm).toString(), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ prompt: 'login', login: orcidId, password: 'any' }).toString(),
  });
  let next = follow(submitted, toForm);
  for (let hops = 0; hops < 5 && !next.includes('/orcid/callback'); hops += 1) {
    next = follow(await visit(next), next);
  }
  return new URL(next).search;
}

/**
 * A made-up ORCID iD with a valid check digit, new to this run: test suites share the run's
 * database, and an iD is linked to one account only.
 */
export function freshOrcidId(): string {
  const digits = Array.from({ length: 15 }, () => Math.floor(Math.random() * 10));
  digits[0] = 0;
  digits[1] = 0;
  digits[2] = 0;
  digits[3] = 9;
  let total = 0;
  for (const digit of digits) total = (total + digit) * 2;
  const check = (12 - (total % 11)) % 11;
  const all = [...digits.map(String), check === 10 ? 'X' : String(check)].join('');
  return all.match(/.{4}/g)!.join('-');
}
