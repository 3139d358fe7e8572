import type { AuthenticatedRequest } from './auth.decorators';

/** The caller's address, as Express reads it (behind TRUST_PROXY, the forwarded one). */
export const clientAddress = (request: AuthenticatedRequest): string =>
  request.ip ?? request.socket?.remoteAddress ?? 'unknown';
