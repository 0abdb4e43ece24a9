/** socket.io namespaces and event names shared by the API and the web app. */
export const SOCKET_NAMESPACES = { live: '/live', collab: '/collab' } as const;

export const LIVE_EVENTS = {
  /** Server -> client: the session behind this socket ended (logout, disable, password change). */
  sessionEnded: 'session:ended',
} as const;
