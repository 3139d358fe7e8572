import { ENV, type Env } from '@app/config';
import { Inject, Injectable } from '@nestjs/common';
import * as oidc from 'openid-client';

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The platform's client at ORCID's OpenID Connect server (discovered from the issuer once),
 * and the `/read-public` token the public API asks for. Absent unless ORCID_* is configured.
 * Plain HTTP is allowed only for a server on this machine: a test's or a developer's provider.
 */
@Injectable()
export class OrcidConnection {
  private configuration: Promise<oidc.Configuration> | undefined;
  private publicToken: Promise<string> | undefined;
  readonly redirectUri: string;

  constructor(@Inject(ENV) private readonly env: Env) {
    this.redirectUri = new URL('/orcid/callback', env.APP_URL).toString();
  }

  get configured(): boolean {
    return !!this.env.ORCID_ISSUER_URL;
  }

  client(): Promise<oidc.Configuration> {
    this.configuration ??= this.discover().catch((error: unknown) => {
      this.configuration = undefined;
      throw error;
    });
    return this.configuration;
  }

  /** A token for the public API (client credentials, scope `/read-public`), kept while it lasts. */
  readPublicToken(): Promise<string> {
    this.publicToken ??= this.client()
      .then((client) => oidc.clientCredentialsGrant(client, { scope: '/read-public' }))
      .then((tokens) => {
        const lifetime = tokens.expiresIn();
        if (lifetime !== undefined) {
          setTimeout(() => (this.publicToken = undefined), lifetime * 1000 * 0.9).unref();
        }
        return tokens.access_token;
      })
      .catch((error: unknown) => {
        this.publicToken = undefined;
        throw error;
      });
    return this.publicToken;
  }

  private discover(): Promise<oidc.Configuration> {
    const issuer = new URL(this.env.ORCID_ISSUER_URL!);
    const insecure = issuer.protocol === 'http:' && loopbackHosts.has(issuer.hostname);
    return oidc.discovery(
      issuer,
      this.env.ORCID_CLIENT_ID!,
      { redirect_uris: [this.redirectUri] },
      oidc.ClientSecretPost(this.env.ORCID_CLIENT_SECRET!),
      insecure ? { execute: [oidc.allowInsecureRequests] } : undefined,
    );
  }
}
