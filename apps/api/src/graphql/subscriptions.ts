import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { WebSocket } from 'ws';
import type { SessionService } from '../auth/session.service';
import type { Viewer } from '../auth/viewer';

/** What graphql-ws keeps per socket: the viewer is authenticated once, on connection_init. */
export interface SocketExtra {
  socket: WebSocket;
  viewer?: Viewer;
}

/**
 * Close code when the access token runs out or the session ends: graphql-ws's Forbidden, which
 * its clients retry (unlike 4401), asking `connectionParams` for a fresh token.
 */
export const REAUTHENTICATE_CLOSE_CODE = 4403;

const bearerToken = (value: unknown): string | undefined =>
  typeof value === 'string' && value.startsWith('Bearer ')
    ? value.slice('Bearer '.length).trim() || undefined
    : undefined;

/**
 * Subscriptions over graphql-ws, authenticated on connection with the same access token as HTTP
 * (`connectionParams: { authorization: 'Bearer …' }`). A refused connection is closed with 4403,
 * and so is an accepted one when its token expires or its session ends.
 */
export function graphqlWsOptions(sessions: SessionService): GraphQLWsSubscriptionsConfig {
  // Nothing more reaches, or starts on, a socket whose session was signed out meanwhile.
  const closeIfSessionEnded = async ({ extra }: { extra: unknown }) => {
    const { socket, viewer } = extra as SocketExtra;
    if (viewer && !(await sessions.isActive(viewer))) {
      socket.close(REAUTHENTICATE_CLOSE_CODE, 'Session has ended');
    }
  };
  return {
    path: '/graphql',
    onConnect: async (context) => {
      const token = bearerToken(context.connectionParams?.authorization);
      if (!token) return false;
      const extra = context.extra as SocketExtra;
      try {
        extra.viewer = await sessions.viewerForAccessToken(token);
      } catch {
        return false;
      }
      const remainingMs = sessions.accessTokenExpiry(token).getTime() - Date.now();
      const timer = setTimeout(
        () => extra.socket.close(REAUTHENTICATE_CLOSE_CODE, 'Access token expired'),
        remainingMs,
      );
      extra.socket.once('close', () => clearTimeout(timer));
      return true;
    },
    onSubscribe: closeIfSessionEnded,
    onNext: closeIfSessionEnded,
  };
}
