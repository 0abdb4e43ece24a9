import { useEffect, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { subscribeMeetingsChanged } from '../../meetings/live';

/** How long "Updated by …" stays on screen after a change. */
const NOTICE_MS = 15_000;

/**
 * Refetches a meeting's agenda queries when the API says over `/live` that someone changed it,
 * and returns who did (for a polite "Updated by …" notice). Changes the caller made are
 * refetched too, without the notice.
 */
export function useAgendaLive(
  meetingId: string,
  ownName: string,
  queries: readonly string[],
): { updatedBy: string | null } {
  const client = useApolloClient();
  const [updatedBy, setUpdatedBy] = useState<string | null>(null);
  const latest = useRef({ meetingId, ownName, queries });
  useEffect(() => {
    latest.current = { meetingId, ownName, queries };
  });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = subscribeMeetingsChanged((change) => {
      const { meetingId: id, ownName: me, queries: names } = latest.current;
      if (change && (change.type !== 'agenda' || change.id !== id)) return;
      void client.refetchQueries({ include: [...names] }).catch(() => {
        // A failed refetch shows up in the queries' own error state.
      });
      if (change?.by && change.by !== me) {
        setUpdatedBy(change.by);
        clearTimeout(timer);
        timer = setTimeout(() => setUpdatedBy(null), NOTICE_MS);
      }
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [client]);

  return { updatedBy };
}
