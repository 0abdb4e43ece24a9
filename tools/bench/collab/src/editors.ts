import { HocuspocusProvider } from '@hocuspocus/provider';
import { io, type Socket } from 'socket.io-client';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
// Our real client provider, compiled from source together with this benchmark.
import { SocketIOProvider } from '../../../../libs/collab/src/lib/client/provider';
import { socketParser } from '../../../../libs/collab/src/lib/socket-parser';
import { marker, now, TEXT_NAME, type ServerKind } from './common';

/** Called for every update an editor receives from the server (not its own edits). */
export type OnRemoteUpdate = (editor: Editor, update: Uint8Array, receivedAt: number) => void;
/** Called when the server acknowledged one of this editor's edits (ours: stored; Hocuspocus: applied in memory). */
export type OnAck = (editor: Editor, edit: SentEdit, ackedAt: number) => void;

export interface SentEdit {
  marker: string;
  seq: number;
  sentAt: number;
}

export interface EditorTarget {
  kind: ServerKind;
  url: string;
  wsUrl: string;
  /** Ours: the session cookie of the account this editor signs in as. */
  cookie?: string;
}

/**
 * One simulated editor: a Y.Doc bound to one document through the server's own client provider,
 * typing small inserts (each an edit marker carrying its send time) at the start or end of a Y.Text.
 */
export abstract class Editor {
  readonly doc = new Y.Doc();
  readonly text = this.doc.getText(TEXT_NAME);
  seq = 0;
  disconnects = 0;
  errors = 0;
  connectErrors = 0;
  synced = false;
  destroyed = false;
  /** Edits sent and not yet acknowledged, oldest first (acks arrive in order per connection). */
  protected readonly unacked: SentEdit[] = [];
  private resolveSynced?: () => void;
  protected trackingAcks = false;

  constructor(
    readonly index: number,
    readonly docIndex: number,
    readonly docName: string,
    protected readonly target: EditorTarget,
    protected readonly onRemote: OnRemoteUpdate,
    protected readonly onAck?: OnAck,
  ) {
    this.doc.on(
      'update',
      (update: Uint8Array, _origin: unknown, _doc: Y.Doc, tr: Y.Transaction) => {
        if (!tr.local) this.onRemote(this, update, now());
      },
    );
  }

  /** Connects and resolves once the document is loaded (synced), or rejects after timeoutMs. */
  start(timeoutMs: number): Promise<void> {
    return new Promise<void>((ok, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`editor ${this.index} not synced after ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.resolveSynced = () => {
        clearTimeout(timer);
        ok();
      };
      this.connect();
    });
  }

  protected markSynced(): void {
    if (this.synced) return;
    this.synced = true;
    this.resolveSynced?.();
  }

  protected abstract connect(): void;
  abstract destroy(): void;

  /** Types one edit; returns it (with its send time). */
  edit(): SentEdit {
    const sentAt = now();
    const seq = this.seq++;
    const sent: SentEdit = { marker: marker(this.index, seq, sentAt), seq, sentAt };
    if (this.trackingAcks) this.unacked.push(sent);
    const atStart = (seq & 1) === 0;
    // Only at the ends of the text: a marker is never split by a later insert, so the final text
    // still contains every marker whole (the durability check reads them back).
    this.text.insert(atStart ? 0 : this.text.length, sent.marker);
    return sent;
  }

  /** Acknowledgements of `count` edits arrived (FIFO). */
  protected acked(count: number): void {
    const at = now();
    for (let i = 0; i < count; i++) {
      const edit = this.unacked.shift();
      if (!edit) return;
      this.onAck?.(this, edit, at);
    }
  }

  get pendingAcks(): number {
    return this.unacked.length;
  }
}

/** Ours: SocketIOProvider over socket.io `/collab`, authenticated by the session cookie. */
export class OursEditor extends Editor {
  socket?: Socket;
  provider?: SocketIOProvider;
  readOnly = false;
  private lastUnsynced = 0;

  protected connect(): void {
    const socket = io(`${this.target.url}/collab`, {
      parser: socketParser,
      transports: ['websocket'],
      // Same-origin check: the browser would send the portal's own origin.
      extraHeaders: { cookie: this.target.cookie ?? '', origin: this.target.url },
      forceNew: true,
      reconnection: true,
      reconnectionDelay: 500,
    });
    this.socket = socket;
    socket.on('disconnect', () => {
      if (!this.destroyed) this.disconnects++;
    });
    socket.on('connect_error', () => this.connectErrors++);
    const provider = new SocketIOProvider(socket, this.docName, this.doc);
    this.provider = provider;
    this.trackingAcks = true;
    provider.onState((state) => {
      if (state.error) this.errors++;
      this.readOnly = state.readOnly;
      if (state.unsynced < this.lastUnsynced) this.acked(this.lastUnsynced - state.unsynced);
      this.lastUnsynced = state.unsynced;
      if (state.status === 'synced') this.markSynced();
    });
  }

  destroy(): void {
    this.destroyed = true;
    this.provider?.destroy();
    this.socket?.disconnect();
    this.doc.destroy();
  }
}

/** Hocuspocus: HocuspocusProvider (one WebSocket per editor), acks = SyncStatus after applying in memory. */
export class HocuspocusEditor extends Editor {
  provider?: HocuspocusProvider;
  private lastUnsynced = 0;

  protected connect(): void {
    const provider = new HocuspocusProvider({
      url: this.target.wsUrl,
      name: this.docName,
      document: this.doc,
      // Node 20 has no global WebSocket.
      WebSocketPolyfill: WebSocket,
    } as ConstructorParameters<typeof HocuspocusProvider>[0]);
    this.provider = provider;
    provider.on('synced', () => {
      // Start counting acks from a clean slate (the sync handshake uses the same counter).
      this.lastUnsynced = provider.unsyncedChanges;
      this.trackingAcks = true;
      this.markSynced();
    });
    provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      if (this.trackingAcks && number < this.lastUnsynced) this.acked(this.lastUnsynced - number);
      this.lastUnsynced = number;
    });
    provider.on('disconnect', () => {
      if (!this.destroyed) this.disconnects++;
    });
    provider.on('authenticationFailed', () => this.errors++);
  }

  destroy(): void {
    this.destroyed = true;
    this.provider?.destroy();
    // Also stops the Awareness timer y-websocket's provider does not stop itself.
    this.doc.destroy();
  }
}

/** y-websocket reference server: WebsocketProvider (no acknowledgements in the protocol). */
export class YWebsocketEditor extends Editor {
  provider?: WebsocketProvider;

  protected connect(): void {
    const provider = new WebsocketProvider(this.target.wsUrl, this.docName, this.doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      // Node 20 has a global BroadcastChannel: without this, editors in this process would talk to
      // each other directly instead of through the server.
      disableBc: true,
    });
    this.provider = provider;
    provider.on('sync', (isSynced: boolean) => {
      if (isSynced) this.markSynced();
    });
    provider.on('status', ({ status }: { status: string }) => {
      if (status === 'disconnected' && this.synced && !this.destroyed) this.disconnects++;
    });
    provider.on('connection-error', () => this.connectErrors++);
  }

  destroy(): void {
    this.destroyed = true;
    this.provider?.destroy();
    // Also stops the Awareness timer y-websocket's provider does not stop itself.
    this.doc.destroy();
  }
}

export function createEditor(
  index: number,
  docIndex: number,
  docName: string,
  target: EditorTarget,
  onRemote: OnRemoteUpdate,
  onAck?: OnAck,
): Editor {
  switch (target.kind) {
    case 'ours-sqlite':
    case 'ours-pg':
      return new OursEditor(index, docIndex, docName, target, onRemote, onAck);
    case 'hocuspocus':
      return new HocuspocusEditor(index, docIndex, docName, target, onRemote, onAck);
    case 'y-websocket':
      return new YWebsocketEditor(index, docIndex, docName, target, onRemote, onAck);
  }
}
