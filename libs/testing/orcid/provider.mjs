// ORCID as the platform sees it, on a local port, for tests and local development: a real
// OpenID Connect provider (oidc-provider, with its development sign-in form: any iD as the
// login) and the public API's record endpoint, which asks for a /read-public token it issued.
//   ORCID_PROVIDER_PORT, ORCID_CLIENT_ID, ORCID_CLIENT_SECRET, ORCID_REDIRECT_URI
// Prints "listening <issuer>" once it accepts requests.
import Provider from 'oidc-provider';
import { readFileSync } from 'node:fs';

const port = Number(process.env.ORCID_PROVIDER_PORT);
const issuer = `http://127.0.0.1:${port}`;
const record = readFileSync(
  new URL('../../imports/src/orcid/fixtures/record.json', import.meta.url),
  'utf8',
);
const fixtureId = '0000-0002-1825-0097';
/** Invented people: the name ORCID gives for an iD. */
const names = { [fixtureId]: ['Ewa', 'Przykładowa'] };

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.ORCID_CLIENT_ID,
      client_secret: process.env.ORCID_CLIENT_SECRET,
      redirect_uris: [process.env.ORCID_REDIRECT_URI],
      grant_types: ['authorization_code', 'client_credentials'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
      scope: 'openid /read-public',
    },
  ],
  scopes: ['openid', '/read-public'],
  claims: { openid: ['sub', 'given_name', 'family_name'] },
  features: { devInteractions: { enabled: true }, clientCredentials: { enabled: true } },
  cookies: { keys: ['orcid-provider-for-tests'] },
  findAccount: (_ctx, sub) => ({
    accountId: sub,
    claims: () => {
      const [given_name, family_name] = names[sub] ?? ['Jan', 'Testowy'];
      return { sub, given_name, family_name };
    },
  }),
  // ORCID asks once per client; signing in here grants the openid scope without a second form.
  loadExistingGrant: async (ctx) => {
    const { client, session, provider: self } = ctx.oidc;
    const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
    if (grantId) return self.Grant.find(grantId);
    const grant = new self.Grant({ clientId: client.clientId, accountId: session.accountId });
    grant.addOIDCScope('openid');
    await grant.save();
    return grant;
  },
});

provider.use(async (ctx, next) => {
  const match = /^\/v3\.0\/(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\/record$/.exec(ctx.path);
  if (!match) return next();
  const token = /^Bearer (.+)$/.exec(ctx.get('authorization') ?? '')?.[1];
  const granted = token && (await provider.ClientCredentials.find(token));
  if (!granted || !granted.scope?.split(' ').includes('/read-public')) {
    ctx.status = 401;
    ctx.body = { error: 'invalid_token' };
    return;
  }
  ctx.type = 'application/json';
  ctx.body = record.replaceAll(fixtureId, match[1]);
});

provider.listen(port, '127.0.0.1', () => console.log(`listening ${issuer}`));
