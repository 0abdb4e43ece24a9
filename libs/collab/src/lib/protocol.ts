import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

/**
 * The wire format: y-protocols messages (the same framing as y-websocket) carried by socket.io
 * events that name the document. A frame is `varUint(kind) · payload`:
 * - kind 0 (sync): `varUint(step) · varUint8Array(data)` — step 0 SyncStep1 (state vector),
 *   1 SyncStep2 (missing updates), 2 Update;
 * - kind 1 (awareness): `varUint8Array(awareness update)`.
 */
export const FRAME_SYNC = 0;
export const FRAME_AWARENESS = 1;

export const SYNC_STEP1 = syncProtocol.messageYjsSyncStep1;
export const SYNC_STEP2 = syncProtocol.messageYjsSyncStep2;
export const SYNC_UPDATE = syncProtocol.messageYjsUpdate;

/** socket.io events of the `/collab` namespace. */
export const COLLAB_EVENTS = {
  /** client -> server: (docName, ack({ ok, readOnly } | { ok: false, code, message })) */
  join: 'collab:join',
  /** client -> server: (docName) */
  leave: 'collab:leave',
  /** both ways: (docName, frame, ack?) — the server acks update frames once stored */
  frame: 'collab:frame',
  /** server -> client: (docName, { code, message }) — the document closed for this client */
  closed: 'collab:closed',
  /**
   * server -> client: (docName, { kind }) — something next to the document changed (comments,
   * versions); sent only to sockets that joined it, i.e. that the policy let read it.
   */
  meta: 'collab:meta',
} as const;

export type CollabErrorCode =
  | 'UNAUTHENTICATED'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'READ_ONLY'
  | 'MALFORMED_FRAME'
  | 'FRAME_TOO_LARGE'
  | 'DOCUMENT_TOO_LARGE'
  | 'NOT_JOINED'
  | 'INTERNAL_SERVER_ERROR';

export type JoinAnswer =
  { ok: true; readOnly: boolean } | { ok: false; code: CollabErrorCode; message: string };

export type FrameAck = { ok: true } | { ok: false; code: CollabErrorCode; message: string };

export type DecodedFrame =
  | { kind: 'sync-step1'; stateVector: Uint8Array }
  | { kind: 'sync-step2'; update: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array };

export class MalformedFrameError extends Error {}

/** Parses a frame without applying it. Throws MalformedFrameError on anything unexpected. */
export function decodeFrame(frame: Uint8Array): DecodedFrame {
  try {
    const decoder = decoding.createDecoder(frame);
    const kind = decoding.readVarUint(decoder);
    let decoded: DecodedFrame;
    if (kind === FRAME_SYNC) {
      const step = decoding.readVarUint(decoder);
      const data = decoding.readVarUint8Array(decoder);
      if (step === SYNC_STEP1) {
        // Read now, not when the answer is computed: a bad state vector is a bad frame.
        Y.decodeStateVector(data);
        decoded = { kind: 'sync-step1', stateVector: data };
      } else if (step === SYNC_STEP2) decoded = { kind: 'sync-step2', update: data };
      else if (step === SYNC_UPDATE) decoded = { kind: 'update', update: data };
      else throw new MalformedFrameError(`unknown sync step ${step}`);
    } else if (kind === FRAME_AWARENESS) {
      decoded = { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
    } else {
      throw new MalformedFrameError(`unknown frame kind ${kind}`);
    }
    if (decoding.hasContent(decoder)) throw new MalformedFrameError('trailing bytes');
    return decoded;
  } catch (error) {
    if (error instanceof MalformedFrameError) throw error;
    throw new MalformedFrameError((error as Error).message || 'unreadable frame');
  }
}

/** Checks that bytes are a readable Yjs update (v1) before anyone stores or applies them. */
export function assertValidUpdate(update: Uint8Array): void {
  try {
    Y.decodeUpdate(update);
  } catch (error) {
    throw new MalformedFrameError(`not a Yjs update: ${(error as Error).message}`);
  }
}

function syncFrame(step: number, data: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, FRAME_SYNC);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, data);
  return encoding.toUint8Array(encoder);
}

export const encodeSyncStep1 = (doc: Y.Doc) => syncFrame(SYNC_STEP1, Y.encodeStateVector(doc));
export const encodeSyncStep2 = (doc: Y.Doc, stateVector?: Uint8Array) =>
  syncFrame(SYNC_STEP2, Y.encodeStateAsUpdate(doc, stateVector));
export const encodeUpdate = (update: Uint8Array) => syncFrame(SYNC_UPDATE, update);

export function encodeAwareness(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, FRAME_AWARENESS);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export const encodeAwarenessOf = (awareness: awarenessProtocol.Awareness, clients: number[]) =>
  encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
