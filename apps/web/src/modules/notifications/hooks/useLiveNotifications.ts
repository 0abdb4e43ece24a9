import { useEffect, useRef } from 'react';

export interface LiveNotificationHandlers {
  /** Something new for the user, or a reconnection after which anything may have been missed. */
  onChange: () => void;
  /**
   * The server ended the session (sign-out elsewhere, disabled account, timeout). The handler
   * asks the API again, whose UNAUTHENTICATED answer takes the app to the sign-in page the same
   * way as any other request made after the session ended.
   */
  onSessionEnded: () => void;
}

/**
 * Keeps a `/live` connection open while the workspace is shown, to hear about new notifications
 * as they are created. socket.io is loaded on demand, so the app shell stays small.
 */
export function useLiveNotifications(handlers: LiveNotificationHandlers): void {
  const current = useRef(handlers);
  useEffect(() => {
    current.current = handlers;
  }, [handlers]);

  useEffect(() => {
    let cancelled = false;
    let disconnect: () => void = () => undefined;
    let connections = 0;
    void import('../../../collab/live-socket')
      .then(({ connectLive }) => {
        if (cancelled) return;
        disconnect = connectLive({
          onNotification: () => current.current.onChange(),
          onConnect: () => {
            // The first connection follows the page's own queries; later ones follow a gap.
            connections += 1;
            if (connections > 1) current.current.onChange();
          },
          onSessionEnded: () => current.current.onSessionEnded(),
        });
      })
      .catch(() => {
        // The chunk could not load (offline): notifications still arrive with the next page load.
      });
    return () => {
      cancelled = true;
      disconnect();
    };
  }, []);
}
