import type { Socket } from 'socket.io-client';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  COLLAB_EVENTS,
  decodeFrame,
  encodeAwarenessOf,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  type CollabErrorCode,
  type FrameAck,
  type JoinAnswer,
} from '../protocol';
import { toWire } from '../socket-parser';

export type ProviderStatus = 'connecting' | 'syncing' | 'synced' | 'offline' | 'closed';

export interface ProviderState {
  status: ProviderStatus;
  /** Local changes the server has not yet acknowledged as stored. */
  unsynced: number;
  readOnly: boolean;
  /** Set when the server closed the document for this client (access revoked, too large…). */
  error?: { code: CollabErrorCode; message: string };
}

const ORIGIN = Symbol('socket.io-provider');

/**
 * Binds a Y.Doc to one document on the `/collab` socket.io namespace. Local edits are sent as
 * update frames; each counts as unsynced until the server acknowledges it — which it does only
 * after storing it. On reconnect the sync handshake sends whatever the server is missing.
 */
export class SocketIOProvider {
  readonly awareness: awarenessProtocol.Awareness;
  /** Awareness runs a timer: the provider destroys it if it created it. */
  private readonly ownsAwareness: boolean;
  private state: ProviderState = { status: 'connecting', unsynced: 0, readOnly: false };
  private readonly listeners = new Set<(state: ProviderState) => void>();
  private joined = false;
  /** Edits made while offline or before the server answered SyncStep1: sent by the next SyncStep2. */
  private offlineEdits = 0;

  constructor(
    private readonly socket: Socket,
    readonly docName: string,
    readonly doc: Y.Doc,
    awareness?: awarenessProtocol.Awareness,
  ) {
    this.ownsAwareness = !awareness;
    this.awareness = awareness ?? new awarenessProtocol.Awareness(doc);
    doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
    socket.on(COLLAB_EVENTS.frame, this.onFrame);
    socket.on(COLLAB_EVENTS.closed, this.onClosed);
    socket.on('connect', this.onConnect);
    socket.on('disconnect', this.onDisconnect);
    if (socket.connected) this.onConnect();
  }

  getState(): ProviderState {
    return this.state;
  }

  onState(listener: (state: ProviderState) => void): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  private setState(patch: Partial<ProviderState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l(this.state);
  }

  private readonly onConnect = () => {
    this.setState({ status: 'syncing' });
    this.socket.emit(COLLAB_EVENTS.join, this.docName, (answer: JoinAnswer) => {
      if (!answer.ok) {
        this.setState({ status: 'closed', error: { code: answer.code, message: answer.message } });
        return;
      }
      this.joined = true;
      this.setState({ readOnly: answer.readOnly, error: undefined });
      // Ask for what we miss; the server answers SyncStep2 and its own SyncStep1.
      this.socket.emit(COLLAB_EVENTS.frame, this.docName, toWire(encodeSyncStep1(this.doc)));
      if (this.awareness.getLocalState() !== null) {
        this.socket.emit(
          COLLAB_EVENTS.frame,
          this.docName,
          toWire(encodeAwarenessOf(this.awareness, [this.doc.clientID])),
        );
      }
    });
  };

  private readonly onDisconnect = () => {
    this.joined = false;
    this.offlineEdits = this.state.unsynced;
    this.setState({ status: this.state.status === 'closed' ? 'closed' : 'offline' });
    awarenessProtocol.removeAwarenessStates(
      this.awareness,
      [...this.awareness.getStates().keys()].filter((id) => id !== this.doc.clientID),
      ORIGIN,
    );
  };

  private readonly onClosed = (
    docName: string,
    error: { code: CollabErrorCode; message: string },
  ) => {
    if (docName !== this.docName) return;
    this.joined = false;
    this.setState({ status: 'closed', error });
  };

  private readonly onFrame = (docName: string, frame: ArrayBuffer | Uint8Array) => {
    if (docName !== this.docName) return;
    const decoded = decodeFrame(frame instanceof Uint8Array ? frame : new Uint8Array(frame));
    switch (decoded.kind) {
      case 'sync-step1':
        // The server asks for what it misses: everything we have that it lacks (offline edits).
        this.sendAcked(encodeSyncStep2(this.doc, decoded.stateVector), this.offlineEdits, () => {
          this.offlineEdits = 0;
        });
        break;
      case 'sync-step2':
        Y.applyUpdate(this.doc, decoded.update, ORIGIN);
        if (this.state.unsynced === 0) this.setState({ status: 'synced' });
        break;
      case 'update':
        Y.applyUpdate(this.doc, decoded.update, ORIGIN);
        break;
      case 'awareness':
        awarenessProtocol.applyAwarenessUpdate(this.awareness, decoded.update, ORIGIN);
        break;
    }
  };

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === ORIGIN) return;
    if (!this.joined || this.state.readOnly) {
      this.setState({ unsynced: this.state.unsynced + 1 });
      this.offlineEdits++;
      return;
    }
    this.sendAcked(encodeUpdate(update), 1);
  };

  /** Sends a frame carrying `count` local changes; they stay unsynced until the server's ack. */
  private sendAcked(frame: Uint8Array, count: number, onStored?: () => void): void {
    if (count > 0) this.setState({ unsynced: this.state.unsynced + (onStored ? 0 : count) });
    this.socket.emit(COLLAB_EVENTS.frame, this.docName, toWire(frame), (ack: FrameAck) => {
      if (!ack?.ok) {
        if (ack && ack.code !== 'READ_ONLY')
          this.setState({ error: { code: ack.code, message: ack.message } });
        return;
      }
      onStored?.();
      const unsynced = Math.max(0, this.state.unsynced - count);
      this.setState({
        unsynced,
        status: unsynced === 0 && this.joined ? 'synced' : this.state.status,
      });
    });
  }

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    if (origin === ORIGIN || !this.joined) return;
    const changed = [...added, ...updated, ...removed];
    this.socket.emit(
      COLLAB_EVENTS.frame,
      this.docName,
      toWire(encodeAwarenessOf(this.awareness, changed)),
    );
  };

  destroy(): void {
    if (this.joined) this.socket.emit(COLLAB_EVENTS.leave, this.docName);
    awarenessProtocol.removeAwarenessStates(this.awareness, [this.doc.clientID], 'destroy');
    this.doc.off('update', this.onDocUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.socket.off(COLLAB_EVENTS.frame, this.onFrame);
    this.socket.off(COLLAB_EVENTS.closed, this.onClosed);
    this.socket.off('connect', this.onConnect);
    this.socket.off('disconnect', this.onDisconnect);
    if (this.ownsAwareness) this.awareness.destroy();
    this.setState({ status: 'closed' });
  }
}
