import { io, type Socket } from 'socket.io-client';
import { onCollabSessionEnd } from './session-end';
import { socketParser } from '@berne/collab';

let socket: Socket | null = null;

/**
 * The one `/collab` connection of the app, opened on first use (by then the user has signed in:
 * the session cookie authenticates the handshake). Every open document shares it.
 */
export function collabSocket(): Socket {
  if (!socket) {
    socket = io('/collab', { transports: ['websocket'], parser: socketParser });
    onCollabSessionEnd(closeCollabSocket);
  }
  return socket;
}

/** Closes the connection on sign-out or when the session ends; the next use opens a new one. */
export function closeCollabSocket(): void {
  socket?.disconnect();
  socket = null;
}
