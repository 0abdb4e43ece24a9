/** What the document registry needs from a database. Implemented with TypeORM in apps/api. */
export interface CollabStorage {
  /** The compacted state (if any) and every update appended after it, in any order. */
  load(docId: string): Promise<{ snapshot: Uint8Array | null; updates: Uint8Array[] }>;
  /**
   * Durably appends updates (one insert/transaction). Resolves only once they are stored: the
   * registry acknowledges and broadcasts them after this.
   */
  append(docId: string, updates: Uint8Array[]): Promise<void>;
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
