import { ENV, type Env } from '@app/config';
import { Inject, Injectable } from '@nestjs/common';
import { parse } from 'cookie';
import type { CookieOptions } from 'express';
import type { AuthenticatedRequest } from './auth.decorators';

/** A browser asks for its refresh token as a cookie with this header; other clients get it in the body. */
export const refreshTransportHeader = 'x-refresh-token-transport';
export const refreshCookieName = 'refresh_token';

/**
 * The web app's refresh token: httpOnly (no script reads it), SameSite=Strict (no other site's
 * page sends it), scoped to the GraphQL endpoint, Secure in production. Only `refreshSession`
 * reads it; signing out clears it.
 */
@Injectable()
export class RefreshCookie {
  private readonly options: CookieOptions;
  private readonly maxAgeMs: number;

  constructor(@Inject(ENV) env: Env) {
    this.options = {
      httpOnly: true,
      sameSite: 'strict',
      secure: env.NODE_ENV === 'production',
      path: '/graphql',
    };
    this.maxAgeMs = env.REFRESH_TOKEN_TTL_SECONDS * 1000;
  }

  wanted(request: AuthenticatedRequest): boolean {
    return request.headers?.[refreshTransportHeader] === 'cookie';
  }

  read(request: AuthenticatedRequest): string | undefined {
    const header = request.headers?.cookie;
    return header ? parse(header)[refreshCookieName] || undefined : undefined;
  }

  set(request: AuthenticatedRequest, refreshToken: string): void {
    request.res?.cookie(refreshCookieName, refreshToken, {
      ...this.options,
      maxAge: this.maxAgeMs,
    });
  }

  clear(request: AuthenticatedRequest): void {
    if (this.read(request) !== undefined) request.res?.clearCookie(refreshCookieName, this.options);
  }
}
