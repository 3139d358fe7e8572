import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';
import type { Session } from '../session/session';
import { websocketEndpoint } from './endpoint';

/** Subscriptions over graphql-ws, reconnecting with the current access token. */
export function createSocketLink(session: Session): GraphQLWsLink {
  return new GraphQLWsLink(
    createClient({
      url: websocketEndpoint(),
      lazy: true,
      retryAttempts: Infinity,
      connectionParams: () =>
        session.accessToken === null ? {} : { authorization: `Bearer ${session.accessToken}` },
      // 4401/4403: the token was refused or the session ended; refresh before the next attempt.
      on: {
        closed: (event) => {
          const code = (event as { code?: number }).code;
          if ((code === 4401 || code === 4403) && session.accessToken)
            void session.refresh().catch(() => undefined);
        },
      },
    }),
  );
}
