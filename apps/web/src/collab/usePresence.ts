import { useEffect, useState } from 'react';
import type { CollabSession } from './useCollabDocument';
import { presentUsers, type PresentUser } from './presence';

/** Who has the document open, from the awareness states (one entry per person). */
export function usePresence(session: CollabSession | null, selfUserId: string): PresentUser[] {
  const [users, setUsers] = useState<PresentUser[]>([]);

  useEffect(() => {
    if (!session) return;
    const { awareness } = session.provider;
    const update = () =>
      setUsers(presentUsers(awareness.getStates(), session.doc.clientID, selfUserId));
    awareness.on('change', update);
    const initial = window.setTimeout(update, 0);
    return () => {
      window.clearTimeout(initial);
      awareness.off('change', update);
      setUsers([]);
    };
  }, [session, selfUserId]);

  return users;
}
