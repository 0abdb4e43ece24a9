import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { SocketIOProvider, type ProviderState } from '@berne/collab/client';
import { collabSocket } from './socket';
import { openPersistence } from './persistence';

/** An open live document: the Y.Doc the editor binds to and the provider that syncs it. */
export interface CollabSession {
  docName: string;
  doc: Y.Doc;
  provider: SocketIOProvider;
}

export interface CollabDocument {
  /** Null until the browser copy has loaded and the provider is attached. */
  session: CollabSession | null;
  state: ProviderState;
}

const INITIAL_STATE: ProviderState = { status: 'connecting', unsynced: 0, readOnly: false };

/** How long to wait for the browser copy before connecting anyway (IndexedDB can be slow or blocked). */
const PERSISTENCE_WAIT_MS = 1500;

const REFUSED_STATE: ProviderState = {
  status: 'closed',
  unsynced: 0,
  readOnly: true,
  error: { code: 'UNAUTHENTICATED', message: 'The live connection was refused.' },
};

/**
 * Opens a document for live co-editing: its browser copy first (so offline edits from an earlier
 * visit are there and are sent as soon as the server asks), then the shared `/collab` socket.
 * Everything is torn down when the document changes or the component unmounts; the socket stays.
 *
 * Only call it for a document the API has already let the user read: the browser copy would
 * otherwise show content the server refuses.
 */
export function useCollabDocument(docName: string | null, userId: string): CollabDocument {
  const [session, setSession] = useState<CollabSession | null>(null);
  const [state, setState] = useState<ProviderState>(INITIAL_STATE);
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    if (!docName) return;
    let cancelled = false;
    let provider: SocketIOProvider | null = null;
    let unsubscribe: () => void = () => undefined;
    const doc = new Y.Doc();
    const persistence = openPersistence(userId, docName, doc);
    const socket = collabSocket();

    // A handshake refused by the server (session ended) is not retried by socket.io.
    const onConnectError = () => {
      if (!socket.active) setRefused(true);
    };
    const onConnect = () => setRefused(false);
    socket.on('connect_error', onConnectError);
    socket.on('connect', onConnect);
    // The socket may have been closed (sign-out, then sign-in again): reopen it.
    if (!socket.active) socket.connect();

    const loaded = persistence
      ? Promise.race([
          persistence.whenSynced.then(() => undefined),
          new Promise<void>((resolve) => window.setTimeout(resolve, PERSISTENCE_WAIT_MS)),
        ])
      : Promise.resolve();
    void loaded.then(() => {
      if (cancelled) return;
      provider = new SocketIOProvider(socket, docName, doc);
      unsubscribe = provider.onState((next) => setState(next));
      setSession({ docName, doc, provider });
    });

    return () => {
      cancelled = true;
      socket.off('connect_error', onConnectError);
      socket.off('connect', onConnect);
      unsubscribe();
      provider?.destroy();
      void persistence?.destroy();
      doc.destroy();
      setSession(null);
      setState(INITIAL_STATE);
      setRefused(false);
    };
  }, [docName, userId]);

  return { session, state: refused ? REFUSED_STATE : state };
}
