import * as Y from 'yjs';
import { fromBase64 } from 'lib0/buffer';

/**
 * A frozen copy of a note as its own Y.Doc (from the API's base64 update), for a read-only editor.
 * It is never connected to anything: closing the view destroys it.
 */
export function openVersionDoc(state: string): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, fromBase64(state));
  return doc;
}
