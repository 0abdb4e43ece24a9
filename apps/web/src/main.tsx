import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ApolloClient } from '@apollo/client';
import './app/styles';
import { App } from './app/App';
import { createApolloClient } from './app/apollo';
import { createAppRouter } from './app/router';
import { initI18n } from './i18n/i18n';
import { isPublicPath, type LoginRedirectState } from './modules/auth/redirect';
import { endCollabSession } from './collab/session-end';

const i18n = initI18n();
const router = createAppRouter();

/** A query failed because the session is gone: back to sign-in, then drop the cached data. */
async function onSessionLost(): Promise<void> {
  const { pathname, search, hash } = router.state.location;
  if (isPublicPath(pathname)) return;
  const state: LoginRedirectState = {
    from: `${pathname}${search}${hash}`,
    reason: 'SESSION_EXPIRED',
  };
  await router.navigate('/login', { replace: true, state, flushSync: true });
  // Browser copies of documents are kept: they may hold edits to send after signing in again.
  await endCollabSession(null, false);
  await client.clearStore();
}

const client: ApolloClient = createApolloClient({ onSessionLost: () => void onSessionLost() });

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App client={client} router={router} i18n={i18n} />
  </StrictMode>,
);
