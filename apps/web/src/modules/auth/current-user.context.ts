import { createContext } from 'react';
import type { MeQuery } from '../../generated/graphql';

export type CurrentUser = MeQuery['me'];

/** Set by RequireAuth once `me` has answered; null outside the workspace. */
export const CurrentUserContext = createContext<CurrentUser | null>(null);
