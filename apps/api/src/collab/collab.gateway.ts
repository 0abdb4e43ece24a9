import { Inject, Logger, type OnModuleDestroy } from '@nestjs/common';
import {
  type OnGatewayConnection,
  type OnGatewayInit,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  COLLAB_EVENTS,
  decodeFrame,
  encodeAwareness,
  encodeAwarenessOf,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  MalformedFrameError,
  type CollabErrorCode,
  type FrameAck,
  type JoinAnswer,
} from '@berne/collab';
import {
  CollabLimitError,
  DocRegistry,
  rewriteAwarenessUpdate,
  type SharedDoc,
} from '@berne/collab/server';
import type { PartnerCode } from '@berne/domain';
import { PARTNERS } from '@berne/domain';
import { decide } from '../access/access.policy';
import { AuditService } from '../audit/audit.service';
import { SessionEvents } from '../auth/session-events';
import { SessionsService } from '../auth/sessions.service';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { REDIS_CLIENT, type RedisClient } from '../redis/redis.module';
import { roomOfSession } from '../realtime/live.gateway';
import { socketAuthMiddleware, type AuthenticatedSocketData } from '../realtime/socket-auth';
import { CollabDocuments } from './collab-documents';
import { RedisPeerBus } from './redis-peer-bus';
import { TypeOrmCollabStorage } from './typeorm-collab.storage';

interface JoinedDoc {
  readOnly: boolean;
  awarenessClients: Set<number>;
  edited: boolean;
}

interface CollabSocketData extends AuthenticatedSocketData {
  docs: Map<string, JoinedDoc>;
}

const roomOfDoc = (docName: string) => `doc:${docName}`;

/**
 * Bytes to a client as a Buffer: the wire format (socketParser, MessagePack) sends a Buffer as
 * binary, which browsers decode to an ArrayBuffer; a plain Uint8Array would go out as an
 * extension type that the browser build does not turn back into bytes. No copy.
 */
const wire = (bytes: Uint8Array): Buffer =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** What changed next to a document, for open editors to refresh (never the content itself). */
export type CollabMetaKind = 'comments' | 'versions';

interface SnapshotState {
  dirty: boolean;
  timer?: NodeJS.Timeout;
}
const RECHECK_EVENT = 'collab:recheck';
const MAX_AWARENESS_CLIENTS = 2;
/** How often open sockets re-check that their session is still live (idle/absolute timeouts). */
const SESSION_RECHECK_MS = 60_000;

/** Counters read by tests and the benchmark. */
export interface CollabMetrics {
  droppedReadOnlyFrames: number;
  malformedFrames: number;
  storedUpdates: number;
}

/**
 * `/collab`: Yjs documents over socket.io. A socket joins a document only after the access policy
 * allows reading it; update frames from read-only joiners are dropped and counted; accepted updates
 * are stored before they are acknowledged or broadcast (see @berne/collab DocRegistry); awareness
 * is rewritten to the identity the server knows. A malformed or oversized frame closes that socket
 * only.
 */
@WebSocketGateway({ namespace: '/collab' })
export class CollabGateway implements OnGatewayInit, OnGatewayConnection, OnModuleDestroy {
  private readonly logger = new Logger(CollabGateway.name);
  readonly metrics: CollabMetrics = {
    droppedReadOnlyFrames: 0,
    malformedFrames: 0,
    storedUpdates: 0,
  };
  registry!: DocRegistry;
  private peers?: RedisPeerBus;
  private unsubscribers: (() => void)[] = [];
  private sessionTimer?: NodeJS.Timeout;
  private readonly snapshots = new Map<string, SnapshotState>();

  @WebSocketServer()
  private namespace!: Namespace;

  constructor(
    private readonly sessions: SessionsService,
    private readonly sessionEvents: SessionEvents,
    private readonly documents: CollabDocuments,
    private readonly storage: TypeOrmCollabStorage,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS_CLIENT) redis: RedisClient | null,
  ) {
    if (redis) this.peers = new RedisPeerBus(redis, config.redisPrefix);
  }

  afterInit(namespace: Namespace): void {
    namespace.use(socketAuthMiddleware(this.sessions, this.config));
    this.registry = new DocRegistry({
      storage: this.storage,
      peers: this.peers,
      maxUpdateBytes: this.config.collab.maxFrameBytes,
      maxDocumentBytes: this.config.collab.maxDocumentBytes,
      idleMs: this.config.collab.idleMs,
      compactEvery: 500,
      onUpdate: (docName, update, sender) => {
        // The sender has its own edits: it gets the acknowledgement, not an echo.
        const room = this.namespace.local.to(roomOfDoc(docName));
        (sender ? room.except(sender) : room).emit(
          COLLAB_EVENTS.frame,
          docName,
          wire(encodeUpdate(update)),
        );
      },
      onAwareness: (docName, update) => {
        this.namespace.local
          .to(roomOfDoc(docName))
          .emit(COLLAB_EVENTS.frame, docName, wire(encodeAwareness(update)));
      },
      onError: (docName, error) =>
        this.logger.error(`document ${docName}: ${(error as Error).message}`),
      onCommit: (docName, doc) => this.scheduleSnapshot(docName, doc),
      beforeEvict: (docName, doc) => this.snapshotIfDirty(docName, doc),
    });
    this.unsubscribers.push(
      this.sessionEvents.onEnded(({ sessionIds }) => {
        if (sessionIds.length)
          this.namespace.in(sessionIds.map(roomOfSession)).disconnectSockets(true);
      }),
      this.documents.onAccessChanged((docName) => {
        void this.recheckDoc(docName);
        // Other replicas re-check their own sockets (the Redis adapter relays server-side events).
        if (this.peers) this.namespace.serverSideEmit(RECHECK_EVENT, docName);
      }),
    );
    namespace.on(RECHECK_EVENT, (docName: string) => void this.recheckDoc(docName));
    this.sessionTimer = setInterval(() => void this.recheckSessions(), SESSION_RECHECK_MS);
    this.sessionTimer.unref();
  }

  /** Sockets whose session ended without an event (idle or absolute timeout) are closed. */
  private async recheckSessions(): Promise<void> {
    const now = Date.now();
    for (const socket of this.namespace.sockets.values()) {
      const data = socket.data as CollabSocketData;
      const live =
        now < data.sessionExpiresAt && (await this.sessions.isLive(data.principal.sessionId!));
      if (!live) socket.disconnect(true);
    }
  }

  handleConnection(socket: Socket): void {
    const data = socket.data as CollabSocketData;
    data.docs = new Map();
    void socket.join(roomOfSession(data.principal.sessionId!));
    socket.on(COLLAB_EVENTS.join, (docName: unknown, ack: unknown) => {
      if (typeof ack !== 'function') return;
      void this.join(socket, docName).then(ack as (a: JoinAnswer) => void);
    });
    socket.on(COLLAB_EVENTS.leave, (docName: unknown) => {
      if (typeof docName === 'string') this.leave(socket, docName);
    });
    socket.on(COLLAB_EVENTS.frame, (docName: unknown, frame: unknown, ack?: unknown) => {
      const reply = typeof ack === 'function' ? (ack as (a: FrameAck) => void) : () => undefined;
      void this.onFrame(socket, docName, frame, reply);
    });
    socket.on('disconnect', () => {
      for (const docName of [...data.docs.keys()]) this.leave(socket, docName);
    });
  }

  private async join(socket: Socket, docName: unknown): Promise<JoinAnswer> {
    const { principal, docs } = socket.data as CollabSocketData;
    const notFound: JoinAnswer = {
      ok: false,
      code: 'NOT_FOUND',
      message: 'This document does not exist or you do not have access to it.',
    };
    if (typeof docName !== 'string' || !this.documents.parse(docName)) return notFound;
    if (docs.has(docName)) return { ok: true, readOnly: docs.get(docName)!.readOnly };
    const resource = await this.documents.resource(docName);
    if (!resource) return notFound;
    const read = decide(principal, 'read', resource);
    if (!read.allowed) {
      await this.audit.record({
        action: 'access.denied',
        outcome: 'DENIED',
        actor: principal,
        resourceType: resource.type,
        resourceId: resource.id,
        details: { attempted: 'collab.join', reason: read.reason },
      });
      return notFound;
    }
    if (resource.classification === 'RESTRICTED') {
      await this.audit.record({
        action: 'restricted.read',
        actor: principal,
        resourceType: resource.type,
        resourceId: resource.id,
        details: { via: 'collab.join' },
      });
    }
    const readOnly = !decide(principal, 'update', resource).allowed;
    const shared = await this.registry.acquire(docName);
    if (socket.disconnected) {
      this.registry.unsubscribe(docName);
      return notFound;
    }
    if (docs.has(docName)) {
      // A second join of the same document raced this one: keep one subscription.
      this.registry.unsubscribe(docName);
      return { ok: true, readOnly: docs.get(docName)!.readOnly };
    }
    docs.set(docName, { readOnly, awarenessClients: new Set(), edited: false });
    await socket.join(roomOfDoc(docName));
    // Access may have changed while this join awaited (a reclassification's re-check would have
    // missed this socket): decide again now that the socket is in the room.
    const current = await this.documents.resource(docName);
    const joined = docs.get(docName);
    if (!joined) return notFound;
    if (!current || !decide(principal, 'read', current).allowed) {
      this.leave(socket, docName);
      return notFound;
    }
    joined.readOnly = !decide(principal, 'update', current).allowed;
    // The server asks the client for what it misses (offline edits come back this way).
    socket.emit(COLLAB_EVENTS.frame, docName, wire(encodeSyncStep1(shared.doc)));
    const states = [...shared.awareness.getStates().keys()];
    if (states.length)
      socket.emit(COLLAB_EVENTS.frame, docName, wire(encodeAwarenessOf(shared.awareness, states)));
    return { ok: true, readOnly: joined.readOnly };
  }

  private leave(socket: Socket, docName: string): void {
    const { docs } = socket.data as CollabSocketData;
    const joined = docs.get(docName);
    if (!joined) return;
    docs.delete(docName);
    void socket.leave(roomOfDoc(docName));
    const shared = this.registry.get(docName);
    if (shared && joined.awarenessClients.size) {
      awarenessProtocol.removeAwarenessStates(
        shared.awareness,
        [...joined.awarenessClients],
        socket.id,
      );
    }
    this.registry.unsubscribe(docName);
  }

  private async onFrame(
    socket: Socket,
    docName: unknown,
    frame: unknown,
    ack: (a: FrameAck) => void,
  ): Promise<void> {
    const data = socket.data as CollabSocketData;
    const joined = typeof docName === 'string' ? data.docs.get(docName) : undefined;
    const shared = typeof docName === 'string' ? this.registry.get(docName) : undefined;
    if (!joined || !shared || typeof docName !== 'string') {
      ack({ ok: false, code: 'NOT_JOINED', message: 'Join the document before sending to it.' });
      return;
    }
    if (!(frame instanceof Uint8Array) && !(frame instanceof ArrayBuffer)) {
      this.reject(
        socket,
        docName,
        'MALFORMED_FRAME',
        'The editor sent data the server could not read.',
      );
      return;
    }
    const bytes = new Uint8Array(frame);
    if (bytes.byteLength > this.config.collab.maxFrameBytes) {
      this.reject(
        socket,
        docName,
        'FRAME_TOO_LARGE',
        `An edit may not exceed ${Math.round(this.config.collab.maxFrameBytes / 1024)} KB.`,
      );
      return;
    }
    try {
      const decoded = decodeFrame(bytes);
      switch (decoded.kind) {
        case 'sync-step1':
          socket.emit(
            COLLAB_EVENTS.frame,
            docName,
            wire(encodeSyncStep2(shared.doc, decoded.stateVector)),
          );
          ack({ ok: true });
          return;
        case 'sync-step2':
        case 'update':
          if (joined.readOnly) {
            this.metrics.droppedReadOnlyFrames++;
            ack({
              ok: false,
              code: 'READ_ONLY',
              message: 'You can read this document but not change it.',
            });
            return;
          }
          await this.acceptUpdate(socket, docName, shared, joined, decoded.update);
          ack({ ok: true });
          return;
        case 'awareness':
          this.acceptAwareness(socket, shared, joined, decoded.update);
          ack({ ok: true });
          return;
      }
    } catch (error) {
      if (error instanceof MalformedFrameError) {
        this.reject(
          socket,
          docName,
          'MALFORMED_FRAME',
          'The editor sent data the server could not read.',
        );
      } else if (error instanceof CollabLimitError) {
        if (error.code === 'FRAME_TOO_LARGE')
          this.reject(socket, docName, error.code, error.message);
        else {
          ack({ ok: false, code: error.code, message: error.message });
          this.closeDoc(socket, docName, error.code, error.message);
        }
      } else {
        this.logger.error(`frame on ${docName} failed: ${(error as Error).stack ?? error}`);
        ack({
          ok: false,
          code: 'INTERNAL_SERVER_ERROR',
          message:
            'Your edit could not be saved. It is kept in your browser; reconnecting retries.',
        });
      }
    }
  }

  private async acceptUpdate(
    socket: Socket,
    docName: string,
    shared: SharedDoc,
    joined: JoinedDoc,
    update: Uint8Array,
  ) {
    // A SyncStep2 with nothing new is a small empty update: don't store it.
    if (update.byteLength <= 2) return;
    await shared.submit(update, { sender: socket.id });
    this.metrics.storedUpdates++;
    if (!joined.edited) {
      joined.edited = true;
      const { principal } = socket.data as CollabSocketData;
      const parsed = this.documents.parse(docName);
      // Authorship is bookkeeping: it does not hold up the acknowledgement of the edit.
      void parsed?.kind
        .onEdit?.(parsed.id, principal.userId!)
        .catch((error: unknown) =>
          this.logger.warn(
            `document ${docName}: authorship not recorded: ${(error as Error).message}`,
          ),
        );
    }
  }

  private acceptAwareness(
    socket: Socket,
    shared: SharedDoc,
    joined: JoinedDoc,
    update: Uint8Array,
  ): void {
    const { principal } = socket.data as CollabSocketData;
    const partner = PARTNERS.find((p) => p.code === principal.partnerCode);
    // A connection speaks for its own Yjs client ids only (one per open editor; two allow for a
    // reload): it can neither spoof nor remove someone else's caret, nor grow the awareness map.
    const owns = (id: number) => {
      if (joined.awarenessClients.has(id)) return true;
      if (
        joined.awarenessClients.size >= MAX_AWARENESS_CLIENTS ||
        shared.awareness.getStates().has(id)
      )
        return false;
      joined.awarenessClients.add(id);
      return true;
    };
    const { update: rewritten, clientIds } = rewriteAwarenessUpdate(
      update,
      {
        id: principal.userId!,
        name: principal.displayName ?? 'Participant',
        partner:
          principal.kind === 'GUEST'
            ? null
            : ((principal.partnerCode as PartnerCode | null) ?? null),
        color: partner?.color ?? '#495057',
      },
      owns,
    );
    if (clientIds.length === 0) return;
    awarenessProtocol.applyAwarenessUpdate(shared.awareness, rewritten, socket.id);
  }

  /** A bad frame closes this socket only; the process and other documents carry on. */
  private reject(socket: Socket, docName: string, code: CollabErrorCode, message: string): void {
    this.metrics.malformedFrames++;
    socket.emit(COLLAB_EVENTS.closed, docName, { code, message });
    socket.disconnect(true);
  }

  private closeDoc(socket: Socket, docName: string, code: CollabErrorCode, message: string): void {
    socket.emit(COLLAB_EVENTS.closed, docName, { code, message });
    this.leave(socket, docName);
  }

  /** Re-applies the policy to every local socket in a document after its access changed. */
  private async recheckDoc(docName: string): Promise<void> {
    const sockets = await this.namespace.local.in(roomOfDoc(docName)).fetchSockets();
    if (sockets.length === 0) return;
    const resource = await this.documents.resource(docName);
    for (const remote of sockets) {
      const socket = this.namespace.sockets.get(remote.id);
      if (!socket) continue;
      const data = socket.data as CollabSocketData;
      const joined = data.docs.get(docName);
      if (!joined) continue;
      if (!resource || !decide(data.principal, 'read', resource).allowed) {
        this.closeDoc(socket, docName, 'NOT_FOUND', 'You no longer have access to this document.');
      } else {
        joined.readOnly = !decide(data.principal, 'update', resource).allowed;
      }
    }
  }

  // ---- for features: server-side edits, current content, side-channel events -----------------

  /**
   * Applies a change made by the server (e.g. restoring a version) as one durable edit: stored
   * before it is applied, then broadcast to every editor on every replica like a client's edit.
   * Concurrent edits merge as usual. Returns the document's state afterwards.
   */
  async editAsServer(docName: string, change: (doc: Y.Doc) => void): Promise<Uint8Array> {
    const shared = await this.registry.acquire(docName);
    try {
      const work = new Y.Doc({ gc: true });
      Y.applyUpdate(work, Y.encodeStateAsUpdate(shared.doc));
      const before = Y.encodeStateVector(work);
      change(work);
      const update = Y.encodeStateAsUpdate(work, before);
      work.destroy();
      await shared.submit(update, { trusted: true });
      return Y.encodeStateAsUpdate(shared.doc);
    } finally {
      this.registry.unsubscribe(docName);
    }
  }

  /** The document's current content: from memory when open here, else from storage. */
  async currentState(docName: string): Promise<Uint8Array> {
    const open = this.registry.get(docName);
    if (open) return Y.encodeStateAsUpdate(open.doc);
    const { snapshot, updates } = await this.storage.load(docName);
    const doc = new Y.Doc({ gc: true });
    Y.transact(doc, () => {
      for (const u of snapshot ? [snapshot, ...updates] : updates) {
        try {
          Y.applyUpdate(doc, u);
        } catch {
          // Validated before it was stored.
        }
      }
    });
    const state = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    return state;
  }

  /** Tells the open editors of a document (on every replica) that something next to it changed. */
  notifyDoc(docName: string, kind: CollabMetaKind): void {
    this.namespace.to(roomOfDoc(docName)).emit(COLLAB_EVENTS.meta, docName, { kind });
  }

  /** Takes any pending automatic version now (tests, shutdown). */
  async flushSnapshots(): Promise<void> {
    await Promise.all(
      [...this.snapshots.keys()].map((docName) => {
        const open = this.registry.get(docName);
        return open ? this.snapshotIfDirty(docName, open.doc) : Promise.resolve();
      }),
    );
  }

  /** During activity: one automatic version per interval, taken at its end. */
  private scheduleSnapshot(docName: string, doc: Y.Doc): void {
    if (!this.documents.parse(docName)?.kind.snapshot) return;
    let state = this.snapshots.get(docName);
    if (!state) {
      state = { dirty: false };
      this.snapshots.set(docName, state);
    }
    state.dirty = true;
    if (state.timer) return;
    state.timer = setTimeout(() => {
      state.timer = undefined;
      if (!doc.isDestroyed) void this.snapshotIfDirty(docName, doc);
    }, this.config.collab.snapshotMs);
    state.timer.unref();
  }

  private async snapshotIfDirty(docName: string, doc: Y.Doc): Promise<void> {
    const state = this.snapshots.get(docName);
    if (!state?.dirty) return;
    state.dirty = false;
    if (state.timer) clearTimeout(state.timer);
    state.timer = undefined;
    this.snapshots.delete(docName);
    const parsed = this.documents.parse(docName);
    if (!parsed?.kind.snapshot) return;
    try {
      await parsed.kind.snapshot(parsed.id, Y.encodeStateAsUpdate(doc));
    } catch (error) {
      this.logger.error(
        `document ${docName}: automatic version failed: ${(error as Error).message}`,
      );
    }
  }

  async onModuleDestroy(): Promise<void> {
    for (const u of this.unsubscribers) u();
    for (const state of this.snapshots.values()) if (state.timer) clearTimeout(state.timer);
    if (this.sessionTimer) clearInterval(this.sessionTimer);
    await this.registry?.close();
    await this.peers?.close();
  }
}
