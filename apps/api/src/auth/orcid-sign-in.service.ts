import { isUniqueViolation } from '@app/database';
import {
  conflict,
  invalidInput,
  OrcidPurpose,
  OrcidSignInEntity,
  orcidSignInMinutes,
  orcidSignUpTicketMinutes,
  unauthenticated,
  UserEntity,
  UserRole,
} from '@app/domain';
import { orcidId } from '@app/imports';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as oidc from 'openid-client';
import { DataSource, type EntityManager } from 'typeorm';
import { OrcidConnection } from './orcid-connection';
import { SessionService, type SessionTokens } from './session.service';
import type { Viewer } from './viewer';

export type OrcidOutcome =
  | { kind: 'signed-in'; tokens: SessionTokens }
  | { kind: 'linked'; orcidId: string }
  /** No account has this iD: sign up with the ticket, and the account gets the iD. */
  | { kind: 'sign-up'; orcidId: string; fullName: string | null; ticket: string };

const unavailable = () =>
  invalidInput('purpose', 'Signing in with ORCID is not set up on this platform', 'ORCID_OFF');

/**
 * Sign in with ORCID, link an iD to an account, or start a sign-up with a verified iD: the
 * authorization code flow with PKCE, state and nonce, the iD read from the ID token ORCID
 * signed, never typed.
 */
@Injectable()
export class OrcidSignInService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly connection: OrcidConnection,
    private readonly sessions: SessionService,
  ) {}

  get available(): boolean {
    return this.connection.configured;
  }

  /** The address of ORCID's sign-in page for this trip. */
  async start(purpose: OrcidPurpose, viewer: Viewer | undefined): Promise<string> {
    if (!this.connection.configured) throw unavailable();
    if (purpose === OrcidPurpose.LINK) {
      if (!viewer) throw unauthenticated('Sign in to link an ORCID iD to your account');
      if (viewer.role !== UserRole.RESEARCHER) {
        throw invalidInput('purpose', 'Only researchers link an ORCID iD', 'researchers-only');
      }
    }
    const client = await this.connection.client();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const trip = await this.dataSource.manager.save(
      this.dataSource.manager.create(OrcidSignInEntity, {
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        codeVerifier,
        purpose,
        userId: purpose === OrcidPurpose.LINK ? viewer!.id : null,
        expiresAt: new Date(Date.now() + orcidSignInMinutes * 60_000),
      }),
    );
    return oidc
      .buildAuthorizationUrl(client, {
        redirect_uri: this.connection.redirectUri,
        scope: 'openid',
        state: trip.state,
        nonce: trip.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
      })
      .toString();
  }

  /**
   * Takes ORCID's answer (the query string it sent the browser back with). A trip is used once,
   * and a link only for the account that started it.
   */
  async complete(
    callbackQuery: string,
    purpose: OrcidPurpose,
    viewer: Viewer | undefined,
  ): Promise<OrcidOutcome> {
    if (!this.connection.configured) throw unavailable();
    const callback = new URL(this.connection.redirectUri);
    callback.search = callbackQuery.startsWith('?') ? callbackQuery : `?${callbackQuery}`;
    const state = callback.searchParams.get('state') ?? '';
    const trip = await this.claimTrip(state, purpose, viewer?.id ?? null);
    const id = await this.verifiedId(callback, trip);
    return this.dataSource.transaction(async (manager) => {
      if (trip.purpose === OrcidPurpose.LINK) return this.link(manager, trip.userId!, id);
      const account = await manager.findOneBy(UserEntity, { orcidId: id });
      if (account) {
        if (!account.emailVerifiedAt) {
          throw unauthenticated('Confirm your e-mail address first: follow the link we sent');
        }
        return { kind: 'signed-in', tokens: await this.sessions.startSession(manager, account.id) };
      }
      await manager.update(
        OrcidSignInEntity,
        { id: trip.id },
        { expiresAt: new Date(Date.now() + orcidSignUpTicketMinutes * 60_000) },
      );
      return { kind: 'sign-up', orcidId: id, fullName: trip.fullName, ticket: trip.id };
    });
  }

  /** The verified iD of an unused sign-up ticket; the sign-up's transaction spends it. */
  async spendSignUpTicket(manager: EntityManager, ticket: string): Promise<string> {
    const spent = await manager
      .createQueryBuilder()
      .update(OrcidSignInEntity)
      .set({ usedAt: () => 'now()' })
      .where(
        `id = :ticket AND purpose = :purpose AND orcid_id IS NOT NULL AND used_at IS NULL
         AND expires_at > now()`,
        { ticket, purpose: OrcidPurpose.SIGN_IN },
      )
      .returning(['orcidId'])
      .execute();
    const row = (spent.raw as { orcid_id: string }[])[0];
    if (!row) {
      throw invalidInput(
        'input.orcidTicket',
        'This ORCID sign-in has expired or was used: sign in with ORCID again',
        'orcid-ticket-expired',
      );
    }
    return row.orcid_id;
  }

  /** A link is completed only by the account that started it. */
  private async claimTrip(
    state: string,
    purpose: OrcidPurpose,
    userId: string | null,
  ): Promise<OrcidSignInEntity> {
    const claimed = await this.dataSource.manager
      .createQueryBuilder()
      .update(OrcidSignInEntity)
      .set({ completedAt: () => 'now()' })
      .where(
        `state = :state AND purpose = :purpose AND user_id IS NOT DISTINCT FROM :userId
         AND completed_at IS NULL AND expires_at > now()`,
        { state, purpose, userId },
      )
      .returning('*')
      .execute();
    const row = (claimed.raw as Record<string, unknown>[])[0];
    if (!row) {
      throw invalidInput(
        'callbackQuery',
        'This ORCID sign-in has expired or was already used: start again',
        'orcid-sign-in-expired',
      );
    }
    return this.dataSource.manager.create(OrcidSignInEntity, {
      id: row.id as string,
      nonce: row.nonce as string,
      codeVerifier: row.code_verifier as string,
      purpose,
      userId,
      state,
    });
  }

  private async verifiedId(callback: URL, trip: OrcidSignInEntity): Promise<string> {
    let claims: oidc.IDToken | undefined;
    try {
      const tokens = await oidc.authorizationCodeGrant(await this.connection.client(), callback, {
        pkceCodeVerifier: trip.codeVerifier,
        expectedState: trip.state,
        expectedNonce: trip.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims();
    } catch (error) {
      if (error instanceof oidc.AuthorizationResponseError) {
        throw invalidInput('callbackQuery', 'ORCID did not sign you in', 'ORCID_REFUSED');
      }
      throw invalidInput(
        'callbackQuery',
        `ORCID's answer could not be verified: ${(error as Error).message}`,
        'ORCID_UNVERIFIED',
      );
    }
    const id = orcidId(claims?.sub);
    if (!id) throw invalidInput('callbackQuery', 'ORCID named no valid iD', 'ORCID_UNVERIFIED');
    const name = [claims?.given_name, claims?.family_name]
      .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
      .join(' ')
      .slice(0, 120);
    await this.dataSource.manager.update(
      OrcidSignInEntity,
      { id: trip.id },
      { orcidId: id, fullName: name || null },
    );
    trip.fullName = name || null;
    return id;
  }

  private async link(manager: EntityManager, userId: string, id: string): Promise<OrcidOutcome> {
    try {
      await manager.update(UserEntity, { id: userId }, { orcidId: id });
    } catch (error) {
      if (isUniqueViolation(error, 'UQ_users_orcid_id')) {
        throw conflict('This ORCID iD is linked to another account');
      }
      throw error;
    }
    return { kind: 'linked', orcidId: id };
  }
}
