import { useEffect, useRef } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { subscribeMeetingsChanged, type MeetingsChange } from '../live';

/**
 * Refetches the named (active) queries when the API says over `/live` that a meeting, poll,
 * action item or roster changed. The push carries ids only; the refetch goes through the API's
 * access checks like any other read.
 */
export function useMeetingsLive(
  queries: readonly string[],
  concerns: (change: MeetingsChange) => boolean = () => true,
): void {
  const client = useApolloClient();
  const latest = useRef({ queries, concerns });
  useEffect(() => {
    latest.current = { queries, concerns };
  });

  useEffect(
    () =>
      subscribeMeetingsChanged((change) => {
        const { queries: names, concerns: filter } = latest.current;
        if (change && !filter(change)) return;
        void client.refetchQueries({ include: [...names] }).catch(() => {
          // A failed refetch shows up in the queries' own error state.
        });
      }),
    [client],
  );
}
