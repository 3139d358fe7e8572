import './layout/sign-in-styles';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createApolloClient } from './graphql/client';
import { Session } from './session/session';

const session = new Session();
const client = createApolloClient(session);

// A reload keeps the session: the refresh cookie buys a new access token before the first page.
void session
  .refresh()
  .catch(() => null)
  .finally(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App session={session} client={client} />
      </StrictMode>,
    ),
  );
