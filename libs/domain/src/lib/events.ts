/** socket.io namespaces and event names shared by the API and the web app. */
export const SOCKET_NAMESPACES = { live: '/live', collab: '/collab' } as const;

export const LIVE_EVENTS = {
  /** Server -> client: the session behind this socket ended (logout, disable, password change). */
  sessionEnded: 'session:ended',
  /** Server -> client: ({ id, kind }) a new notification for this user; fetch it over GraphQL. */
  notification: 'notification:new',
  /** Server -> client: ({ type, id }) a meeting, poll, action item or roster changed; refetch it. */
  meetingsChanged: 'meetings:changed',
  /**
   * Server -> client: ({ type, id, benchmarkId?, by? }) a benchmark, assessment, aligned objective
   * or conflict flag changed; refetch it.
   */
  benchmarksChanged: 'benchmarks:changed',
} as const;
