import { useCallback } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { LogoutMutation } from '../graphql/auth.operations';
import type { LoginRedirectState } from '../redirect';

/** Ends the session on the server, leaves the workspace, then forgets everything cached. */
export function useLogout(): { signOut: () => Promise<void>; signingOut: boolean } {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading }] = useMutation(LogoutMutation);

  const signOut = useCallback(async () => {
    try {
      await logout();
    } catch {
      // The session may already be gone; signing out locally is still right.
    }
    const state: LoginRedirectState = { reason: 'SIGNED_OUT' };
    // Leave the workspace first (synchronously) so no mounted query refetches into an empty cache.
    await navigate('/login', { replace: true, state, flushSync: true });
    await client.clearStore();
  }, [client, logout, navigate]);

  return { signOut, signingOut: loading };
}
