/**
 * What the live-editing corner must undo when a session ends, without loading the editor's code
 * (yjs, socket.io) into the app shell: open parts register their clean-up here.
 */

/** Browser copies of documents are IndexedDB databases named `berne:<userId>:<docName>`. */
export const PERSISTENCE_PREFIX = 'berne:';

const cleanups = new Set<() => void>();

/** Registers something to close when the session ends (the shared socket); returns an unregister. */
export function onCollabSessionEnd(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

async function forgetDocuments(userId: string): Promise<void> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  const prefix = `${PERSISTENCE_PREFIX}${userId}:`;
  const databases = await indexedDB.databases();
  await Promise.all(
    databases
      .map((d) => d.name)
      .filter((name): name is string => !!name && name.startsWith(prefix))
      .map(
        (name) =>
          new Promise<void>((resolve) => {
            const request = indexedDB.deleteDatabase(name);
            request.onsuccess = request.onerror = request.onblocked = () => resolve();
          }),
      ),
  );
}

/**
 * Closes the live connection. On an explicit sign-out (`forget`), also deletes the user's
 * browser copies of documents, so nothing they read stays on a shared computer; when the session
 * merely expired they are kept: they may hold edits not yet saved, sent after signing in again.
 */
export async function endCollabSession(userId: string | null, forget: boolean): Promise<void> {
  for (const cleanup of [...cleanups]) cleanup();
  if (!forget || !userId) return;
  try {
    await forgetDocuments(userId);
  } catch {
    // Best effort: signing out goes on.
  }
}
