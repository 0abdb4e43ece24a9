import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { assertValidUpdate, MalformedFrameError } from '../protocol';
import type { CollabPeerBus, CollabStorage } from './storage';

export interface DocRegistryOptions {
  storage: CollabStorage;
  peers?: CollabPeerBus;
  /** Largest accepted update, in bytes. */
  maxUpdateBytes: number;
  /** Largest document (snapshot + log), in bytes; updates beyond it are refused. */
  maxDocumentBytes: number;
  /** A document without subscribers for this long is compacted and evicted from memory. */
  idleMs: number;
  /** Compact a busy document once this many updates were appended since it was loaded. */
  compactEvery: number;
  /**
   * Broadcast hook: the merged updates of one commit, to the document's local subscribers. When
   * every update of the commit came from one sender, `sender` names it: it already has them.
   */
  onUpdate: (docId: string, update: Uint8Array, sender?: string) => void;
  /** Awareness changes to broadcast to local subscribers (already rewritten by the caller). */
  onAwareness?: (docId: string, update: Uint8Array) => void;
  onError?: (docId: string, error: unknown) => void;
  /** After this process durably stored and applied updates (not for updates relayed from peers). */
  onCommit?: (docId: string, doc: Y.Doc) => void;
  /** Before an idle document is compacted and released (e.g. to keep a last automatic version). */
  beforeEvict?: (docId: string, doc: Y.Doc) => Promise<void>;
}

export interface SubmitOptions {
  /**
   * An edit made by the server itself (a restore): the per-frame limit, which guards the socket,
   * does not apply; the document limit still does.
   */
  trusted?: boolean;
  /** Who sent the update (a connection id): the broadcast of a commit it alone made skips it. */
  sender?: string;
}

/** Origin of changes that came from another replica: relayed locally, never published again. */
const REMOTE = 'remote';

export class CollabLimitError extends Error {
  constructor(
    readonly code: 'FRAME_TOO_LARGE' | 'DOCUMENT_TOO_LARGE',
    message: string,
  ) {
    super(message);
  }
}

interface Pending {
  update: Uint8Array;
  sender?: string;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** A document held in memory by this process, with its durable write queue. */
export class SharedDoc {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  subscribers = 0;
  private queue: Pending[] = [];
  private writing = false;
  /** Batches written but not yet durable (or failed). */
  private unsettled = 0;
  private scheduled = false;
  private appendedSinceLoad = 0;
  private idleTimer?: NodeJS.Timeout;
  bytes = 0;
  private queuedBytes = 0;

  constructor(
    readonly id: string,
    private readonly registry: DocRegistry,
  ) {
    // The server's own awareness state stays empty; it only relays clients' states.
    this.awareness.setLocalState(null);
  }

  /**
   * Accepts a client update: validated, stored (group-committed with the others of this tick,
   * one write in flight per document), then applied and broadcast. Resolves when it is durable.
   */
  submit(update: Uint8Array, options: SubmitOptions = {}): Promise<void> {
    const { maxUpdateBytes, maxDocumentBytes } = this.registry.options;
    if (!options.trusted && update.byteLength > maxUpdateBytes) {
      return Promise.reject(
        new CollabLimitError('FRAME_TOO_LARGE', `An edit may not exceed ${maxUpdateBytes} bytes.`),
      );
    }
    if (this.bytes + this.queuedBytes + update.byteLength > maxDocumentBytes) {
      return Promise.reject(
        new CollabLimitError(
          'DOCUMENT_TOO_LARGE',
          `This document has reached its size limit (${maxDocumentBytes} bytes).`,
        ),
      );
    }
    try {
      assertValidUpdate(update);
    } catch (error) {
      return Promise.reject(
        error instanceof MalformedFrameError ? error : new MalformedFrameError(String(error)),
      );
    }
    // Queued bytes count against the limit at once: a client that doesn't wait for acks can't
    // pile up more than the document may hold.
    this.queuedBytes += update.byteLength;
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ update, sender: options.sender, resolve, reject });
      this.schedule();
    });
  }

  /** An update another replica stored: apply and relay locally, nothing to store. */
  applyRemote(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, REMOTE);
    this.bytes += update.byteLength;
    this.registry.options.onUpdate(this.id, update);
  }

  /**
   * Writes as soon as the current task ends (a microtask: every frame read from the same socket
   * chunk joins the batch) unless a write is in flight; updates arriving meanwhile go together
   * into the next write. No wait for the next event-loop turn: under load the write in flight
   * does the grouping.
   */
  private schedule(): void {
    if (this.scheduled || this.writing || this.queue.length === 0) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  /**
   * One batch: stored, then broadcast and applied, then (once durable) acknowledged. The next
   * batch of this document may be written as soon as this one is stored: its own durability
   * covers this one's, and acknowledgements still come in order.
   */
  private async flush(): Promise<void> {
    if (this.writing || this.queue.length === 0) return;
    this.writing = true;
    this.unsettled++;
    const batch = this.queue.splice(0);
    const updates = batch.map((p) => p.update);
    const batchBytes = updates.reduce((n, u) => n + u.byteLength, 0);
    let stored = false;
    const onStored = () => {
      if (stored) return;
      stored = true;
      this.queuedBytes -= batchBytes;
      this.publish(batch);
      this.writing = false;
      this.schedule();
    };
    try {
      await this.registry.options.storage.append(this.id, updates, onStored);
    } catch (error) {
      if (!stored) {
        this.queuedBytes -= batchBytes;
        this.writing = false;
      }
      // Not durable: the senders keep their edits and send them again (Yjs ignores what it has).
      this.unsettled--;
      for (const p of batch) p.reject(error);
      this.schedule();
      return;
    }
    onStored();
    this.unsettled--;
    for (const p of batch) p.resolve();
    try {
      this.registry.options.onCommit?.(this.id, this.doc);
    } catch (error) {
      this.registry.options.onError?.(this.id, error);
    }
    if (this.appendedSinceLoad >= this.registry.options.compactEvery) {
      this.appendedSinceLoad = 0;
      void this.registry.compact(this.id);
    }
  }

  /**
   * A stored batch: broadcast once (first: peers wait on nothing else), to other replicas too,
   * then applied to this process's Y.Doc.
   */
  private publish(batch: Pending[]): void {
    const updates = batch.map((p) => p.update);
    const merged = updates.length === 1 ? updates[0] : Y.mergeUpdates(updates);
    const sender = batch.every((p) => p.sender !== undefined && p.sender === batch[0].sender)
      ? batch[0].sender
      : undefined;
    try {
      this.registry.options.onUpdate(this.id, merged, sender);
      void this.registry.options.peers
        ?.publish(this.id, merged)
        .catch((e: unknown) => this.registry.options.onError?.(this.id, e));
      Y.applyUpdate(this.doc, merged, 'client');
      this.bytes += merged.byteLength;
      this.appendedSinceLoad += updates.length;
    } catch (error) {
      this.registry.options.onError?.(this.id, error);
    }
  }

  /** Settles once nothing is queued, being written or waiting to be durable. */
  async drained(): Promise<void> {
    while (this.writing || this.unsettled > 0 || this.scheduled || this.queue.length > 0) {
      await new Promise((r) => setImmediate(r));
    }
  }

  touch(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    if (this.subscribers > 0) return;
    this.idleTimer = setTimeout(
      () => void this.registry.evict(this.id),
      this.registry.options.idleMs,
    );
    this.idleTimer.unref();
  }

  destroy(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.awareness.destroy();
    this.doc.destroy();
  }
}

/**
 * The documents this process holds. `open` loads a document from storage once (concurrent opens
 * share the load); idle documents are compacted and evicted.
 */
export class DocRegistry {
  private readonly docs = new Map<string, SharedDoc>();
  private readonly loading = new Map<string, Promise<SharedDoc>>();
  private readonly closing = new Map<string, Promise<void>>();

  constructor(readonly options: DocRegistryOptions) {}

  get size(): number {
    return this.docs.size;
  }

  get(docId: string): SharedDoc | undefined {
    return this.docs.get(docId);
  }

  async open(docId: string): Promise<SharedDoc> {
    const existing = this.docs.get(docId);
    if (existing) return existing;
    let pending = this.loading.get(docId);
    if (!pending) {
      pending = this.load(docId).finally(() => this.loading.delete(docId));
      this.loading.set(docId, pending);
    }
    return pending;
  }

  /**
   * Opens a document and counts the caller as a subscriber in the same step, so an eviction can
   * never release a document between a join's open and its subscribe.
   */
  async acquire(docId: string): Promise<SharedDoc> {
    for (;;) {
      const shared = await this.open(docId);
      if (this.docs.get(docId) === shared) {
        shared.subscribers++;
        shared.touch();
        return shared;
      }
      // Evicted meanwhile: open it again.
    }
  }

  private async load(docId: string): Promise<SharedDoc> {
    // A document being released finishes releasing (its pub/sub subscription) before it loads again.
    await this.closing.get(docId);
    const shared = new SharedDoc(docId, this);
    // Subscribe first so nothing stored by another replica during the load is missed.
    await this.options.peers?.subscribe(
      docId,
      // Into this load's doc even before it is registered: an update stored elsewhere while the
      // snapshot is read must not be missed (Yjs applies updates in any order, idempotently).
      (update) => {
        if (!shared.doc.isDestroyed) shared.applyRemote(update);
      },
      (update) => {
        if (!shared.doc.isDestroyed)
          awarenessProtocol.applyAwarenessUpdate(shared.awareness, update, REMOTE);
      },
    );
    const { snapshot, updates } = await this.options.storage.load(docId);
    Y.transact(shared.doc, () => {
      for (const u of snapshot ? [snapshot, ...updates] : updates) {
        try {
          Y.applyUpdate(shared.doc, u, 'storage');
          shared.bytes += u.byteLength;
        } catch (error) {
          this.options.onError?.(docId, error);
        }
      }
    });
    shared.awareness.on(
      'update',
      ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
        const changed = [...added, ...updated, ...removed];
        if (changed.length === 0) return;
        const update = awarenessProtocol.encodeAwarenessUpdate(shared.awareness, changed);
        this.options.onAwareness?.(docId, update);
        // Carets of this replica's clients reach the other replicas; theirs arrive marked REMOTE.
        if (origin !== REMOTE) {
          void this.options.peers
            ?.publishAwareness(docId, update)
            .catch((e: unknown) => this.options.onError?.(docId, e));
        }
      },
    );
    this.docs.set(docId, shared);
    shared.touch();
    return shared;
  }

  unsubscribe(docId: string): void {
    const shared = this.docs.get(docId);
    if (!shared) return;
    shared.subscribers = Math.max(0, shared.subscribers - 1);
    shared.touch();
  }

  async compact(docId: string): Promise<void> {
    try {
      const bytes = await this.options.storage.compact(docId);
      const shared = this.docs.get(docId);
      if (shared) shared.bytes = Math.max(bytes, 0);
    } catch (error) {
      this.options.onError?.(docId, error);
    }
  }

  /** Compacts and drops a document nobody here is editing. */
  async evict(docId: string): Promise<void> {
    const shared = this.docs.get(docId);
    if (!shared || shared.subscribers > 0) return;
    await shared.drained();
    if (shared.subscribers > 0) return;
    if (this.options.beforeEvict) {
      await this.options
        .beforeEvict(docId, shared.doc)
        .catch((e: unknown) => this.options.onError?.(docId, e));
      if (shared.subscribers > 0) return;
    }
    await this.compact(docId);
    if (shared.subscribers > 0 || this.docs.get(docId) !== shared) return;
    this.docs.delete(docId);
    shared.destroy();
    const released = (this.options.peers?.unsubscribe(docId) ?? Promise.resolve()).catch(
      () => undefined,
    );
    this.closing.set(docId, released);
    await released;
    if (this.closing.get(docId) === released) this.closing.delete(docId);
  }

  /** Waits for every queued write, then releases everything (shutdown). */
  async close(): Promise<void> {
    await Promise.all([...this.docs.values()].map((d) => d.drained()));
    for (const [docId, shared] of this.docs) {
      shared.destroy();
      await this.options.peers?.unsubscribe(docId).catch(() => undefined);
    }
    this.docs.clear();
  }
}
