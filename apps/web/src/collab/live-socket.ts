import { io } from 'socket.io-client';
import { LIVE_EVENTS, SOCKET_NAMESPACES } from '@berne/domain';
import { socketParser } from '@berne/collab';

export interface LiveHandlers {
  /** A notification for the signed-in user was created: fetch it through the API. */
  onNotification: () => void;
  /** (Re)connected: anything sent while disconnected was missed, so refetch. */
  onConnect?: () => void;
  /** The session behind the socket ended (sign-out elsewhere, disabled account, timeout). */
  onSessionEnded: () => void;
}

/**
 * Connects to the `/live` namespace (same origin; the session cookie authenticates the
 * handshake) and returns a function that closes it. One connection per signed-in workspace.
 */
export function connectLive(handlers: LiveHandlers): () => void {
  const socket = io(SOCKET_NAMESPACES.live, { transports: ['websocket'], parser: socketParser });
  socket.on('connect', () => handlers.onConnect?.());
  // Other screens (meetings, polls) listen on this same connection through onLiveEvent.
  let connections = 0;
  socket.on('connect', () => {
    connections += 1;
    if (connections > 1) dispatchLiveEvent(LIVE_RECONNECTED, undefined);
  });
  socket.onAny((event: string, payload: unknown) => dispatchLiveEvent(event, payload));
  socket.on(LIVE_EVENTS.notification, () => handlers.onNotification());
  socket.on(LIVE_EVENTS.sessionEnded, () => {
    // The server closes the socket right after; do not let socket.io try again with a dead cookie.
    socket.disconnect();
    handlers.onSessionEnded();
  });
  socket.on('connect_error', () => {
    // A refused handshake (no session any more) is not retried by socket.io: say so once.
    if (!socket.active) handlers.onSessionEnded();
  });
  return () => {
    socket.off();
    socket.disconnect();
  };
}

type LiveListener = (payload: unknown) => void;
const liveListeners = new Map<string, Set<LiveListener>>();

/** Not a server event: the connection came back after a gap, so pushes may have been missed. */
export const LIVE_RECONNECTED = 'live:reconnected';

function dispatchLiveEvent(event: string, payload: unknown): void {
  liveListeners.get(event)?.forEach((listener) => listener(payload));
}

/**
 * Listens to one event of the workspace's `/live` connection (the one connectLive opens) without
 * opening another; returns a function that stops listening.
 */
export function onLiveEvent(event: string, listener: LiveListener): () => void {
  const listeners = liveListeners.get(event) ?? new Set<LiveListener>();
  listeners.add(listener);
  liveListeners.set(event, listeners);
  return () => {
    listeners.delete(listener);
  };
}
