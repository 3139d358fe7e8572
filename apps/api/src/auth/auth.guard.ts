import { forbidden, unauthenticated, UserRole } from '@app/domain';
import { IS_PUBLIC } from '@app/observability';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { type GraphQLResolveInfo, OperationTypeNode } from 'graphql';
import { ALLOWED_BEFORE_LEGAL_ACCEPTANCE, requestOf, ROLES } from './auth.decorators';
import { SessionService } from './session.service';

/** A mutation, or an HTTP request other than a read (the upload endpoint). */
function changesSomething(context: ExecutionContext): boolean {
  if (context.getType<string>() === 'graphql') {
    const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
    return info.operation.operation === OperationTypeNode.MUTATION;
  }
  return !['GET', 'HEAD'].includes(requestOf(context).method);
}

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
    // Subscriptions arrive with the viewer their socket authenticated as.
    const viewer = request.viewer ?? (await this.viewerOf(request.headers.authorization));
    request.viewer = viewer;

    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(viewer.role)) {
      throw forbidden(`This operation is not available to the ${viewer.role} role`);
    }
    if (
      viewer.legalAcceptanceDue &&
      changesSomething(context) &&
      !this.reflector.getAllAndOverride<boolean>(ALLOWED_BEFORE_LEGAL_ACCEPTANCE, targets)
    ) {
      throw forbidden('Accept the terms and the privacy notice in force before changing anything');
    }
    return true;
  }

  private viewerOf(header: string | undefined) {
    const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
    if (!token) throw unauthenticated();
    return this.sessions.viewerForAccessToken(token);
  }
}
