import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { isSessionLost } from '../modules/errors/error-messages';

/** Operations that handle a missing session themselves. */
const SESSION_AWARE_OPERATIONS = new Set([
  'Me',
  'Login',
  'Logout',
  'RequestPasswordReset',
  'ResetPassword',
]);

export interface ApolloClientOptions {
  /** Called when an operation fails because the session ended (expired, revoked, account disabled). */
  onSessionLost: () => void;
}

export function createApolloClient({ onSessionLost }: ApolloClientOptions): ApolloClient {
  const sessionLink = new ErrorLink(({ error, operation }) => {
    if (!SESSION_AWARE_OPERATIONS.has(operation.operationName ?? '') && isSessionLost(error))
      onSessionLost();
  });

  const httpLink = new HttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    // The API runs Apollo's CSRF prevention: this header forces a preflight for cross-site requests.
    headers: { 'apollo-require-preflight': 'true' },
  });

  return new ApolloClient({
    link: ApolloLink.from([sessionLink, httpLink]),
    cache: new InMemoryCache({
      typePolicies: {
        Partner: { keyFields: ['code'] },
        Theme: { keyFields: ['code'] },
        // One agenda per meeting: reorder, lock and reopen answers replace the cached agenda.
        Agenda: { keyFields: ['meetingId'] },
        // One list of cases per meeting: saving or marking it sent replaces the cached list.
        MeetingCaseList: { keyFields: ['meetingId'] },
        AuditPage: { keyFields: false },
        AuditVerification: { keyFields: false },
      },
    }),
  });
}
