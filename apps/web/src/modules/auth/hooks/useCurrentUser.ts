import { useContext } from 'react';
import { CurrentUserContext, type CurrentUser } from '../current-user.context';

/** The signed-in user. Only valid below RequireAuth. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser() is only available inside the signed-in workspace');
  return user;
}
