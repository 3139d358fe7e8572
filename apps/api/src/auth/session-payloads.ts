import { Injectable } from '@nestjs/common';
import { UsersService } from '../users/users.service';
import type { AuthenticatedRequest } from './auth.decorators';
import type { AuthPayloadModel } from './models/auth-payload.model';
import { RefreshCookie } from './refresh-cookie';
import { SessionService, type SessionTokens } from './session.service';

/** What every operation that starts or renews a session answers with. */
@Injectable()
export class SessionPayloads {
  constructor(
    private readonly sessions: SessionService,
    private readonly users: UsersService,
    private readonly cookie: RefreshCookie,
  ) {}

  /**
   * The rest of the operation sees the session it just started, so the payload's fields show
   * what `me` would (the organisation's invite code, say). A browser that asked for it gets the
   * refresh token as an httpOnly cookie instead of in the body, where its scripts could read it.
   */
  async payload(tokens: SessionTokens, request: AuthenticatedRequest): Promise<AuthPayloadModel> {
    request.viewer = await this.sessions.viewerForAccessToken(tokens.accessToken);
    const user = await this.users.byId(tokens.userId);
    const asCookie = this.cookie.wanted(request);
    if (asCookie) this.cookie.set(request, tokens.refreshToken);
    return {
      accessToken: tokens.accessToken,
      accessTokenExpiresAt: this.sessions.accessTokenExpiry(tokens.accessToken),
      refreshToken: asCookie ? null : tokens.refreshToken,
      user,
    };
  }
}
