import { Inject, Logger, type OnModuleDestroy } from '@nestjs/common';
import {
  type OnGatewayConnection,
  type OnGatewayInit,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import { LIVE_EVENTS, type Classification } from '@berne/domain';
import { isStaff } from '../access/principal';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { SessionEvents } from '../auth/session-events';
import { SessionsService } from '../auth/sessions.service';
import { socketAuthMiddleware, type AuthenticatedSocketData } from './socket-auth';

/** How often open sockets re-check that their session is still live (idle/absolute timeouts). */
const RECHECK_MS = 60_000;

export const roomOfUser = (userId: string) => `user:${userId}`;
export const roomOfSession = (sessionId: string) => `session:${sessionId}`;
export const roomOfPartner = (code: string) => `partner:${code}`;
/** Every signed-in staff member (secretariat, coordinators, diplomats); never guests. */
export const STAFF_ROOM = 'staff';

/**
 * The `/live` namespace: domain events and presence. Authenticated at the handshake; a socket
 * lives only as long as its session — logout, password change and account disable close it on
 * every replica.
 */
@WebSocketGateway({ namespace: '/live' })
export class LiveGateway implements OnGatewayInit, OnGatewayConnection, OnModuleDestroy {
  private readonly logger = new Logger(LiveGateway.name);
  private unsubscribe?: () => void;
  private recheck?: NodeJS.Timeout;

  @WebSocketServer()
  private namespace!: Namespace;

  constructor(
    private readonly sessions: SessionsService,
    private readonly sessionEvents: SessionEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  afterInit(namespace: Namespace): void {
    namespace.use(socketAuthMiddleware(this.sessions, this.config));
    this.unsubscribe = this.sessionEvents.onEnded(({ sessionIds, reason }) => {
      if (sessionIds.length === 0) return;
      const rooms = sessionIds.map(roomOfSession);
      this.namespace.to(rooms).emit(LIVE_EVENTS.sessionEnded, { reason });
      this.namespace.in(rooms).disconnectSockets(true);
    });
    this.recheck = setInterval(() => void this.recheckSessions(), RECHECK_MS);
    this.recheck.unref();
  }

  async handleConnection(socket: Socket): Promise<void> {
    const { principal } = socket.data as AuthenticatedSocketData;
    const rooms = [roomOfUser(principal.userId!), roomOfSession(principal.sessionId!)];
    if (principal.partnerCode) rooms.push(roomOfPartner(principal.partnerCode));
    if (isStaff(principal)) rooms.push(STAFF_ROOM);
    await socket.join(rooms);
  }

  /**
   * Tells users' open screens (on every replica) that something concerns them. Payloads carry
   * ids and kinds only; screens fetch the rest through the API, which asks the policy.
   */
  toUsers(userIds: readonly string[], event: string, payload: Record<string, string>): void {
    if (userIds.length === 0) return;
    this.namespace.to(userIds.map(roomOfUser)).emit(event, payload);
  }

  /**
   * Tells the screens of those who may read a record that it changed: PUBLIC and PARTNERS records
   * reach staff, PARTNER_PRIVATE ones their partner's members; RESTRICTED ones are never broadcast
   * (their readers refresh on their own). The payload carries ids only.
   */
  toReaders(
    audience: { classification: Classification; ownerPartner: string | null },
    event: string,
    payload: Record<string, string>,
  ): void {
    switch (audience.classification) {
      case 'PUBLIC':
      case 'PARTNERS':
        this.namespace.to(STAFF_ROOM).emit(event, payload);
        return;
      case 'PARTNER_PRIVATE':
        if (audience.ownerPartner) this.namespace.to(roomOfPartner(audience.ownerPartner)).emit(event, payload);
        return;
      case 'RESTRICTED':
        return;
    }
  }

  /** Sockets of this replica whose session ended without an event (timeouts) are closed. */
  private async recheckSessions(): Promise<void> {
    const sockets = await this.namespace.local.fetchSockets();
    const now = Date.now();
    for (const socket of sockets) {
      const data = socket.data as AuthenticatedSocketData;
      const live = now < data.sessionExpiresAt && (await this.sessions.isLive(data.principal.sessionId!));
      if (!live) {
        socket.emit(LIVE_EVENTS.sessionEnded, { reason: 'expired' });
        socket.disconnect(true);
      }
    }
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
    if (this.recheck) clearInterval(this.recheck);
    this.logger.debug('live gateway stopped');
  }
}
