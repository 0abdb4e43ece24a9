import { prosemirrorToYDoc, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { NOTE_BODY_FIELD, noteSchema } from './note-schema';
import type { ProseMirrorNodeJSON } from './prosemirror-json';

/** What `CollabStorage.load` returns: the compacted state, if any, and the updates after it. */
export interface StoredDocument {
  snapshot: Uint8Array | null;
  updates: readonly Uint8Array[];
}

/**
 * The ProseMirror JSON of a Y.Doc's XmlFragment `field` (a `doc` node; empty content when the
 * fragment is empty). Read as stored, without a schema: renderers skip what they do not know.
 */
export function yDocToProseMirrorJSON(doc: Y.Doc, field = NOTE_BODY_FIELD): ProseMirrorNodeJSON {
  const json = yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(field)) as ProseMirrorNodeJSON;
  return { type: 'doc', content: json.content ?? [] };
}

/** Applies updates (in any order; Yjs sorts them out) to a fresh Y.Doc and reads `field` as ProseMirror JSON. */
export function proseMirrorJSONFromUpdates(
  updates: Iterable<Uint8Array>,
  field = NOTE_BODY_FIELD,
): ProseMirrorNodeJSON {
  const doc = new Y.Doc({ gc: true });
  try {
    Y.transact(doc, () => {
      for (const update of updates) Y.applyUpdate(doc, update);
    });
    return yDocToProseMirrorJSON(doc, field);
  } finally {
    doc.destroy();
  }
}

/** A stored document (snapshot, then the updates after it) as ProseMirror JSON. */
export function proseMirrorJSONFromStored(
  stored: StoredDocument,
  field = NOTE_BODY_FIELD,
): ProseMirrorNodeJSON {
  return proseMirrorJSONFromUpdates(
    stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates,
    field,
  );
}

/**
 * One Yjs update that creates a document whose `field` holds the given content, for seeds and
 * tests. The content is checked against the note schema first: a RangeError names what is wrong.
 */
export function proseMirrorJSONToYUpdate(
  json: ProseMirrorNodeJSON,
  field = NOTE_BODY_FIELD,
): Uint8Array {
  const node = noteSchema().nodeFromJSON(json);
  node.check();
  const doc = prosemirrorToYDoc(node, field);
  try {
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
