import type { CollabErrorCode } from '@berne/collab';
import type { ProviderState } from '@berne/collab/client';

/** Codes the `/collab` namespace closes a document with; each has a translated sentence. */
export const COLLAB_ERROR_CODES: readonly CollabErrorCode[] = [
  'UNAUTHENTICATED',
  'NOT_FOUND',
  'FORBIDDEN',
  'READ_ONLY',
  'MALFORMED_FRAME',
  'FRAME_TOO_LARGE',
  'DOCUMENT_TOO_LARGE',
  'NOT_JOINED',
  'INTERNAL_SERVER_ERROR',
];

export function isCollabErrorCode(value: unknown): value is CollabErrorCode {
  return typeof value === 'string' && (COLLAB_ERROR_CODES as readonly string[]).includes(value);
}

export type ConnectionTone = 'ok' | 'busy' | 'warning' | 'error';

export type ConnectionStatusKey =
  | 'connecting'
  | 'connectingUnsaved'
  | 'syncing'
  | 'saved'
  | 'saving'
  | 'readOnly'
  | 'offline'
  | 'offlineUnsaved'
  | 'closed'
  | 'closedWithReason'
  | 'problem';

/** What the indicator says, before translation: `collab.status.<key>` with these values. */
export interface ConnectionStatus {
  key: ConnectionStatusKey;
  tone: ConnectionTone;
  /** Unsaved changes, for the sentences that count them. */
  count?: number;
  /** Why the server closed the document: a known code (translated) or its own sentence. */
  reason?: { code: CollabErrorCode } | { message: string };
  /** The coarse state announced to screen readers; it changes far less often than the text. */
  announce: 'connecting' | 'connected' | 'offline' | 'readOnly' | 'closed';
}

function reasonOf(error: ProviderState['error']): ConnectionStatus['reason'] {
  if (!error) return undefined;
  return isCollabErrorCode(error.code) ? { code: error.code } : { message: error.message };
}

/**
 * The connection indicator of an open document: whether edits reach the server and how many are
 * still only in this browser.
 */
export function connectionStatus(state: ProviderState): ConnectionStatus {
  const { status, unsynced } = state;
  switch (status) {
    case 'closed': {
      const reason = reasonOf(state.error);
      return reason
        ? { key: 'closedWithReason', tone: 'error', reason, announce: 'closed' }
        : { key: 'closed', tone: 'error', announce: 'closed' };
    }
    case 'offline':
      return unsynced > 0
        ? { key: 'offlineUnsaved', tone: 'warning', count: unsynced, announce: 'offline' }
        : { key: 'offline', tone: 'warning', announce: 'offline' };
    case 'connecting':
      return unsynced > 0
        ? { key: 'connectingUnsaved', tone: 'busy', count: unsynced, announce: 'connecting' }
        : { key: 'connecting', tone: 'busy', announce: 'connecting' };
    case 'syncing':
      return { key: 'syncing', tone: 'busy', announce: 'connecting' };
    case 'synced':
      if (state.readOnly) return { key: 'readOnly', tone: 'ok', announce: 'readOnly' };
      if (state.error) {
        // An edit was refused without closing the document (e.g. a failed write): say why.
        return {
          key: 'problem',
          tone: 'warning',
          reason: reasonOf(state.error),
          count: unsynced,
          announce: 'connected',
        };
      }
      return unsynced > 0
        ? { key: 'saving', tone: 'busy', count: unsynced, announce: 'connected' }
        : { key: 'saved', tone: 'ok', announce: 'connected' };
  }
}
