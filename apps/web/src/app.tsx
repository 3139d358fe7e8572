import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { AppRouter } from './layout/app-router';
import { LocaleProvider } from './i18n/locale-provider';
import { LocalizedTheme } from './layout/localized-theme';
import { AppRoutes } from './routes';
import type { Session } from './session/session';
import { SessionProvider } from './session/session-context';
import { cssVariablesResolver, theme } from './theme';

export function App({ session, client }: { session: Session; client: ApolloClient }) {
  return (
    <SessionProvider session={session}>
      <ApolloProvider client={client}>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
          <LocaleProvider>
            <LocalizedTheme>
              <AppRouter>
                <AppRoutes />
              </AppRouter>
            </LocalizedTheme>
          </LocaleProvider>
        </MantineProvider>
      </ApolloProvider>
    </SessionProvider>
  );
}
