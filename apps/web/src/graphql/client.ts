import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { OperationTypeNode } from 'graphql';
import { from, switchMap } from 'rxjs';
import type { Session } from '../session/session';
import { graphqlEndpoint } from './endpoint';

const unauthenticated = (error: unknown): boolean =>
  CombinedGraphQLErrors.is(error) &&
  error.errors.some((item) => item.extensions?.code === 'UNAUTHENTICATED');

/**
 * Queries and mutations over HTTP with the in-memory access token; subscriptions over
 * graphql-ws (socket-link.ts). An UNAUTHENTICATED answer (the token expired
 * while the tab slept) refreshes the session once and retries the operation.
 */
export function createApolloClient(session: Session): ApolloClient {
  const auth = new SetContextLink(({ headers }) => ({
    headers: {
      ...(headers as Record<string, string> | undefined),
      ...(session.accessToken ? { authorization: `Bearer ${session.accessToken}` } : {}),
      'x-refresh-token-transport': 'cookie',
    },
  }));

  const refreshOnce = new ErrorLink(({ error, operation, forward }) => {
    if (!unauthenticated(error) || operation.getContext().retriedAfterRefresh) return;
    if (!session.accessToken) return;
    operation.setContext({ retriedAfterRefresh: true });
    return from(session.refresh()).pipe(
      switchMap((payload) => {
        if (!payload) throw error;
        return forward(operation);
      }),
    );
  });

  const http = new HttpLink({ uri: graphqlEndpoint, credentials: 'same-origin' });
  // graphql-ws loads with the first subscription, so the sign-in page does not carry it.
  let socket: Promise<ApolloLink> | undefined;
  const subscriptions = new ApolloLink((operation, forward) =>
    from(
      (socket ??= import('./socket-link').then(({ createSocketLink }) =>
        createSocketLink(session),
      )),
    ).pipe(switchMap((link) => link.request(operation, forward))),
  );

  const transport = ApolloLink.split(
    ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
    subscriptions,
    ApolloLink.from([refreshOnce, auth, http]),
  );

  return new ApolloClient({
    link: transport,
    cache: new InMemoryCache({
      typePolicies: {
        Query: { fields: { me: { merge: true } } },
      },
    }),
  });
}
