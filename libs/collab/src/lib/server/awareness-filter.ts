import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MalformedFrameError } from '../protocol';

/** Who the server knows a connection to be: the only identity other participants see. */
export interface AwarenessIdentity {
  id: string;
  name: string;
  partner: string | null;
  color: string;
}

/** Client state keys passed through; everything else a client sends is dropped. */
const ALLOWED_KEYS = new Set(['cursor', 'selection']);
const MAX_ENTRIES = 16;

export interface RewrittenAwareness {
  update: Uint8Array;
  clientIds: number[];
}

/**
 * Rewrites an awareness update so every state carries the server's identity for this connection
 * (a client cannot claim to be someone else) and nothing but cursor data besides.
 */
export function rewriteAwarenessUpdate(
  update: Uint8Array,
  identity: AwarenessIdentity,
  /** Entries for client ids this returns false for are dropped (someone else's caret). */
  accept: (clientId: number) => boolean = () => true,
): RewrittenAwareness {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    if (count > MAX_ENTRIES) throw new MalformedFrameError('too many awareness entries');
    const entries: { clientId: number; clock: number; state: Record<string, unknown> | null }[] =
      [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const raw = JSON.parse(decoding.readVarString(decoder)) as Record<string, unknown> | null;
      if (!accept(clientId)) continue;
      let state: Record<string, unknown> | null = null;
      if (raw !== null && typeof raw === 'object') {
        state = { user: identity };
        for (const [k, v] of Object.entries(raw)) if (ALLOWED_KEYS.has(k)) state[k] = v;
      }
      entries.push({ clientId, clock, state });
    }
    if (decoding.hasContent(decoder))
      throw new MalformedFrameError('trailing bytes in awareness update');
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, entries.length);
    for (const e of entries) {
      encoding.writeVarUint(encoder, e.clientId);
      encoding.writeVarUint(encoder, e.clock);
      encoding.writeVarString(encoder, JSON.stringify(e.state));
    }
    return { update: encoding.toUint8Array(encoder), clientIds: entries.map((e) => e.clientId) };
  } catch (error) {
    if (error instanceof MalformedFrameError) throw error;
    throw new MalformedFrameError(`unreadable awareness update: ${(error as Error).message}`);
  }
}
