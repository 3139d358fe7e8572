import { type UserRole } from '@app/domain';
import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { Viewer } from './viewer';

export { Public } from '@app/observability';

export const ROLES = 'roles';

/** Only these roles may call the operation; object-level rules still apply in the service. */
export const Roles = (...roles: UserRole[]) => SetMetadata(ROLES, roles);

export const ALLOWED_BEFORE_LEGAL_ACCEPTANCE = 'allowedBeforeLegalAcceptance';

/** A change a user may make before accepting the texts in force (accepting them, signing out). */
export const AllowedBeforeLegalAcceptance = () =>
  SetMetadata(ALLOWED_BEFORE_LEGAL_ACCEPTANCE, true);

export type AuthenticatedRequest = Request & { viewer?: Viewer };

export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req;
  }
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}

/** The signed-in viewer; the global guard guarantees one on non-public operations. */
export const CurrentViewer = createParamDecorator(
  (_: unknown, context: ExecutionContext): Viewer => requestOf(context).viewer as Viewer,
);
