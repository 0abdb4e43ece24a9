import { useEffect, useRef } from 'react';
import { COLLAB_EVENTS } from '@berne/collab';
import { collabSocket } from './socket';

/** What changed next to a document: its comments or its versions (never the content itself). */
export type CollabMetaKind = 'comments' | 'versions';

function metaKindOf(payload: unknown): CollabMetaKind | null {
  const kind = (payload as { kind?: unknown } | null)?.kind;
  return kind === 'comments' || kind === 'versions' ? kind : null;
}

/**
 * Hears the server say that something next to an open document changed (`collab:meta`), e.g. to
 * refetch its comments. The server sends it only to sockets that joined the document, so call it
 * while the document is open (NoteLiveEditor). Also called on reconnection: what changed while
 * offline was missed.
 */
export function useCollabMeta(
  docName: string | null,
  onMeta: (kind: CollabMetaKind | 'reconnected') => void,
): void {
  const handler = useRef(onMeta);
  useEffect(() => {
    handler.current = onMeta;
  }, [onMeta]);

  useEffect(() => {
    if (!docName) return;
    const socket = collabSocket();
    const onEvent = (name: unknown, payload: unknown) => {
      if (name !== docName) return;
      const kind = metaKindOf(payload);
      if (kind) handler.current(kind);
    };
    const onReconnect = () => handler.current('reconnected');
    socket.on(COLLAB_EVENTS.meta, onEvent);
    socket.io.on('reconnect', onReconnect);
    return () => {
      socket.off(COLLAB_EVENTS.meta, onEvent);
      socket.io.off('reconnect', onReconnect);
    };
  }, [docName]);
}
