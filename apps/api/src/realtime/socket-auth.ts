import { parse } from 'cookie';
import type { Socket } from 'socket.io';
import type { Principal } from '../access/principal';
import type { AppConfig } from '../config/config';
import { sessionCookieName } from '../auth/cookies';
import { principalFor } from '../auth/principal.factory';
import type { SessionsService } from '../auth/sessions.service';

export interface AuthenticatedSocketData {
  principal: Principal;
  sessionExpiresAt: number;
}

/**
 * socket.io middleware: a socket exists only for a live session. The principal is stored on
 * `socket.data` and every handler asks the access policy with it.
 */
export function socketAuthMiddleware(sessions: SessionsService, config: AppConfig) {
  return async (socket: Socket, next: (err?: Error) => void) => {
    try {
      const cookies = parse(socket.handshake.headers.cookie ?? '');
      const active = await sessions.resolve(cookies[sessionCookieName(config)]);
      if (!active) {
        next(Object.assign(new Error('UNAUTHENTICATED'), { data: { code: 'UNAUTHENTICATED' } }));
        return;
      }
      const data: AuthenticatedSocketData = {
        principal: principalFor(active.user, active.session.id),
        sessionExpiresAt: active.session.expiresAt.getTime(),
      };
      socket.data = data;
      next();
    } catch {
      next(new Error('INTERNAL_SERVER_ERROR'));
    }
  };
}
