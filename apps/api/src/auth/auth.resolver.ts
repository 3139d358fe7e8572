import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { UsersService } from '../users/users.service';
import { type AuthenticatedRequest, CurrentViewer, Public } from './auth.decorators';
import { AuthService } from './auth.service';
import { SignUpInput } from './dto/sign-up.input';
import { AuthPayloadModel } from './models/auth-payload.model';
import { SessionService, SessionTokens } from './session.service';
import type { Viewer } from './viewer';

/** Express's `req.ip`: the peer, or the client a trusted proxy names (TRUST_PROXY). */
const clientAddress = (request: AuthenticatedRequest): string =>
  request.ip ?? request.socket?.remoteAddress ?? 'unknown';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description: 'Create an account, and an organisation or join one',
  })
  async signUp(
    @Args('input') input: SignUpInput,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<AuthPayloadModel> {
    return this.payload(await this.auth.signUp(input), request);
  }

  @Public()
  @Mutation(() => AuthPayloadModel)
  async signIn(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<AuthPayloadModel> {
    return this.payload(await this.auth.signIn(email, password, clientAddress(request)), request);
  }

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description: 'Rotate the refresh token; reusing one ends the session',
  })
  async refreshSession(
    @Args('refreshToken') refreshToken: string,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<AuthPayloadModel> {
    return this.payload(await this.sessions.refresh(refreshToken), request);
  }

  @Mutation(() => Boolean, {
    description: 'End this session: its refresh and access tokens stop working',
  })
  async signOut(@CurrentViewer() viewer: Viewer): Promise<boolean> {
    await this.sessions.signOut(viewer.sessionId);
    return true;
  }

  /**
   * The rest of the operation sees the session it just started, so the payload's fields show
   * what `me` would (the organisation's invite code, say).
   */
  private async payload(
    tokens: SessionTokens,
    request: AuthenticatedRequest,
  ): Promise<AuthPayloadModel> {
    request.viewer = await this.sessions.viewerForAccessToken(tokens.accessToken);
    const user = await this.users.byId(tokens.userId);
    return { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, user };
  }
}
