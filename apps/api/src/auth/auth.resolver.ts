import { passwordRule, unauthenticated } from '@app/domain';
import { clientAddress } from './client-address';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import {
  AllowedBeforeLegalAcceptance,
  type AuthenticatedRequest,
  CurrentViewer,
  Public,
} from './auth.decorators';
import { AccountEmailsService } from './account-emails.service';
import { AuthService } from './auth.service';
import { RefreshCookie } from './refresh-cookie';
import { SessionPayloads } from './session-payloads';
import { SignUpInput } from './dto/sign-up.input';
import { AuthPayloadModel } from './models/auth-payload.model';
import { SessionService } from './session.service';
import type { Viewer } from './viewer';
import { IdempotencyKey, idempotent } from '../idempotency/idempotent-request';

/** Express's `req.ip`: the peer, or the client a trusted proxy names (TRUST_PROXY). */

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly accountEmails: AccountEmailsService,
    private readonly cookie: RefreshCookie,
    private readonly payloads: SessionPayloads,
  ) {}

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Create an account, and an organisation or join one. The account signs in once its ' +
      'e-mail address is verified by the link just sent; the answer is the same for an address ' +
      'that already has an account (its owner is told by e-mail)',
  })
  async signUp(
    @Args('input') input: SignUpInput,
    @IdempotencyKey() key?: string,
  ): Promise<boolean> {
    // The key's stored fingerprint (an unsalted hash) must not be one of the password.
    const { password: _password, ...fingerprinted } = input;
    await this.auth.signUp(input, idempotent(key, null, 'signUp', fingerprinted));
    return true;
  }

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description: "Follow the sign-up e-mail's link: the address is verified and you are signed in",
  })
  async verifyEmail(
    @Args('token') token: string,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<AuthPayloadModel> {
    return this.payloads.payload(await this.accountEmails.verifyEmail(token), request);
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Send the verification link again (if the address has an unverified account)',
  })
  async resendVerificationEmail(@Args('email') email: string): Promise<boolean> {
    await this.accountEmails.resendVerification(email);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'E-mail a password reset link (if the address has an account); always true',
  })
  async requestPasswordReset(@Args('email') email: string): Promise<boolean> {
    await this.accountEmails.requestPasswordReset(email);
    return true;
  }

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description: "Set a new password with the reset e-mail's link; every other session ends",
  })
  async resetPassword(
    @Args('token') token: string,
    @Args('password', { description: passwordRule }) password: string,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<AuthPayloadModel> {
    return this.payloads.payload(await this.accountEmails.resetPassword(token, password), request);
  }

  @Mutation(() => Boolean, { description: 'Other sessions end; this one stays signed in' })
  async changePassword(
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword', { description: passwordRule }) newPassword: string,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<boolean> {
    await this.auth.changePassword(viewer, currentPassword, newPassword, clientAddress(request));
    return true;
  }

  @AllowedBeforeLegalAcceptance()
  @Mutation(() => Boolean, { description: 'End every session of yours, this one included' })
  async signOutEverywhere(
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<boolean> {
    await this.auth.signOutEverywhere(viewer);
    this.cookie.clear(request);
    return true;
  }

  @Public()
  @Mutation(() => AuthPayloadModel)
  async signIn(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<AuthPayloadModel> {
    return this.payloads.payload(
      await this.auth.signIn(email, password, clientAddress(request)),
      request,
    );
  }

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description:
      'Rotate the refresh token; reusing one ends the session. Without `refreshToken`, the ' +
      "browser's session cookie is used",
  })
  async refreshSession(
    @Context('req') request: AuthenticatedRequest,
    @Args('refreshToken', { nullable: true }) refreshToken?: string,
  ): Promise<AuthPayloadModel> {
    const token = refreshToken ?? this.cookie.read(request);
    if (!token) throw unauthenticated('No refresh token: pass refreshToken or sign in again');
    try {
      return await this.payloads.payload(await this.sessions.refresh(token), request);
    } catch (error) {
      if (refreshToken === undefined) this.cookie.clear(request);
      throw error;
    }
  }

  @AllowedBeforeLegalAcceptance()
  @Mutation(() => Boolean, {
    description: 'End this session: its refresh and access tokens stop working',
  })
  async signOut(
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<boolean> {
    await this.sessions.signOut(viewer.sessionId);
    this.cookie.clear(request);
    return true;
  }
}
