/** What the document registry needs from a database. Implemented with TypeORM in apps/api. */
export interface CollabStorage {
  /** The compacted state (if any) and every update appended after it, in any order. */
  load(docId: string): Promise<{ snapshot: Uint8Array | null; updates: Uint8Array[] }>;
  /**
   * Appends updates (one insert/transaction). Resolves only once they are durable (on disk): the
   * registry acknowledges them after this. A storage that commits before it syncs calls `onStored`
   * as soon as the updates are committed — in the database, read by any connection, kept if this
   * process dies — and the registry broadcasts them then; otherwise it broadcasts on resolve. So a
   * peer never sees an update the database does not hold, and a sender's ack always means durable.
   */
  append(docId: string, updates: Uint8Array[], onStored?: () => void): Promise<void>;
  /**
   * Folds the stored log into one snapshot by loading it (not by merging updates), in one
   * transaction, deleting exactly the rows it folded. Returns the snapshot's size in bytes.
   */
  compact(docId: string): Promise<number>;
}

/** Spreads accepted updates and awareness to other replicas holding the same document (Redis pub/sub). */
export interface CollabPeerBus {
  publish(docId: string, update: Uint8Array): Promise<void>;
  publishAwareness(docId: string, update: Uint8Array): Promise<void>;
  subscribe(
    docId: string,
    onUpdate: (update: Uint8Array) => void,
    onAwareness: (update: Uint8Array) => void,
  ): Promise<void>;
  unsubscribe(docId: string): Promise<void>;
}
