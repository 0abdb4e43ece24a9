import { useEffect, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { subscribeBenchmarksChanged, type BenchmarksChange } from '../live';

/** How long "Updated by …" stays on screen after a change. */
const NOTICE_MS = 15_000;

/**
 * Refetches the named (active) queries when the API says over `/live` that a benchmark,
 * assessment, aligned objective or flag changed, and returns who did it when it was someone else.
 */
export function useBenchmarksLive(
  queries: readonly string[],
  ownName: string,
  concerns: (change: BenchmarksChange) => boolean = () => true,
): { updatedBy: string | null } {
  const client = useApolloClient();
  const [updatedBy, setUpdatedBy] = useState<string | null>(null);
  const latest = useRef({ queries, ownName, concerns });
  useEffect(() => {
    latest.current = { queries, ownName, concerns };
  });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = subscribeBenchmarksChanged((change) => {
      const { queries: names, ownName: me, concerns: filter } = latest.current;
      if (change && !filter(change)) return;
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
