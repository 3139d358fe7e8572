import { forbidden, unauthenticated, UserRole } from '@app/domain';
import { IS_PUBLIC } from '@app/observability';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { requestOf, ROLES } from './auth.decorators';
import { SessionService } from './session.service';

/** Deny by default: every operation needs a valid access token unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = requestOf(context);
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
    if (!token) throw unauthenticated();
    const viewer = await this.sessions.viewerForAccessToken(token);
    request.viewer = viewer;

    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(viewer.role)) {
      throw forbidden(`This operation is not available to the ${viewer.role} role`);
    }
    return true;
  }
}
