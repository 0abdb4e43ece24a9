import { useCallback, useContext } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { LogoutMutation } from '../graphql/auth.operations';
import type { LoginRedirectState } from '../redirect';
import { CurrentUserContext } from '../current-user.context';
import { endCollabSession } from '../../../collab/session-end';

/** Ends the session on the server, leaves the workspace, then forgets everything cached. */
export function useLogout(): { signOut: () => Promise<void>; signingOut: boolean } {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading }] = useMutation(LogoutMutation);
  const userId = useContext(CurrentUserContext)?.id ?? null;

  const signOut = useCallback(async () => {
    try {
      await logout();
    } catch {
      // The session may already be gone; signing out locally is still right.
    }
    const state: LoginRedirectState = { reason: 'SIGNED_OUT' };
    // Leave the workspace first (synchronously) so no mounted query refetches into an empty cache.
    await navigate('/login', { replace: true, state, flushSync: true });
    await endCollabSession(userId, true);
    await client.clearStore();
  }, [client, logout, navigate, userId]);

  return { signOut, signingOut: loading };
}
