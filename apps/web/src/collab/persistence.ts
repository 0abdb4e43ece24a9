import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';
import { PERSISTENCE_PREFIX } from './session-end';

/**
 * The browser copy of a document, kept per user so that two people sharing a browser never load
 * each other's copies (nor send them as their own edits).
 */
export function persistenceName(userId: string, docName: string): string {
  return `${PERSISTENCE_PREFIX}${userId}:${docName}`;
}

/** Keeps the document in IndexedDB; null where the browser offers no IndexedDB (then: online only). */
export function openPersistence(
  userId: string,
  docName: string,
  doc: Y.Doc,
): IndexeddbPersistence | null {
  if (typeof indexedDB === 'undefined') return null;
  try {
    return new IndexeddbPersistence(persistenceName(userId, docName), doc);
  } catch {
    return null;
  }
}
